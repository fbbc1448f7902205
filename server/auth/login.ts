/**
 * Checking a password: one logic for every login form (the JSON login of the pages, the
 * CAS server's HTML form), with one set of guards per app so two forms do not double
 * the guesses allowed:
 * - the login brake, counted in the database (auth/login-brake.ts), shared by every
 *   instance on it;
 * - the password gate (auth/password-gate.ts): few scrypt checks at once, a short
 *   queue, then 503 — a flood of guesses never stalls the server;
 * - device cookies (auth/device-cookie.ts): a browser that already logged in as this
 *   user is counted apart, so strangers cannot lock its owner out;
 * - a login that matches no account costs no scrypt: it is answered as late as a real
 *   check would be, by a timer (password-gate.ts `imitate`);
 * - the failure floor (auth/failure-delay.ts): failures and refusals answer no sooner
 *   than a second after they began, so a script that retries at once goes slowly.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Deps } from '../deps.ts';
import { LoginBrake } from './login-brake.ts';
import { PasswordGate, systemGateClock, type GateClock } from './password-gate.ts';
import { FailureDelay } from './failure-delay.ts';
import { serverSecret } from './secret.ts';
import { DEVICE_COOKIE, setDeviceCookie, trustedDevice } from './device-cookie.ts';
import { decoyHash, verifyPassword } from './passwords.ts';

export { openSession } from './open-session.ts';

interface Guards {
  brake: LoginBrake;
  gate: PasswordGate;
  failures: FailureDelay;
  clock: GateClock;
  /** The device cookies' key: read (or made) once, at the first login; every instance agrees on it. */
  signingKey(): Promise<Buffer>;
}

const guardsByApp = new WeakMap<Deps, Guards>();

function guardsFor(deps: Deps): Guards {
  let guards = guardsByApp.get(deps);
  if (!guards) {
    let secret: Promise<Buffer> | undefined;
    const clock = deps.passwordClock ?? systemGateClock;
    const limits = deps.loginLimits;
    guards = {
      brake: new LoginBrake(deps.store, limits, deps.now),
      gate: new PasswordGate(limits.hashConcurrency, limits.hashQueue, clock),
      failures: new FailureDelay(limits.failureFloorMs, limits.failuresHeld, clock),
      clock,
      signingKey: () =>
        (secret ??= serverSecret(deps.store, deps.secret, deps.now()).catch((error) => {
          secret = undefined;
          throw error;
        })),
    };
    guardsByApp.set(deps, guards);
  }
  return guards;
}

export type CredentialCheck =
  | { ok: true; userId: number; rememberDevice(): void }
  | { ok: false; reason: 'busy' }
  | { ok: false; reason: 'too_many_attempts'; retryAfterSeconds: number }
  | { ok: false; reason: 'invalid_credentials' };

/**
 * Checks a login and password. On success, `rememberDevice()` (called once the session
 * is open) makes this browser a known device for that login.
 */
export async function checkCredentials(
  deps: Deps,
  c: Context,
  attempt: { client: string; login: string; password: string; site?: string },
): Promise<CredentialCheck> {
  const { failures, clock } = guardsFor(deps);
  const started = clock.now();
  const checked = await check(deps, c, attempt);
  // Every failure and refusal, whatever its reason, answers at the same floor.
  if (!checked.ok) await failures.hold(started);
  return checked;
}

/**
 * Before reading the body: whether the strangers' lane of the password gate is full and
 * the request holds no device cookie at all (so it cannot be a known browser's). Then
 * the answer is 503 at once, with Retry-After, for the least work: held like any refusal.
 */
export async function refusedBeforeReading(deps: Deps, c: Context): Promise<boolean> {
  const { gate, failures, clock } = guardsFor(deps);
  if (!gate.full(false) || getCookie(c, DEVICE_COOKIE) !== undefined) return false;
  await failures.hold(clock.now());
  return true;
}

async function check(
  deps: Deps,
  c: Context,
  attempt: { client: string; login: string; password: string; site?: string },
): Promise<CredentialCheck> {
  const { client, login, password, site } = attempt;
  const { brake, gate, signingKey } = guardsFor(deps);
  const key = await signingKey();
  const device = trustedDevice(c, key, login, deps.now());
  // Too busy already: say so before counting or querying anything.
  if (gate.full(device !== null)) return { ok: false, reason: 'busy' };
  const begun = await brake.begin(client, login, device);
  if (!begun.ok) return { ok: false, reason: 'too_many_attempts', retryAfterSeconds: begun.retryAfterSeconds };
  // The same queries whether the login exists or not, so timing tells nothing.
  let candidates = await deps.store.users.credentials(login);
  if (site) {
    const wanted = await deps.store.sites.bySlug(site);
    candidates = candidates.filter((u) => u.siteId === wanted?.id);
  }
  // One account or none: an ambiguous login fails like a wrong password.
  const user = candidates.length === 1 ? candidates[0] : null;
  const trusted = device !== null;
  let ok = false;
  try {
    const hash = user?.passwordHash;
    if (hash) ok = await gate.run(trusted, () => verifyPassword(password, hash));
    // No account (or none with a password): answered as late as a real check would be,
    // by a timer (password-gate.ts imitate), so a flood of made-up logins costs no scrypt
    // and takes no place that real logins need, and timing still tells nothing.
    else await gate.imitate(trusted, () => verifyPassword(password, decoyHash));
  } catch (error) {
    await brake.cancelled(begun);
    if ((error as { code?: string }).code === 'busy' || (error as { status?: number }).status === 503) return { ok: false, reason: 'busy' };
    throw error;
  }
  if (!user || !ok) return { ok: false, reason: 'invalid_credentials' };
  await brake.succeeded(begun);
  return { ok: true, userId: user.id, rememberDevice: () => setDeviceCookie(c, key, login, deps.now()) };
}
