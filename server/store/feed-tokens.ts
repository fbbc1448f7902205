/**
 * The secret in each user's personal feed URLs. Kept in clear, unlike session tokens:
 * the user's page lists their feed URLs again and again, and the token only opens
 * read-only feeds. One live token per user; renewing replaces it, revoking deletes it.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export function feedTokenStore(db: Kysely<Database>) {
  return {
    async of(userId: number): Promise<string | null> {
      const row = await db.selectFrom('feed_tokens').select('token').where('user_id', '=', userId).executeTakeFirst();
      return row?.token ?? null;
    },
    /** The owner of a live token, or null. */
    async owner(token: string): Promise<number | null> {
      const row = await db.selectFrom('feed_tokens').select('user_id').where('token', '=', token).executeTakeFirst();
      return row?.user_id ?? null;
    },
    async replace(userId: number, token: string, now: Date): Promise<void> {
      const values = { user_id: userId, token, created_at: now.toISOString() };
      await db
        .insertInto('feed_tokens')
        .values(values)
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ token, created_at: values.created_at }))
        .execute();
    },
    async revoke(userId: number): Promise<void> {
      await db.deleteFrom('feed_tokens').where('user_id', '=', userId).execute();
    },
  };
}
