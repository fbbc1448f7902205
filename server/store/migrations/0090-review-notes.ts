/**
 * The modérateur's word when sending an article back (« Renvoyer à l'auteur »), kept on
 * the article so its author reads it in « Mes articles » and the editor: the message
 * (null when none was given), when and by whom. `review_note_at` set means the draft
 * came back from moderation; all three are cleared when the author submits again.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable('articles').addColumn('review_note', text).execute();
  await db.schema.alterTable('articles').addColumn('review_note_at', text).execute();
  await db.schema
    .alterTable('articles')
    .addColumn('review_note_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
}
