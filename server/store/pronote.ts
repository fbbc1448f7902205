/**
 * Pronote in the database: each site's settings, and what PRONOTE recognises each
 * user by (nom, prénom, date of birth, postal code, PRONOTE-ENT identifier).
 */
import type { Kysely } from 'kysely';
import { compiledOnce, type DirectReads } from './compiled.ts';
import type { Database } from './schema.ts';
import { pronoteSettings, type PronoteSettings } from '../../contract/tiles/pronote.ts';

export interface UserIdentity {
  nom: string | null;
  prenom: string | null;
  /** yyyy-mm-dd */
  birthDate: string | null;
  postalCode: string | null;
  pronoteId: string | null;
}

export const emptyIdentity: UserIdentity = { nom: null, prenom: null, birthDate: null, postalCode: null, pronoteId: null };

/** A user as the "identifiants PRONOTE" import matches rows against. */
export interface IdentityRow extends UserIdentity {
  userId: number;
  login: string;
  displayName: string;
  profile: string;
}

export function pronoteStore(db: Kysely<Database>, reads?: DirectReads) {
  // Read by every personal page with a Pronote block: compiled once (compiled.ts).
  const settingsRow = compiledOnce({ db, reads }, (_shape, siteId: number) => db.selectFrom('pronote_settings').selectAll().where('site_id', '=', siteId));
  return {
    /** The site's settings, or null when Pronote was never set up. */
    async settings(siteId: number): Promise<PronoteSettings | null> {
      const [row] = await settingsRow(siteId);
      if (!row) return null;
      return pronoteSettings.parse({
        showBlock: row.show_block === 1,
        showInQuickAccess: row.show_quick_access === 1,
        url: row.url,
        version: row.version,
        sso: row.sso,
        serviceProfile: { mode: row.profile_mode, attribute: row.profile_attribute },
      });
    },
    async putSettings(siteId: number, settings: PronoteSettings, now: Date): Promise<void> {
      const values = {
        show_block: settings.showBlock ? 1 : 0,
        show_quick_access: settings.showInQuickAccess ? 1 : 0,
        url: settings.url,
        version: settings.version,
        sso: settings.sso,
        profile_mode: settings.serviceProfile.mode,
        profile_attribute: settings.serviceProfile.attribute,
        updated_at: now.toISOString(),
      };
      await db
        .insertInto('pronote_settings')
        .values({ site_id: siteId, ...values })
        .onConflict((oc) => oc.column('site_id').doUpdateSet(values))
        .execute();
    },
    async identity(userId: number): Promise<UserIdentity> {
      const row = await db
        .selectFrom('users')
        .select(['nom', 'prenom', 'birth_date', 'postal_code', 'pronote_id'])
        .where('id', '=', userId)
        .executeTakeFirst();
      return row ? toIdentity(row) : emptyIdentity;
    },
    async setIdentity(userId: number, identity: Partial<UserIdentity>): Promise<void> {
      const values = {
        ...(identity.nom !== undefined && { nom: identity.nom }),
        ...(identity.prenom !== undefined && { prenom: identity.prenom }),
        ...(identity.birthDate !== undefined && { birth_date: identity.birthDate }),
        ...(identity.postalCode !== undefined && { postal_code: identity.postalCode }),
        ...(identity.pronoteId !== undefined && { pronote_id: identity.pronoteId }),
      };
      if (Object.keys(values).length > 0) await db.updateTable('users').set(values).where('id', '=', userId).execute();
    },
    /** Every user of the site with their identity: what an import matches against. */
    async identities(siteId: number): Promise<IdentityRow[]> {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'login', 'display_name', 'profile', 'nom', 'prenom', 'birth_date', 'postal_code', 'pronote_id'])
        .where('site_id', '=', siteId)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ userId: r.id, login: r.login, displayName: r.display_name, profile: r.profile, ...toIdentity(r) }));
    },
    /** Sets the PRONOTE identifiers of an import, all in the caller's transaction. */
    async setPronoteIds(siteId: number, ids: { userId: number; pronoteId: string }[]): Promise<void> {
      for (const { userId, pronoteId } of ids) {
        await db.updateTable('users').set({ pronote_id: pronoteId }).where('id', '=', userId).where('site_id', '=', siteId).execute();
      }
    },
  };
}

function toIdentity(row: { nom: string | null; prenom: string | null; birth_date: string | null; postal_code: string | null; pronote_id: string | null }): UserIdentity {
  return { nom: row.nom, prenom: row.prenom, birthDate: row.birth_date, postalCode: row.postal_code, pronoteId: row.pronote_id };
}
