/**
 * Whether a resolved tile shows nothing at all: no data, or an empty list, image, text
 * or set of links. One test for both places that warn of it: the stale route (the
 * published page, server/authoring/stale.ts) and the composer (its draft previewed as an
 * anonymous visitor, components/admin/composer/warnings.ts).
 */
import type { ResolvedTile } from './index.ts';

export function showsNothing(tile: ResolvedTile): boolean {
  if (tile.data === null || tile.error) return true;
  const data = tile.data as { items?: unknown[]; image?: unknown; html?: string; links?: unknown[] };
  switch (tile.type) {
    case 'news':
    case 'selection':
    case 'agenda':
    case 'annonces':
      return (data.items ?? []).length === 0;
    case 'top':
      return data.image === null;
    case 'text':
      return (data.html ?? '').replace(/<[^>]*>/g, '').trim() === '' && !/<(img|iframe|video|audio)\b/i.test(data.html ?? '');
    case 'portal':
      return (data.links ?? []).length === 0;
    default:
      return false;
  }
}
