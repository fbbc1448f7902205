/**
 * Sessions live in the database; the browser holds a random token in an HttpOnly,
 * SameSite=Lax cookie (Secure behind HTTPS). Only the token's hash is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Deps } from '../deps.ts';
import { anonymous, type Viewer } from '../access/viewer.ts';

export const SESSION_COOKIE = 'tuiles_session';
export const SESSION_DAYS = 14;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export type ViewerEnv = { Variables: { viewer: Viewer; sessionTokenHash: string | null } };

const isHttps = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0].trim() === 'https';

export function setSessionCookie(c: Context, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: SESSION_DAYS * 24 * 3600,
  });
}

export const clearSessionCookie = (c: Context) => deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });

/** Who is asking: anonymous unless the cookie names a live session. Reads nothing else. */
export function viewerMiddleware(deps: Deps): MiddlewareHandler<ViewerEnv> {
  return async (c, next) => {
    c.set('viewer', anonymous);
    c.set('sessionTokenHash', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const tokenHash = hashToken(token);
      const userId = await deps.store.sessions.userOf(tokenHash, deps.now());
      const user = userId === null ? null : await deps.store.users.byId(userId);
      if (user) {
        const { passwordHash: _, ...rest } = user;
        c.set('viewer', { kind: 'user', ...rest });
        c.set('sessionTokenHash', tokenHash);
      }
    }
    await next();
  };
}
