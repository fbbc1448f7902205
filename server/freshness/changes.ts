/**
 * Content changes: every write to a site's content calls `changed(siteId)`; whatever
 * keeps copies of what readers see (the shared anonymous answers, per-site data built
 * once per content version) listens and drops them.
 *
 * In one process this is enough. With several instances on one PostgreSQL, a
 * PostgreSQL-backed implementation of the same interface (LISTEN/NOTIFY) also tells the
 * other instances, which then call their own listeners; until it is in place, other
 * instances see a write once their shared copies expire (TUILES_PUBLIC_MAX_AGE).
 */
export interface ContentChanges {
  /** A write to this site's content has landed (committed). */
  changed(siteId: number): void;
  /** Bumped on each change of the site, here or (with PostgreSQL) on another instance. */
  version(siteId: number): number;
  /** Called after each change, local or remote. Returns a function that stops listening. */
  onChange(listener: (siteId: number) => void): () => void;
  close(): Promise<void>;
}

/** The in-process implementation: one instance (SQLite), and the base of the shared one. */
export function localChanges(): ContentChanges & { receive(siteId: number): void } {
  const versions = new Map<number, number>();
  const listeners = new Set<(siteId: number) => void>();
  const receive = (siteId: number) => {
    versions.set(siteId, (versions.get(siteId) ?? 0) + 1);
    for (const listener of listeners) listener(siteId);
  };
  return {
    changed: receive,
    receive,
    version: (siteId) => versions.get(siteId) ?? 0,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
