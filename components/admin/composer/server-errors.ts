/**
 * The server's 400 on a publish or a preview names each fault under `tiles[2].config.max`
 * (or `tiles.2.config.max`): each goes to the card of the tile that was sent at that
 * index, relative to the tile (`config.max`, `config.rubriques.0`), as the editors name
 * their fields. What names no tile stays for the page-wide notice.
 */
export interface TileErrors {
  byTile: Map<string, Record<string, string>>;
  page: string[];
}

/** `config.rubriques[0]` -> `config.rubriques.0` */
const dotted = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

export function tileErrors(fields: Record<string, string>, sentIds: readonly string[]): TileErrors {
  const byTile = new Map<string, Record<string, string>>();
  const page: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const match = /^tiles\.(\d+)(?:\.(.+))?$/.exec(dotted(path));
    const id = match ? sentIds[Number(match[1])] : undefined;
    if (!match || id === undefined) {
      page.push(message);
      continue;
    }
    const field = match[2] ?? '(tuile)';
    byTile.set(id, { ...byTile.get(id), [field]: message });
  }
  return { byTile, page };
}
