/**
 * The login brake's counters (auth/login-brake.ts decides which and how many). Shared by
 * every instance on one database: counting and recording one attempt is one transaction,
 * serialized per login (an advisory lock on PostgreSQL; SQLite writes one at a time), so
 * a burst of parallel guesses on several instances cannot all slip past the check.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { Dialect } from './dialect.ts';

export interface Counter {
  key: string;
  /** Attempts allowed within the window. */
  max: number;
  windowMs: number;
}

/** Any constant: the class of the advisory locks taken per login (the key is its hash). */
const LOCK_CLASS = 7_467_302;

export function loginAttemptStore(db: Kysely<Database>, dialect: Dialect) {
  return {
    /**
     * Records one attempt on every counter, or none when one is full: then the seconds
     * until it has room again. `lock` names what parallel attempts must queue on.
     */
    async take(counters: readonly Counter[], lock: string, now: Date): Promise<{ ok: true; ids: Map<string, number> } | { ok: false; retryAfterSeconds: number }> {
      return db.transaction().execute(async (trx) => {
        if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${lock}))`.execute(trx);
        for (const counter of counters) {
          // The max-th most recent attempt in the window: while it is there, the counter is full.
          const row = await trx
            .selectFrom('login_attempts')
            .select('at')
            .where('key', '=', counter.key)
            .where('at', '>', new Date(now.getTime() - counter.windowMs).toISOString())
            .orderBy('at', 'desc')
            .limit(1)
            .offset(counter.max - 1)
            .executeTakeFirst();
          if (row) {
            const freeAt = new Date(row.at).getTime() + counter.windowMs;
            return { ok: false as const, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
          }
        }
        const at = now.toISOString();
        const rows = await trx.insertInto('login_attempts').values(counters.map((c) => ({ key: c.key, at }))).returning(['id', 'key']).execute();
        // By key: RETURNING promises no order on either database.
        return { ok: true as const, ids: new Map(rows.map((r) => [r.key, r.id])) };
      });
    },
    /** Forgets every attempt on `key`. */
    async clear(key: string): Promise<void> {
      await db.deleteFrom('login_attempts').where('key', '=', key).execute();
    },
    /** Gives back the attempts recorded as `ids` (what `take` returned): exactly those, whatever else ran meanwhile. */
    async giveBack(ids: readonly number[]): Promise<void> {
      if (ids.length > 0) await db.deleteFrom('login_attempts').where('id', 'in', ids).execute();
    },
    /** Deletes the attempts made at or before `before` (no window reaches them any more), the oldest `limit` at most. */
    async sweep(before: Date, limit = Number.MAX_SAFE_INTEGER): Promise<number> {
      const oldest = db.selectFrom('login_attempts').select('id').where('at', '<=', before.toISOString()).orderBy('at').limit(limit);
      const result = await db.deleteFrom('login_attempts').where('id', 'in', oldest).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async count(key: string): Promise<number> {
      const row = await db.selectFrom('login_attempts').select((eb) => eb.fn.countAll<string | number>().as('n')).where('key', '=', key).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
