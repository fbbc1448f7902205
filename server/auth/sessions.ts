/**
 * Sessions live in the database; the browser holds a random token in an HttpOnly,
 * SameSite=Lax cookie (Secure behind HTTPS). Only the token's hash is stored.
 */
import { hash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'tuiles_session';
export const SESSION_DAYS = 14;

// One-shot hash (no Hash object): every logged-in request hashes its cookie.
export const hashToken = (token: string) => hash('sha256', token, 'hex');
export const newToken = () => randomBytes(32).toString('base64url');

export const isHttps = (c: Context) =>
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
