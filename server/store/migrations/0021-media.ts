/** Uploaded images: one row per medium; its variants live in the media storage. */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);
  await db.schema
    .createTable('media')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('id', text, (c) => c.notNull())
    .addColumn('usage', text, (c) => c.notNull())
    .addColumn('alt', text, (c) => c.notNull())
    .addColumn('format', text, (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('focus_x', 'real', (c) => c.notNull())
    .addColumn('focus_y', 'real', (c) => c.notNull())
    .addColumn('animated', 'integer', (c) => c.notNull())
    /** JSON array of variant names (`1600.webp`, `1600.jpg`...). */
    .addColumn('variants', text, (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('media_pk', ['site_id', 'id'])
    .execute();
}
