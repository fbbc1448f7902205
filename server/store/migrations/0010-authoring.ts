/**
 * Authoring: events get an author (a rédacteur edits its own events, a modérateur any),
 * and the audit log records who did what to which article, event, rubrique or right.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { tableWithKey, textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);

  await db.schema
    .alterTable('events')
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await tableWithKey(db, dialect, 'audit_log')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('at', text, (c) => c.notNull())
    // The account may be deleted later; its login stays in the log.
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor_login', text, (c) => c.notNull())
    .addColumn('action', text, (c) => c.notNull())
    .addColumn('target_kind', text, (c) => c.notNull())
    .addColumn('target_id', text, (c) => c.notNull())
    /** JSON object with what the entry needs beyond its target (title, from/to...). */
    .addColumn('detail', text, (c) => c.notNull().defaultTo('{}'))
    .execute();
  // The log page walks one site's entries from the newest.
  await db.schema.createIndex('audit_log_site').on('audit_log').columns(['site_id', 'id']).execute();
}
