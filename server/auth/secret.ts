/**
 * The key that signs what the server hands out and must recognise later (device
 * cookies). From TUILES_SECRET when set; otherwise made once and kept in the database,
 * so every instance on one PostgreSQL signs and checks with the same key, and a restart
 * does not forget the browsers it trusted.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store/index.ts';

const NAME = 'signing-key';

export async function serverSecret(store: Pick<Store, 'serverSecrets'>, configured: string | undefined, now: Date): Promise<Buffer> {
  const value = configured ?? (await store.serverSecrets.getOrCreate(NAME, randomBytes(32).toString('base64url'), now));
  // One key length whatever the setting's length, and a name that keeps it for this use.
  return createHash('sha256').update(`tuiles:${NAME}:${value}`).digest();
}
