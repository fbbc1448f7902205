/**
 * Page versions: every save of a page is kept, numbered from 1 per page. `pages` keeps
 * the current tiles (what readers and the site document see); `page_versions` the
 * history the composer lists and restores. Pages saved before this migration become
 * their version 1.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);
  await db.schema
    .createTable('page_versions')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('tiles', text, (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', text, (c) => c.notNull())
    // Two saves from the same version race for the same number: one of them fails here.
    .addPrimaryKeyConstraint('page_versions_pk', ['site_id', 'kind', 'number'])
    .execute();
  await sql`insert into page_versions (site_id, kind, number, tiles, author_id, created_at)
            select site_id, kind, 1, tiles, null, updated_at from pages`.execute(db);
}
