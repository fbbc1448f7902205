/**
 * Unpublished changes kept in the browser (localStorage), one draft per site and page,
 * with the version they started from: a reload or a closed tab loses nothing, and a
 * publish from an old base still meets the server's conflict check.
 */
import type { PageKind } from '../../../contract/vocabulary.ts';
import type { DraftTile } from './draft.ts';
import { keptInBrowser } from '../core/kept-in-browser.ts';

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

/** A draft as the composer wrote it; anything else is dropped. */
function storedDraft(value: unknown): StoredDraft | null {
  const draft = (value ?? {}) as Partial<StoredDraft>;
  if (typeof draft.base !== 'number' || !Array.isArray(draft.tiles)) return null;
  return { base: draft.base, tiles: draft.tiles, savedAt: String(draft.savedAt ?? '') };
}

/** Kept in this browser (core/kept-in-browser.ts); without storage the composer just keeps the draft in memory. */
export function browserDraftStorage(storage: Storage | undefined = globalThis.localStorage): DraftStorage {
  const kept = (site: string, kind: PageKind) => keptInBrowser(draftKey(site, kind), storedDraft, storage);
  return {
    load: (site, kind) => kept(site, kind).read(),
    save: (site, kind, draft) => kept(site, kind).write(draft),
    clear: (site, kind) => kept(site, kind).clear(),
  };
}
