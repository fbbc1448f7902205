import type { MiddlewareHandler } from 'hono';
import { forbidden } from '../../errors.ts';
import { isHttps } from '../../auth/sessions.ts';
import { headerOf } from './request-headers.ts';

/**
 * CSRF guard for state-changing requests: a browser always sends `Origin` on a
 * cross-site POST, so one that names another origin is refused. The whole origin counts
 * (scheme, host and port): `https://ent.example` is not `http://ent.example`, nor
 * `http://ent.example:8081`. (Session cookies are SameSite=Lax and bodies must be JSON,
 * which already forces a preflight.)
 */
const originOf = (value: string) => {
  try {
    const origin = new URL(value).origin; // default ports dropped, host lower-cased
    return origin === 'null' ? null : origin; // opaque origins are refused
  } catch {
    return null;
  }
};

export const sameOrigin = (publicOrigin?: string): MiddlewareHandler => (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
    const header = headerOf(c);
    const origin = header('origin');
    if (origin !== undefined) {
      // Without TUILES_PUBLIC_ORIGIN: the origin this request was addressed to, https
      // when the proxy in front says so (as for the Secure cookie).
      const expected = publicOrigin
        ? originOf(publicOrigin)
        : originOf(`${isHttps(c) ? 'https' : 'http'}://${header('host') ?? new URL(c.req.url).host}`);
      if (expected === null || originOf(origin) !== expected) {
        throw forbidden('Requête refusée : elle ne vient pas de ce site.', 'cross_origin');
      }
    }
  }
  // No async frame of its own around the rest of the chain (a throw above is still Hono's to answer).
  return next();
};
