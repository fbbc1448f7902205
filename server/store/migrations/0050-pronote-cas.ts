/**
 * Pronote and the CAS server: the identity PRONOTE recognises users by (nom, prénom,
 * date of birth, postal code, PRONOTE-ENT identifier), each site's Pronote settings,
 * the other services the CAS server trusts, and the tickets it issues. Tickets live in
 * the database, not in memory, so every instance of a PostgreSQL deployment validates
 * what any other minted.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { tableWithKey, textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);
  // One column per statement: SQLite adds one column per ALTER TABLE.
  for (const column of ['nom', 'prenom', 'birth_date', 'postal_code', 'pronote_id']) {
    await db.schema.alterTable('users').addColumn(column, text).execute();
  }

  await db.schema
    .createTable('pronote_settings')
    .addColumn('site_id', 'integer', (c) => c.primaryKey().references('sites.id').onDelete('cascade'))
    .addColumn('show_block', 'integer', (c) => c.notNull())
    .addColumn('show_quick_access', 'integer', (c) => c.notNull())
    .addColumn('url', text)
    .addColumn('version', text, (c) => c.notNull())
    .addColumn('sso', text, (c) => c.notNull())
    .addColumn('profile_mode', text, (c) => c.notNull())
    .addColumn('profile_attribute', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();

  await tableWithKey(db, dialect, 'cas_services')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('url_pattern', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cas_services_site').on('cas_services').column('site_id').execute();

  await db.schema
    .createTable('cas_tickets')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('service', text, (c) => c.notNull())
    .addColumn('service_key', text, (c) => c.notNull())
    .addColumn('from_login', 'integer', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull())
    .addColumn('proxies', text, (c) => c.notNull())
    .addColumn('session_hash', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cas_tickets_expires').on('cas_tickets').column('expires_at').execute();
  await db.schema.createIndex('cas_tickets_session').on('cas_tickets').column('session_hash').execute();
}
