/** Login, logout and "who am I". */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { ViewerEnv } from '../middleware/session.ts';
import { clearSessionCookie, hashToken, newToken, setSessionCookie, SESSION_DAYS } from '../../auth/sessions.ts';
import { decoyHash, verifyPassword } from '../../auth/passwords.ts';
import { LoginBrake } from '../../auth/login-brake.ts';
import { PasswordGate } from '../../auth/password-gate.ts';
import { serverSecret } from '../../auth/secret.ts';
import { setDeviceCookie, trustedDevice } from '../../auth/device-cookie.ts';
import { tooManyRequests, unauthorized, unavailable } from '../../errors.ts';
import type { Me } from '../../../contract/api.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { jsonBody } from '../middleware/validate.ts';

const loginBody = z.object({
  login: z.string().trim().min(1, 'Saisissez votre identifiant.').max(100),
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(200),
  site: z.string().max(80).optional(),
});

export function authRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const brake = new LoginBrake(deps.store, deps.loginLimits, deps.now);
  const gate = new PasswordGate(deps.loginLimits.hashConcurrency, deps.loginLimits.hashQueue);
  // Read (or made) once, at the first login: every instance on the database agrees on it.
  let secret: Promise<Buffer> | undefined;
  const signingKey = () => (secret ??= serverSecret(deps.store, deps.secret, deps.now()).catch((error) => {
    secret = undefined;
    throw error;
  }));

  app.post('/auth/login', jsonBody(loginBody), async (c) => {
    const { login, password, site } = c.req.valid('json');
    const client = clientAddress(c);
    const key = await signingKey();
    const device = trustedDevice(c, key, login, deps.now());
    // Too busy already: say so before counting or querying anything.
    if (gate.full(device !== null)) throw unavailable(1);
    const attempt = await brake.begin(client, login, device);
    if (!attempt.ok) throw tooManyRequests(attempt.retryAfterSeconds);
    // The same queries whether the login exists or not, so timing tells nothing.
    let candidates = await deps.store.users.credentials(login);
    if (site) {
      const wanted = await deps.store.sites.bySlug(site);
      candidates = candidates.filter((u) => u.siteId === wanted?.id);
    }
    // One account or none: an ambiguous login fails like a wrong password.
    const user = candidates.length === 1 ? candidates[0] : null;
    const ok = await gate.run(device !== null, () => verifyPassword(password, user?.passwordHash ?? decoyHash)).catch(async (error) => {
      await brake.cancelled(attempt);
      throw error;
    });
    if (!user || !ok) throw unauthorized('Identifiant ou mot de passe incorrect.', 'invalid_credentials');
    await brake.succeeded(attempt);

    const now = deps.now();
    // A new login ends the browser's previous session, and sweeps expired ones.
    const previous = c.get('sessionTokenHash');
    if (previous) await deps.store.sessions.delete(previous);
    await deps.store.sessions.deleteExpired(now);
    const token = newToken();
    await deps.store.sessions.create(hashToken(token), user.id, now, new Date(now.getTime() + SESSION_DAYS * 86_400_000));
    setSessionCookie(c, token);
    // This browser is now known for this login (see auth/device-cookie.ts).
    setDeviceCookie(c, key, login, now);
    c.header('Cache-Control', 'private, no-store');
    return c.json(await me(deps, user.id));
  });

  app.post('/auth/logout', async (c) => {
    const tokenHash = c.get('sessionTokenHash');
    if (tokenHash) await deps.store.sessions.delete(tokenHash);
    clearSessionCookie(c);
    c.header('Cache-Control', 'private, no-store');
    return c.body(null, 204);
  });

  app.get('/me', async (c) => {
    const viewer = c.get('viewer');
    c.header('Cache-Control', 'private, no-store');
    c.header('Vary', 'Cookie');
    if (viewer.kind === 'anonymous') throw unauthorized();
    return c.json(await me(deps, viewer.id));
  });

  return app;
}

async function me(deps: Deps, userId: number): Promise<Me> {
  const user = (await deps.store.users.byId(userId))!;
  const site = (await deps.store.sites.byId(user.siteId))!;
  return {
    login: user.login,
    displayName: user.displayName,
    profile: user.profile,
    niveau: user.niveau,
    fonction: user.fonction,
    site: { slug: site.slug, name: site.name },
  };
}
