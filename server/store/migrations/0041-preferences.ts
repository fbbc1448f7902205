/** Each user's choices for their personal page: rubriques and feeds of « Mes actualités », tiles hidden and their order. */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);
  await db.schema
    .createTable('preferences')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('rubriques', text)
    .addColumn('feeds', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('hidden_tiles', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('tile_order', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
}
