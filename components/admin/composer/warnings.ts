/**
 * What a visitor will see, said on the card of the tile concerned: from the anonymous
 * preview of the draft (a tile empty for a visitor, a top tile whose article is private)
 * and from the stale route (a rubrique silent for weeks, or never published).
 */
import type { ResolvedTile } from '../../../contract/tiles/index.ts';
import { showsNothing } from '../../../contract/tiles/shows-nothing.ts';
import type { StaleWarning } from '../../../contract/authoring.ts';
import type { DraftTile } from './draft.ts';

export const EMPTY_FOR_VISITOR = 'Cette tuile est vide pour un visiteur anonyme';
export const PRIVATE_ARTICLE = 'L’article lié est privé : les visiteurs anonymes verront l’image seule';

/**
 * Warnings per tile id. `anonymous` is the draft resolved for an anonymous visitor
 * (public page only; null until it came back): it replaces the stale route's
 * `tile-empty`, which speaks of the published page.
 */
export function tileWarnings(tiles: readonly DraftTile[], stale: readonly StaleWarning[], anonymous: readonly ResolvedTile[] | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (id: string, message: string) => out.set(id, [...(out.get(id) ?? []), message]);
  const resolved = new Map((anonymous ?? []).map((t) => [t.id, t]));
  for (const tile of tiles) {
    const seen = resolved.get(tile.id);
    if (anonymous && seen) {
      if (showsNothing(seen)) add(tile.id, EMPTY_FOR_VISITOR);
      else if (seen.type === 'top' && (tile.config as { article?: unknown }).article && seen.data?.article === null) add(tile.id, PRIVATE_ARTICLE);
    } else if (!anonymous && stale.some((w) => w.kind === 'tile-empty' && w.tile === tile.id)) {
      add(tile.id, EMPTY_FOR_VISITOR);
    }
    if (tile.type === 'news') {
      const rubriques = (tile.config as { rubriques?: unknown }).rubriques;
      for (const w of stale) {
        if (w.kind !== 'tile-empty' && Array.isArray(rubriques) && rubriques.includes(w.rubrique)) add(tile.id, w.message);
      }
    }
  }
  return out;
}
