import { sql, type Kysely, type Selectable } from 'kysely';
import type { Profile } from '../../contract/vocabulary.ts';
import type { Database, UsersTable } from './schema.ts';

export interface Group {
  id: number;
  slug: string;
  name: string;
}

export interface User {
  id: number;
  siteId: number;
  login: string;
  displayName: string;
  profile: Profile;
  niveau: string | null;
  fonction: string | null;
  /** Where annonces sent by e-mail go; absent or null: none. */
  email?: string | null;
  /** Ids of the user's groups. */
  groups: number[];
}

export interface UserWithPassword extends User {
  passwordHash: string;
}

/**
 * The columns every read of a user maps alike (the sessions' one-query read too), with
 * their groups: one literal, not `{ ...fields, groups }`, since every logged-in request
 * makes one (why a spread before other properties costs there: docs/design-notes.md,
 * "No spread first on a request's path").
 */
export const userFields = (
  row: Pick<Selectable<UsersTable>, 'id' | 'site_id' | 'login' | 'display_name' | 'profile' | 'niveau' | 'fonction'>,
  groups: number[],
): User => ({
  id: row.id,
  siteId: row.site_id,
  login: row.login,
  displayName: row.display_name,
  profile: row.profile as Profile,
  niveau: row.niveau,
  fonction: row.fonction,
  groups,
});

export function userStore(db: Kysely<Database>) {
  async function withGroups(rows: Selectable<UsersTable>[]): Promise<UserWithPassword[]> {
    if (rows.length === 0) return [];
    const memberships = await db
      .selectFrom('user_groups')
      .select(['user_id', 'group_id'])
      .where(
        'user_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('group_id')
      .execute();
    // Logins and admin reads, not every request: the spread costs nothing anyone waits for.
    return rows.map((row) => ({
      ...userFields(
        row,
        memberships.filter((m) => m.user_id === row.id).map((m) => m.group_id),
      ),
      email: row.email,
      passwordHash: row.password_hash,
    }));
  }

  return {
    async createGroup(siteId: number, group: { slug: string; name: string }): Promise<Group> {
      const row = await db
        .insertInto('groups')
        .values({ site_id: siteId, slug: group.slug, name: group.name })
        .returning(['id', 'slug', 'name'])
        .executeTakeFirstOrThrow();
      return row;
    },
    async groups(siteId: number): Promise<Group[]> {
      return db.selectFrom('groups').select(['id', 'slug', 'name']).where('site_id', '=', siteId).orderBy('id').execute();
    },
    async create(
      siteId: number,
      user: Omit<UserWithPassword, 'id' | 'siteId'>,
    ): Promise<User> {
      const row = await db
        .insertInto('users')
        .values({
          site_id: siteId,
          login: user.login,
          password_hash: user.passwordHash,
          display_name: user.displayName,
          profile: user.profile,
          niveau: user.niveau,
          fonction: user.fonction,
          email: user.email ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (user.groups.length > 0) {
        await db
          .insertInto('user_groups')
          .values(user.groups.map((groupId) => ({ user_id: row.id, group_id: groupId })))
          .execute();
      }
      return { id: row.id, siteId, login: user.login, displayName: user.displayName, profile: user.profile, niveau: user.niveau, fonction: user.fonction, email: user.email ?? null, groups: user.groups };
    },
    /** What a login checks, for every account with this login across sites: one query, found or not. */
    async credentials(login: string): Promise<{ id: number; siteId: number; passwordHash: string }[]> {
      const rows = await db.selectFrom('users').select(['id', 'site_id', 'password_hash']).where('login', '=', login).execute();
      return rows.map((r) => ({ id: r.id, siteId: r.site_id, passwordHash: r.password_hash }));
    },
    /** Every account with this login, across sites (a login form may not name the site). */
    async byLogin(login: string): Promise<UserWithPassword[]> {
      return withGroups(await db.selectFrom('users').selectAll().where('login', '=', login).execute());
    },
    async byId(id: number): Promise<UserWithPassword | null> {
      const [user] = await withGroups(await db.selectFrom('users').selectAll().where('id', '=', id).execute());
      return user ?? null;
    },
    /**
     * The site's members whose display name or login contains `text`, whatever its case,
     * by name: what the rights pickers look a person up by. Only what names a person
     * (no e-mail, no groups). `%` and `_` are plain characters here.
     */
    async search(siteId: number, text: string, limit: number): Promise<Pick<User, 'login' | 'displayName' | 'profile' | 'fonction'>[]> {
      const needle = text.toLowerCase();
      // SQLite's lower() folds ASCII letters only: a non-ASCII letter with a case (É, Ç)
      // becomes the one-character wildcard, and the exact test below decides.
      const foldsOutsideSql = (ch: string) => ch > '\x7f' && ch.toUpperCase() !== ch.toLowerCase();
      let loose = false;
      const pattern = [...needle]
        .map((ch) => {
          if (ch === '%' || ch === '_' || ch === '!') return `!${ch}`;
          if (foldsOutsideSql(ch)) {
            loose = true;
            return '_';
          }
          return ch;
        })
        .join('');
      const like = `%${pattern}%`;
      const rows = await db
        .selectFrom('users')
        .select(['login', 'display_name', 'profile', 'fonction'])
        .where('site_id', '=', siteId)
        .where(sql<boolean>`(lower(display_name) like ${like} escape '!' or lower(login) like ${like} escape '!')`)
        .orderBy('display_name')
        .orderBy('login')
        .limit(loose ? 500 : limit)
        .execute();
      return rows
        .filter((r) => r.display_name.toLowerCase().includes(needle) || r.login.toLowerCase().includes(needle))
        .slice(0, limit)
        .map((r) => ({ login: r.login, displayName: r.display_name, profile: r.profile as Profile, fonction: r.fonction }));
    },
    async list(siteId: number): Promise<UserWithPassword[]> {
      return withGroups(await db.selectFrom('users').selectAll().where('site_id', '=', siteId).orderBy('id').execute());
    },
  };
}
