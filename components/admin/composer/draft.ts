/**
 * The page being composed, as plain data: the tiles in order. Every change returns a
 * new array (the element re-renders from it; the stored draft is a JSON copy).
 */
export interface DraftTile {
  id: string;
  type: string;
  config: unknown;
  optional?: boolean;
}

/** `news-k3f9qa`: the type, then six random letters or digits (the server's id rule allows both). */
export function newTileId(type: string, random: () => number = Math.random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += alphabet[Math.floor(random() * alphabet.length)];
  return `${type}-${suffix}`;
}

export function insertAt(tiles: readonly DraftTile[], index: number, tile: DraftTile): DraftTile[] {
  const next = [...tiles];
  next.splice(Math.max(0, Math.min(index, next.length)), 0, tile);
  return next;
}

export function removeAt(tiles: readonly DraftTile[], index: number): DraftTile[] {
  return tiles.filter((_, i) => i !== index);
}

/** A copy right after the original, with its own id (the config is deep-copied). */
export function duplicateAt(tiles: readonly DraftTile[], index: number, id: string): DraftTile[] {
  const original = tiles[index];
  return insertAt(tiles, index + 1, { ...structuredClone(original), id });
}

/** The tile at `from` taken out and put back at `to` (both clamped to the page). */
export function move(tiles: readonly DraftTile[], from: number, to: number): DraftTile[] {
  const target = Math.max(0, Math.min(to, tiles.length - 1));
  if (from === target || from < 0 || from >= tiles.length) return [...tiles];
  const next = [...tiles];
  const [tile] = next.splice(from, 1);
  next.splice(target, 0, tile);
  return next;
}

export function replaceTile(tiles: readonly DraftTile[], tile: DraftTile): DraftTile[] {
  return tiles.map((t) => (t.id === tile.id ? tile : t));
}

export const sameTiles = (a: readonly DraftTile[], b: readonly DraftTile[]) => JSON.stringify(a) === JSON.stringify(b);
