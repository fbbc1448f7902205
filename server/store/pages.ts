/**
 * Pages: `pages` holds each page's current tiles (what readers and the site document
 * see), `page_versions` every saved state, numbered from 1. A page never saved has
 * version 0 and no tiles.
 */
import type { Kysely } from 'kysely';
import type { PageKind } from '../../contract/vocabulary.ts';
import type { Tile } from '../../contract/tiles/index.ts';
import type { Database } from './schema.ts';

export interface PageVersion {
  number: number;
  authorId: number | null;
  /** The author's display name when the account still exists. */
  authorName: string | null;
  createdAt: string;
}

/** The page moved on since the version the writer started from. */
export class StaleVersionError extends Error {
  constructor(readonly current: number) {
    super(`page version ${current} is current`);
  }
}

export function pageStore(db: Kysely<Database>) {
  const currentNumber = async (siteId: number, kind: PageKind): Promise<number> => {
    const row = await db
      .selectFrom('page_versions')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('site_id', '=', siteId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    return Number(row?.number ?? 0);
  };

  /** Writes `tiles` as version `number` and as the current tiles. Callers run it in a transaction. */
  const write = async (siteId: number, kind: PageKind, number: number, tiles: Tile[], authorId: number | null, now: Date) => {
    const json = JSON.stringify(tiles);
    const at = now.toISOString();
    await db.insertInto('page_versions').values({ site_id: siteId, kind, number, tiles: json, author_id: authorId, created_at: at }).execute();
    await db
      .insertInto('pages')
      .values({ site_id: siteId, kind, tiles: json, updated_at: at })
      .onConflict((oc) => oc.columns(['site_id', 'kind']).doUpdateSet({ tiles: json, updated_at: at }))
      .execute();
  };

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

    /** The current tiles with their version number (0: never saved). */
    async source(siteId: number, kind: PageKind): Promise<{ version: number; tiles: Tile[] }> {
      const [version, tiles] = [await currentNumber(siteId, kind), await this.get(siteId, kind)];
      return { version, tiles };
    },

    /** A new version without condition (the site document import): the next number. */
    async put(siteId: number, kind: PageKind, tiles: Tile[], now: Date, authorId: number | null = null): Promise<number> {
      const number = (await currentNumber(siteId, kind)) + 1;
      await write(siteId, kind, number, tiles, authorId, now);
      return number;
    },

    /**
     * A new version, only if `expected` is still the current one; StaleVersionError
     * otherwise. Run inside a transaction: on PostgreSQL two saves racing from the same
     * version both pass the check, and the primary key refuses the second insert.
     */
    async save(siteId: number, kind: PageKind, expected: number, tiles: Tile[], authorId: number | null, now: Date): Promise<number> {
      const current = await currentNumber(siteId, kind);
      if (current !== expected) throw new StaleVersionError(current);
      await write(siteId, kind, current + 1, tiles, authorId, now);
      return current + 1;
    },

    /** Every saved version, newest first. */
    async versions(siteId: number, kind: PageKind): Promise<PageVersion[]> {
      const rows = await db
        .selectFrom('page_versions as v')
        .leftJoin('users as u', 'u.id', 'v.author_id')
        .select(['v.number', 'v.author_id', 'v.created_at', 'u.display_name'])
        .where('v.site_id', '=', siteId)
        .where('v.kind', '=', kind)
        .orderBy('v.number', 'desc')
        .execute();
      return rows.map((r) => ({ number: Number(r.number), authorId: r.author_id, authorName: r.display_name ?? null, createdAt: r.created_at }));
    },

    /** The tiles of version `number`, or null when there is no such version. */
    async version(siteId: number, kind: PageKind, number: number): Promise<Tile[] | null> {
      const row = await db
        .selectFrom('page_versions')
        .select('tiles')
        .where('site_id', '=', siteId)
        .where('kind', '=', kind)
        .where('number', '=', number)
        .executeTakeFirst();
      return row ? (JSON.parse(row.tiles) as Tile[]) : null;
    },

    /** Pages whose current tiles mention `needle` (a media path, no LIKE wildcards in it). */
    async kindsMentioning(siteId: number, needle: string): Promise<PageKind[]> {
      const rows = await db
        .selectFrom('pages')
        .select('kind')
        .where('site_id', '=', siteId)
        .where('tiles', 'like', `%${needle}%`)
        .execute();
      return rows.map((r) => r.kind as PageKind);
    },
  };
}
