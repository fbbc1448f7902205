import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export function sessionStore(db: Kysely<Database>) {
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
    async delete(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async deleteExpired(now: Date): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
    },
  };
}
