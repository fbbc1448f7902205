/**
 * Checking a password and opening a session: one logic for every login form (the JSON
 * login of the pages, the CAS server's HTML form). The brake is shared too: one
 * limiter per app, so two forms do not double the guesses allowed.
 */
import type { Deps } from '../deps.ts';
import { LoginLimiter } from './login-brake.ts';
import { decoyHash, verifyPassword } from './passwords.ts';

const limiters = new WeakMap<Deps, LoginLimiter>();

/** The app's login brake (in memory, per process: see login-brake.ts). */
export function loginLimiterFor(deps: Deps): LoginLimiter {
  let limiter = limiters.get(deps);
  if (!limiter) limiters.set(deps, (limiter = new LoginLimiter(deps.loginLimits, deps.now)));
  return limiter;
}

export type CredentialCheck =
  | { ok: true; userId: number }
  | { ok: false; reason: 'too_many_attempts'; retryAfterSeconds: number }
  | { ok: false; reason: 'invalid_credentials' };

export async function checkCredentials(
  deps: Deps,
  attempt: { client: string; login: string; password: string; site?: string },
): Promise<CredentialCheck> {
  const { client, login, password, site } = attempt;
  const limiter = loginLimiterFor(deps);
  const begun = limiter.begin(client, login);
  if (!begun.ok) return { ok: false, reason: 'too_many_attempts', retryAfterSeconds: begun.retryAfterSeconds };
  // The same queries whether the login exists or not, so timing tells nothing.
  let candidates = await deps.store.users.credentials(login);
  if (site) {
    const wanted = await deps.store.sites.bySlug(site);
    candidates = candidates.filter((u) => u.siteId === wanted?.id);
  }
  // One account or none: an ambiguous login fails like a wrong password.
  const user = candidates.length === 1 ? candidates[0] : null;
  const ok = await verifyPassword(password, user?.passwordHash ?? decoyHash);
  if (!user || !ok) return { ok: false, reason: 'invalid_credentials' };
  limiter.succeeded(client, login);
  return { ok: true, userId: user.id };
}

export { openSession } from './open-session.ts';
