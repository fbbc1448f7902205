/** The secret of each user's personal feed URLs (one live token per user). */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);
  await db.schema
    .createTable('feed_tokens')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token', text, (c) => c.notNull().unique())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
}
