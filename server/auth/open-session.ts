/**
 * Opens a Tuiles session for a user whose identity was checked (password, CAS form,
 * SAML, OIDC): ends the browser's previous session, sweeps expired ones, sets the
 * cookie. Answers the new session's token hash (CAS ties proxy-granting tickets to it).
 */
import type { Context } from 'hono';
import type { Store } from '../store/index.ts';
import { hashToken, newToken, setSessionCookie, SESSION_DAYS } from './sessions.ts';

export async function openSession(
  c: Context,
  deps: { store: Store; now: () => Date },
  userId: number,
  previousTokenHash: string | null,
): Promise<string> {
  const now = deps.now();
  if (previousTokenHash) await deps.store.sessions.delete(previousTokenHash);
  await deps.store.sessions.deleteExpired(now);
  const token = newToken();
  const tokenHash = hashToken(token);
  await deps.store.sessions.create(tokenHash, userId, now, new Date(now.getTime() + SESSION_DAYS * 86_400_000));
  setSessionCookie(c, token);
  return tokenHash;
}
