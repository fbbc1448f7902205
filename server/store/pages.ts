import type { Kysely } from 'kysely';
import type { PageKind } from '../../contract/vocabulary.ts';
import type { Tile } from '../../contract/tiles/index.ts';
import type { Database } from './schema.ts';

export function pageStore(db: Kysely<Database>) {
  return {
    /** The page's tiles as saved (already validated), or an empty page. */
    async get(siteId: number, kind: PageKind): Promise<Tile[]> {
      const row = await db
        .selectFrom('pages')
        .select('tiles')
        .where('site_id', '=', siteId)
        .where('kind', '=', kind)
        .executeTakeFirst();
      return row ? (JSON.parse(row.tiles) as Tile[]) : [];
    },
    async put(siteId: number, kind: PageKind, tiles: Tile[], now: Date): Promise<void> {
      const values = { site_id: siteId, kind, tiles: JSON.stringify(tiles), updated_at: now.toISOString() };
      await db
        .insertInto('pages')
        .values(values)
        .onConflict((oc) => oc.columns(['site_id', 'kind']).doUpdateSet({ tiles: values.tiles, updated_at: values.updated_at }))
        .execute();
    },
  };
}
