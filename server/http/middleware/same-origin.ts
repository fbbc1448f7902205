import type { MiddlewareHandler } from 'hono';
import { forbidden } from '../../errors.ts';

/**
 * CSRF guard for state-changing requests: a browser always sends `Origin` on a
 * cross-site POST, so one that names another host is refused. (Session cookies are
 * SameSite=Lax and bodies must be JSON, which already forces a preflight.)
 */
const hostOf = (origin: string) => {
  try {
    return new URL(origin).host; // "null" (opaque origins) throws, and is refused.
  } catch {
    return null;
  }
};

export const sameOrigin = (publicOrigin?: string): MiddlewareHandler => async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
    const origin = c.req.header('Origin');
    const host = publicOrigin ? hostOf(publicOrigin) : (c.req.header('Host') ?? new URL(c.req.url).host);
    if (origin !== undefined && hostOf(origin) !== host) {
      throw forbidden('Requête refusée : elle ne vient pas de ce site.', 'cross_origin');
    }
  }
  await next();
};
