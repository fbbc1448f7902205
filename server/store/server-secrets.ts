/** Secrets the server makes for itself once; the first instance to ask writes it, every other reads it. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export function serverSecretStore(db: Kysely<Database>) {
  return {
    /** The secret named `name`, stored as `candidate` if there was none yet. */
    async getOrCreate(name: string, candidate: string, now: Date): Promise<string> {
      await db
        .insertInto('server_secrets')
        .values({ name, value: candidate, created_at: now.toISOString() })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
      return row.value;
    },
  };
}
