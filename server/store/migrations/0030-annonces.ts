/**
 * Annonces (communication ciblée): the annonces and their targets, who read them, which
 * fonctions of a site may write them, the e-mail queue and e-mail subscriptions; users
 * get an optional e-mail address.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { tableWithKey, textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);
  const table = (name: string) => tableWithKey(db, dialect, name);

  await db.schema.alterTable('users').addColumn('email', text).execute();

  await table('annonces')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('body', text, (c) => c.notNull())
    .addColumn('link', text)
    .addColumn('illustration', text)
    // Calendar days (YYYY-MM-DD) in the schools' time zone, both inclusive.
    .addColumn('start_date', text, (c) => c.notNull())
    .addColumn('end_date', text, (c) => c.notNull())
    .addColumn('email', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  // The current annonces of a site: those whose window has not ended yet.
  await db.schema.createIndex('annonces_current').on('annonces').columns(['site_id', 'end_date', 'start_date']).execute();

  await table('annonce_targets')
    .addColumn('annonce_id', 'integer', (c) => c.notNull().references('annonces.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('profile', text)
    .addColumn('niveau', text)
    .addColumn('fonction', text)
    // A deleted group takes its targets with it: a target never widens to everyone.
    .addColumn('group_id', 'integer', (c) => c.references('groups.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('annonce_targets_annonce').on('annonce_targets').column('annonce_id').execute();

  await db.schema
    .createTable('annonce_reads')
    .addColumn('annonce_id', 'integer', (c) => c.notNull().references('annonces.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('read_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('annonce_reads_pk', ['annonce_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('annonce_fonctions')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('fonction', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('annonce_fonctions_pk', ['site_id', 'fonction'])
    .execute();

  await table('annonce_emails')
    .addColumn('annonce_id', 'integer', (c) => c.notNull().references('annonces.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // queued -> sending (claimed by one instance until next_at) -> sent | queued again | failed
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_at', text, (c) => c.notNull())
    .addColumn('last_error', text)
    .addColumn('sent_at', text)
    .addUniqueConstraint('annonce_emails_once', ['annonce_id', 'user_id'])
    .execute();
  await db.schema.createIndex('annonce_emails_due').on('annonce_emails').columns(['status', 'next_at']).execute();

  await db.schema
    .createTable('email_subscriptions')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token', text, (c) => c.notNull().unique())
    .addColumn('unsubscribed_at', text)
    .execute();
}
