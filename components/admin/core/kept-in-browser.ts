/**
 * Work kept in this browser (localStorage) under one key, so a reload or a closed tab
 * loses nothing: the page composer's unpublished draft, an article's unsaved form.
 * What is read back was written by an older page perhaps, or edited by hand: `accept`
 * says whether it still has the expected shape (null otherwise). Storage may be missing,
 * full or refused (private browsing): keeping then simply does nothing.
 */
export interface KeptInBrowser<T> {
  read(): T | null;
  write(value: T): void;
  clear(): void;
}

export function keptInBrowser<T>(
  key: string,
  accept: (value: unknown) => T | null,
  storage: Storage | null | undefined = globalThis.localStorage,
): KeptInBrowser<T> {
  return {
    read() {
      try {
        const text = storage?.getItem(key);
        return text ? accept(JSON.parse(text)) : null;
      } catch {
        return null;
      }
    },
    write(value) {
      try {
        storage?.setItem(key, JSON.stringify(value));
      } catch {
        // Full or refused: the page still works, only without the safety net.
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}
