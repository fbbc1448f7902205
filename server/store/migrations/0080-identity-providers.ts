/**
 * Login through identity providers (SAML 2.0, OpenID Connect): each site's providers,
 * the link from a provider's stable subject to a Tuiles user, and two short-lived tables
 * every instance shares: the logins under way (SAML request ids, OIDC state) and the
 * assertion/response ids already used (replay refused until they expire).
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { tableWithKey, textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);

  await tableWithKey(db, dialect, 'identity_providers')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('label', text, (c) => c.notNull())
    .addColumn('settings', text, (c) => c.notNull())
    .addColumn('mapping', text, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('identity_providers_site_slug', ['site_id', 'slug'])
    .execute();

  await tableWithKey(db, dialect, 'external_identities')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('identity_providers.id').onDelete('cascade'))
    .addColumn('subject', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addUniqueConstraint('external_identities_provider_subject', ['provider_id', 'subject'])
    .execute();
  await db.schema.createIndex('external_identities_user').on('external_identities').column('user_id').execute();

  await db.schema
    .createTable('sso_pending')
    .addColumn('key', text, (c) => c.primaryKey())
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('identity_providers.id').onDelete('cascade'))
    .addColumn('data', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sso_pending_expires').on('sso_pending').column('expires_at').execute();

  await db.schema
    .createTable('sso_used')
    .addColumn('key', text, (c) => c.primaryKey())
    .addColumn('expires_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sso_used_expires').on('sso_used').column('expires_at').execute();
}
