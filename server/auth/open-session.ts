/**
 * Opens a Tuiles session for a user whose identity was checked (password, SAML, OIDC):
 * ends the browser's previous session, sweeps expired ones, sets the cookie.
 */
import type { Context } from 'hono';
import type { Store } from '../store/index.ts';
import { hashToken, newToken, setSessionCookie, SESSION_DAYS } from './sessions.ts';

export async function openSession(c: Context, deps: { store: Store; now: () => Date }, userId: number, previousTokenHash: string | null): Promise<void> {
  const now = deps.now();
  if (previousTokenHash) await deps.store.sessions.delete(previousTokenHash);
  await deps.store.sessions.deleteExpired(now);
  const token = newToken();
  await deps.store.sessions.create(hashToken(token), userId, now, new Date(now.getTime() + SESSION_DAYS * 86_400_000));
  setSessionCookie(c, token);
}
