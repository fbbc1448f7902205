/**
 * The shared copy of each external feed, one row per URL: every instance reads and
 * refreshes the same rows, so a feed is fetched once per freshness period for the
 * whole deployment, not once per process.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);
  await db.schema
    .createTable('feed_cache')
    .addColumn('url', text, (c) => c.primaryKey())
    .addColumn('etag', text)
    .addColumn('last_modified', text)
    .addColumn('title', text)
    .addColumn('link', text)
    .addColumn('items', text)
    .addColumn('problem', text)
    .addColumn('checked_at', text, (c) => c.notNull())
    .execute();
}
