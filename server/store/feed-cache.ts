/** The shared copies of external feeds (one row per URL), read and written by every instance. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface CachedItem {
  title: string;
  url: string | null;
  date: string | null;
}

export interface CachedFeed {
  url: string;
  etag: string | null;
  lastModified: string | null;
  title: string | null;
  link: string | null;
  /** The last good copy's items; null when the feed was never read successfully. */
  items: CachedItem[] | null;
  /** Why the last fetch failed (French), null when it succeeded. */
  problem: string | null;
  checkedAt: string;
}

export function feedCacheStore(db: Kysely<Database>) {
  return {
    async get(url: string): Promise<CachedFeed | null> {
      const row = await db.selectFrom('feed_cache').selectAll().where('url', '=', url).executeTakeFirst();
      if (!row) return null;
      return {
        url: row.url,
        etag: row.etag,
        lastModified: row.last_modified,
        title: row.title,
        link: row.link,
        items: row.items === null ? null : (JSON.parse(row.items) as CachedItem[]),
        problem: row.problem,
        checkedAt: row.checked_at,
      };
    },
    async put(feed: CachedFeed): Promise<void> {
      const values = {
        url: feed.url,
        etag: feed.etag,
        last_modified: feed.lastModified,
        title: feed.title,
        link: feed.link,
        items: feed.items === null ? null : JSON.stringify(feed.items),
        problem: feed.problem,
        checked_at: feed.checkedAt,
      };
      const { url: _, ...update } = values;
      await db
        .insertInto('feed_cache')
        .values(values)
        .onConflict((oc) => oc.column('url').doUpdateSet(update))
        .execute();
    },
  };
}
