/** Login, logout and "who am I". */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { ViewerEnv } from '../middleware/session.ts';
import { clearSessionCookie } from '../../auth/sessions.ts';
import { checkCredentials, openSession, refusedBeforeReading } from '../../auth/login.ts';
import { tooManyRequests, unauthorized, unavailable } from '../../errors.ts';
import type { Me } from '../../../contract/api.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { capabilitiesOf } from '../../authoring/capabilities.ts';
import { jsonBody } from '../middleware/validate.ts';

const loginBody = z.object({
  login: z.string().trim().min(1, 'Saisissez votre identifiant.').max(100),
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(200),
  site: z.string().max(80).optional(),
});

export function authRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  app.post(
    '/auth/login',
    // A flood that has filled the password gate is refused before its body is read.
    async (c, next) => {
      if (await refusedBeforeReading(deps, c)) throw unavailable(1);
      await next();
    },
    jsonBody(loginBody),
    async (c) => {
      const { login, password, site } = c.req.valid('json');
      const checked = await checkCredentials(deps, c, { client: clientAddress(c), login, password, site });
      if (!checked.ok && checked.reason === 'busy') throw unavailable(1);
      if (!checked.ok && checked.reason === 'too_many_attempts') throw tooManyRequests(checked.retryAfterSeconds);
      if (!checked.ok) throw unauthorized('Identifiant ou mot de passe incorrect.', 'invalid_credentials');
      await openSession(c, deps, checked.userId, c.get('sessionTokenHash'));
      checked.rememberDevice();
      c.header('Cache-Control', 'private, no-store');
      return c.json(await me(deps, checked.userId));
    },
  );

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
    may: await capabilitiesOf(deps, site, { kind: 'user', ...user }),
  };
}
