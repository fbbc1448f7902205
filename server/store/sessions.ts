import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { Dialect } from './dialect.ts';
import { userFields, type User } from './users.ts';
import { preferencesOf, type Preferences } from './preferences.ts';
import { compiledOnce, type DirectReads } from './compiled.ts';

/** A day either side of `now`'s UTC date: wider than today in any school's time zone. */
const dayAround = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** "1,4,9" (or null for none): a list of ids as both dialects aggregate them (idList below). */
const idsOf = (list: string | null): number[] => (list === null ? [] : list.split(',').map(Number));

export function sessionStore(db: Kysely<Database>, dialect: Dialect, reads?: DirectReads) {
  /** The ids in `column` of a subquery's rows, as one text ("1,4,9"; null for none). */
  const idList = (column: string) =>
    dialect === 'postgres' ? sql<string | null>`string_agg(${sql.ref(column)}::text, ',')` : sql<string | null>`group_concat(${sql.ref(column)})`;
  // Every logged-in request asks it first: compiled once (compiled.ts).
  const viewerRows = compiledOnce({ db, reads }, (_shape, tokenHash: string, nowIso: string, since: string, until: string) =>
    db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      // Their preferences in the same round trip: a personal page needs them next.
      .leftJoin('preferences', 'preferences.user_id', 'users.id')
      .select([
        'users.id as id',
        'users.site_id as site_id',
        'users.login as login',
        'users.display_name as display_name',
        'users.profile as profile',
        'users.niveau as niveau',
        'users.fonction as fonction',
        // One row for the session, its lists aggregated: each subquery below runs once.
        sql<string | null>`(select ${idList('g.group_id')} from user_groups g where g.user_id = users.id)`.as('group_ids'),
        'preferences.user_id as preferences_of',
        'preferences.rubriques as rubriques',
        'preferences.feeds as feeds',
        'preferences.hidden_tiles as hidden_tiles',
        'preferences.tile_order as tile_order',
        // Their receipts of the annonces current around now (a day either side, whatever
        // the school's time zone), in the same round trip: the personal page's annonces need
        // them. Found from the site's current annonces (their index), a handful at any time.
        sql<string | null>`(select ${idList('a.id')} from annonces a
          join annonce_reads r on r.annonce_id = a.id and r.user_id = users.id
          where a.site_id = users.site_id and a.end_date >= ${since} and a.start_date <= ${until})`.as('annonces_read'),
      ])
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', nowIso),
  );
  return {
    async create(tokenHash: string, userId: number, now: Date, expiresAt: Date): Promise<void> {
      await db
        .insertInto('sessions')
        .values({ token_hash: tokenHash, user_id: userId, created_at: now.toISOString(), expires_at: expiresAt.toISOString() })
        .execute();
    },
    /** The user id of a live session, or null. */
    async userOf(tokenHash: string, now: Date): Promise<number | null> {
      const row = await db
        .selectFrom('sessions')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      return row?.user_id ?? null;
    },
    /**
     * The user of a live session with their groups, preferences and read receipts of the
     * annonces current around `now`, in one round trip (one row): what every logged-in
     * request asks first.
     */
    async viewerOf(tokenHash: string, now: Date): Promise<{ user: User; preferences: Preferences; annoncesRead: ReadonlySet<number> } | null> {
      const [row] = await viewerRows(tokenHash, now.toISOString(), dayAround(now, -1), dayAround(now, 1));
      if (!row) return null;
      return {
        user: userFields(row, idsOf(row.group_ids).sort((a, b) => a - b)),
        preferences: preferencesOf(
          row.preferences_of === null ? undefined : { rubriques: row.rubriques, feeds: row.feeds!, hidden_tiles: row.hidden_tiles!, tile_order: row.tile_order! },
        ),
        annoncesRead: new Set(idsOf(row.annonces_read)),
      };
    },
    async delete(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async deleteExpired(now: Date): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
    },
  };
}
