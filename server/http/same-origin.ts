import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';

/**
 * CSRF guard for state-changing requests: a browser always sends `Origin` on a
 * cross-site POST, so one that names another host is refused. (Session cookies are
 * SameSite=Lax and bodies must be JSON, which already forces a preflight.)
 */
export const sameOrigin: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
    const origin = c.req.header('Origin');
    const host = c.req.header('Host');
    if (origin && origin !== 'null' && host && new URL(origin).host !== host) {
      throw new AppError(403, 'cross_origin', 'Requête refusée : elle ne vient pas de ce site.');
    }
    if (origin === 'null') throw new AppError(403, 'cross_origin', 'Requête refusée : origine opaque.');
  }
  await next();
};
