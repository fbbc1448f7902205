/**
 * Identity providers of a site, the external identities linked to users, and the two
 * short-lived tables of a login through a provider (logins under way, ids already used).
 * Everything a login must agree on across instances lives here, in the database.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Profile } from '../../contract/vocabulary.ts';
import type { Database, IdentityProvidersTable } from './schema.ts';

export type ProviderKind = 'saml' | 'oidc';

export interface IdentityProviderRow {
  id: number;
  siteId: number;
  slug: string;
  kind: ProviderKind;
  label: string;
  /** Parsed JSON, checked by auth/identities.ts before use. */
  settings: unknown;
  mapping: unknown;
}

const toProvider = (row: Selectable<IdentityProvidersTable>): IdentityProviderRow => ({
  id: row.id,
  siteId: row.site_id,
  slug: row.slug,
  kind: row.kind as ProviderKind,
  label: row.label,
  settings: JSON.parse(row.settings),
  mapping: JSON.parse(row.mapping),
});

/** What a provider says of a user, refreshed at each login. */
export interface MappedFields {
  displayName: string;
  profile: Profile;
  niveau: string | null;
  /** Group ids of the site. */
  groups: number[];
}

export function identityStore(db: Kysely<Database>) {
  return {
    async providers(siteId: number): Promise<IdentityProviderRow[]> {
      const rows = await db.selectFrom('identity_providers').selectAll().where('site_id', '=', siteId).orderBy('position').orderBy('id').execute();
      return rows.map(toProvider);
    },
    async provider(siteId: number, slug: string): Promise<IdentityProviderRow | null> {
      const row = await db.selectFrom('identity_providers').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
      return row ? toProvider(row) : null;
    },
    /** Creates the provider, or replaces the one of the same slug (its linked identities stay). */
    async putProvider(
      siteId: number,
      provider: { slug: string; kind: ProviderKind; label: string; settings: unknown; mapping: unknown },
      position: number,
    ): Promise<IdentityProviderRow> {
      const values = {
        kind: provider.kind,
        label: provider.label,
        settings: JSON.stringify(provider.settings),
        mapping: JSON.stringify(provider.mapping),
        position,
      };
      const row = await db
        .insertInto('identity_providers')
        .values({ site_id: siteId, slug: provider.slug, ...values })
        .onConflict((oc) => oc.columns(['site_id', 'slug']).doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
      return toProvider(row);
    },

    /** Every (user, subject) link of a provider, for the export. */
    async links(providerId: number): Promise<{ userId: number; subject: string }[]> {
      const rows = await db
        .selectFrom('external_identities')
        .select(['user_id', 'subject'])
        .where('provider_id', '=', providerId)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ userId: r.user_id, subject: r.subject }));
    },
    async userOf(providerId: number, subject: string): Promise<number | null> {
      const row = await db
        .selectFrom('external_identities')
        .select('user_id')
        .where('provider_id', '=', providerId)
        .where('subject', '=', subject)
        .executeTakeFirst();
      return row?.user_id ?? null;
    },
    async link(userId: number, providerId: number, subject: string, now: Date): Promise<void> {
      await db
        .insertInto('external_identities')
        .values({ user_id: userId, provider_id: providerId, subject, created_at: now.toISOString() })
        .execute();
    },
    /** Which logins of a site are taken among `candidates`. */
    async takenLogins(siteId: number, candidates: string[]): Promise<Set<string>> {
      if (candidates.length === 0) return new Set();
      const rows = await db.selectFrom('users').select('login').where('site_id', '=', siteId).where('login', 'in', candidates).execute();
      return new Set(rows.map((r) => r.login));
    },
    /** The provider is the source of truth for these: a pupil changes class, a name is corrected. */
    async refreshUser(userId: number, fields: MappedFields): Promise<void> {
      await db
        .updateTable('users')
        .set({ display_name: fields.displayName, profile: fields.profile, niveau: fields.niveau })
        .where('id', '=', userId)
        .execute();
      await db.deleteFrom('user_groups').where('user_id', '=', userId).execute();
      if (fields.groups.length > 0) {
        await db
          .insertInto('user_groups')
          .values(fields.groups.map((groupId) => ({ user_id: userId, group_id: groupId })))
          .execute();
      }
    },

    /** Records a login under way (SAML request id, OIDC state), shared by every instance. */
    async putPending(key: string, providerId: number, data: unknown, now: Date, expiresAt: Date): Promise<void> {
      await db.deleteFrom('sso_pending').where('expires_at', '<=', now.toISOString()).execute();
      await db
        .insertInto('sso_pending')
        .values({ key, provider_id: providerId, data: JSON.stringify(data), created_at: now.toISOString(), expires_at: expiresAt.toISOString() })
        .execute();
    },
    async pending(key: string, now: Date): Promise<{ providerId: number; data: unknown; createdAt: string } | null> {
      const row = await db
        .selectFrom('sso_pending')
        .selectAll()
        .where('key', '=', key)
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      return row ? { providerId: row.provider_id, data: JSON.parse(row.data), createdAt: row.created_at } : null;
    },
    /** Removes and returns a login under way: of two instances taking it at once, one gets it. */
    async takePending(key: string, now: Date): Promise<{ providerId: number; data: unknown } | null> {
      const row = await db.deleteFrom('sso_pending').where('key', '=', key).returningAll().executeTakeFirst();
      if (!row || row.expires_at <= now.toISOString()) return null;
      return { providerId: row.provider_id, data: JSON.parse(row.data) };
    },
    async dropPending(key: string): Promise<void> {
      await db.deleteFrom('sso_pending').where('key', '=', key).execute();
    },

    /**
     * Marks an id as used until `expiresAt`; false when it already was (a replay). The
     * primary key decides, so two instances receiving the same assertion accept it once.
     */
    async markUsed(key: string, now: Date, expiresAt: Date): Promise<boolean> {
      await db.deleteFrom('sso_used').where('expires_at', '<=', now.toISOString()).execute();
      const result = await db
        .insertInto('sso_used')
        .values({ key, expires_at: expiresAt.toISOString() })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
  };
}
