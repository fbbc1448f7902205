/** Login, logout and "who am I". */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { clearSessionCookie, hashToken, newToken, setSessionCookie, SESSION_DAYS, type ViewerEnv } from './session.ts';
import { decoyHash, verifyPassword } from '../access/passwords.ts';
import { AppError, fieldsOf, invalid, unauthorized } from '../errors.ts';
import type { Me } from '../../contract/api.ts';
import { LoginLimiter, defaultLoginLimits } from './limiter.ts';
import { clientAddress } from './client.ts';
import { readJson } from './body.ts';

const loginBody = z.object({
  login: z.string().trim().min(1, 'Saisissez votre identifiant.').max(100),
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(200),
  site: z.string().max(80).optional(),
});

export function authRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const limiter = new LoginLimiter(deps.loginLimits ?? defaultLoginLimits, deps.now);

  app.post('/auth/login', async (c) => {
    const parsed = loginBody.safeParse(await readJson(c));
    if (!parsed.success) {
      throw invalid(fieldsOf(parsed.error.issues, 'body'));
    }
    const { login, password, site } = parsed.data;
    const client = clientAddress(c);
    const attempt = limiter.begin(client, login);
    if (!attempt.ok) {
      c.header('Retry-After', String(attempt.retryAfterSeconds));
      throw new AppError(429, 'too_many_attempts', 'Trop de tentatives. Réessayez dans quelques minutes.');
    }
    // The same queries whether the login exists or not, so timing tells nothing.
    let candidates = await deps.store.users.credentials(login);
    if (site) {
      const wanted = await deps.store.sites.bySlug(site);
      candidates = candidates.filter((u) => u.siteId === wanted?.id);
    }
    // One account or none: an ambiguous login fails like a wrong password.
    const user = candidates.length === 1 ? candidates[0] : null;
    const ok = await verifyPassword(password, user?.passwordHash ?? decoyHash);
    if (!user || !ok) throw new AppError(401, 'invalid_credentials', 'Identifiant ou mot de passe incorrect.');
    limiter.succeeded(client, login);

    const now = deps.now();
    // A new login ends the browser's previous session, and sweeps expired ones.
    const previous = c.get('sessionTokenHash');
    if (previous) await deps.store.sessions.delete(previous);
    await deps.store.sessions.deleteExpired(now);
    const token = newToken();
    await deps.store.sessions.create(hashToken(token), user.id, now, new Date(now.getTime() + SESSION_DAYS * 86_400_000));
    setSessionCookie(c, token);
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
