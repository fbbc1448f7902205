/**
 * Unpublished changes kept in the browser (localStorage), one draft per site and page,
 * with the version they started from: a reload or a closed tab loses nothing, and a
 * publish from an old base still meets the server's conflict check.
 */
import type { PageKind } from '../../../contract/vocabulary.ts';
import type { DraftTile } from './draft.ts';

export interface StoredDraft {
  base: number;
  tiles: DraftTile[];
  savedAt: string;
}

export const draftKey = (site: string, kind: PageKind) => `tuiles-composer:${site}:${kind}`;

export interface DraftStorage {
  load(site: string, kind: PageKind): StoredDraft | null;
  save(site: string, kind: PageKind, draft: StoredDraft): void;
  clear(site: string, kind: PageKind): void;
}

/** Storage may be missing or full (private browsing): the composer then just keeps the draft in memory. */
export function browserDraftStorage(storage: Storage | undefined = globalThis.localStorage): DraftStorage {
  return {
    load(site, kind) {
      try {
        const raw = storage?.getItem(draftKey(site, kind));
        if (!raw) return null;
        const value = JSON.parse(raw) as Partial<StoredDraft>;
        if (typeof value.base !== 'number' || !Array.isArray(value.tiles)) return null;
        return { base: value.base, tiles: value.tiles, savedAt: String(value.savedAt ?? '') };
      } catch {
        return null;
      }
    },
    save(site, kind, draft) {
      try {
        storage?.setItem(draftKey(site, kind), JSON.stringify(draft));
      } catch {
        // Quota or privacy mode: the draft stays in memory only.
      }
    },
    clear(site, kind) {
      try {
        storage?.removeItem(draftKey(site, kind));
      } catch {
        // Nothing to clear.
      }
    },
  };
}
