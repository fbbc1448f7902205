/**
 * The viewer's own arrangement of the personal page. The admin's required tiles stay,
 * each where the admin put it; the optional ones fill the other places in the
 * viewer's order (ids the viewer never placed follow, in the admin's order), and those
 * the viewer hid are left out. Ids of tiles the admin has since removed, or made
 * required, are ignored.
 */
import type { Tile } from '../../contract/tiles/index.ts';

export function arrangeTiles<T extends Pick<Tile, 'id' | 'optional'>>(tiles: readonly T[], choice: { hiddenTiles: readonly string[]; order: readonly string[] }): T[] {
  const optional = tiles.filter((t) => t.optional);
  const rank = new Map(choice.order.map((id, i) => [id, i]));
  const ordered = optional
    .map((tile, i) => ({ tile, key: rank.get(tile.id) ?? choice.order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.tile);
  let next = 0;
  const placed = tiles.map((tile) => (tile.optional ? ordered[next++] : tile));
  const hidden = new Set(choice.hiddenTiles);
  return placed.filter((tile) => !(tile.optional && hidden.has(tile.id)));
}
