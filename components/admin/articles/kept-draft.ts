/**
 * An editor's unsaved work kept in localStorage, one entry per site and item
 * (`nouveau` for one not yet created), so a reload or a closed tab loses nothing.
 * Storage may be full or refused (private browsing): keeping then simply does nothing.
 */
export interface KeptDraft<T> {
  read(): T | null;
  write(value: T): void;
  clear(): void;
}

export function keptDraft<T>(kind: string, site: string, id: string, storage: Storage | null = globalThis.localStorage ?? null): KeptDraft<T> {
  const key = `tuiles-admin:${site}:${kind}:${id || 'nouveau'}`;
  return {
    read() {
      try {
        const text = storage?.getItem(key);
        return text ? (JSON.parse(text) as T) : null;
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
