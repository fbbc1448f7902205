/** Login, logout and "who am I". */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { clearSessionCookie, hashToken, newToken, setSessionCookie, SESSION_DAYS, type ViewerEnv } from './session.ts';
import { decoyHash, verifyPassword } from '../access/passwords.ts';
import { AppError, fieldsOf, invalid, unauthorized } from '../errors.ts';
import type { Me } from '../../contract/api.ts';
import { FailureLimiter } from './limiter.ts';

const loginBody = z.object({
  login: z.string().trim().min(1, 'Saisissez votre identifiant.').max(100),
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(200),
  site: z.string().max(80).optional(),
});

export async function readJson(c: Context): Promise<unknown> {
  if (!c.req.header('Content-Type')?.toLowerCase().startsWith('application/json')) {
    throw new AppError(415, 'unsupported_media_type', 'Envoyez du JSON (Content-Type: application/json).');
  }
  try {
    return await c.req.json();
  } catch {
    throw new AppError(400, 'invalid_json', 'Le corps de la requête n\'est pas du JSON valide.');
  }
}

export function authRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  // Guessing passwords: 10 failures per login per 15 minutes, then 429 until it cools down.
  const limiter = new FailureLimiter(10, 15 * 60 * 1000, deps.now);

  app.post('/auth/login', async (c) => {
    const parsed = loginBody.safeParse(await readJson(c));
    if (!parsed.success) {
      throw invalid(fieldsOf(parsed.error.issues, 'body'));
    }
    const { login, password, site } = parsed.data;
    const key = login.toLowerCase();
    if (limiter.blocked(key)) {
      throw new AppError(429, 'too_many_attempts', 'Trop de tentatives. Réessayez dans quelques minutes.');
    }
    let candidates = await deps.store.users.byLogin(login);
    if (site) {
      const wanted = await deps.store.sites.bySlug(site);
      candidates = candidates.filter((u) => u.siteId === wanted?.id);
    }
    // One account or none: an ambiguous login fails like a wrong password.
    const user = candidates.length === 1 ? candidates[0] : null;
    const ok = await verifyPassword(password, user?.passwordHash ?? decoyHash);
    if (!user || !ok) {
      limiter.fail(key);
      throw new AppError(401, 'invalid_credentials', 'Identifiant ou mot de passe incorrect.');
    }
    limiter.reset(key);
    const token = newToken();
    const now = deps.now();
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
  const site = (await deps.store.sites.list()).find((s) => s.id === user.siteId)!;
  return {
    login: user.login,
    displayName: user.displayName,
    profile: user.profile,
    niveau: user.niveau,
    fonction: user.fonction,
    site: { slug: site.slug, name: site.name },
  };
}
