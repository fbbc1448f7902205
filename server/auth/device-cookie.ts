/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a
 * successful login leaves in the browser a cookie signed by the server (HMAC-SHA256)
 * naming the login and a random device id. A later attempt on that login that presents
 * it is counted on that device alone (login-brake.ts), so strangers guessing a pupil's
 * password from elsewhere cannot lock the pupil out of their own browser.
 *
 * One cookie holds the entries of the last few logins on this browser (a family
 * computer, a CDI workstation). An entry says nothing secret: the signature only proves
 * the server wrote it. Entries older than DEVICE_DAYS are ignored.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isHttps } from './sessions.ts';

export const DEVICE_COOKIE = 'tuiles_device';
export const DEVICE_DAYS = 180;
const MAX_ENTRIES = 5;

interface Entry {
  login: string;
  device: string;
  issued: number;
  raw: string;
}

const sign = (secret: Buffer, login: string, device: string, issued: number) =>
  createHmac('sha256', secret).update(`device|${login}|${device}|${issued}`).digest('base64url');

function parse(secret: Buffer, raw: string, nowSeconds: number): Entry | null {
  const [encodedLogin, device, issuedText, signature] = raw.split('.');
  if (!encodedLogin || !device || !issuedText || !signature || !/^\d+$/.test(issuedText)) return null;
  const login = Buffer.from(encodedLogin, 'base64url').toString();
  const issued = Number(issuedText);
  const expected = Buffer.from(sign(secret, login, device, issued));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (issued > nowSeconds + 60 || nowSeconds - issued > DEVICE_DAYS * 86_400) return null;
  return { login, device, issued, raw };
}

const entriesOf = (c: Context) => (getCookie(c, DEVICE_COOKIE) ?? '').split('~').filter(Boolean).slice(0, MAX_ENTRIES * 2);

/** The device id this browser holds for `login`, when its cookie is the server's own and still valid. */
export function trustedDevice(c: Context, secret: Buffer, login: string, now: Date): string | null {
  const wanted = login.toLowerCase();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  for (const raw of entriesOf(c)) {
    const entry = parse(secret, raw, nowSeconds);
    if (entry?.login === wanted) return entry.device;
  }
  return null;
}

/** After a successful login: a fresh entry for this login, first; the other logins' valid entries kept. */
export function setDeviceCookie(c: Context, secret: Buffer, login: string, now: Date): void {
  const wanted = login.toLowerCase();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const device = randomBytes(16).toString('base64url');
  const fresh = `${Buffer.from(wanted).toString('base64url')}.${device}.${nowSeconds}.${sign(secret, wanted, device, nowSeconds)}`;
  const kept = entriesOf(c)
    .map((raw) => parse(secret, raw, nowSeconds))
    .filter((e): e is Entry => e !== null && e.login !== wanted)
    .map((e) => e.raw);
  setCookie(c, DEVICE_COOKIE, [fresh, ...kept].slice(0, MAX_ENTRIES).join('~'), {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    path: '/api/auth',
    maxAge: DEVICE_DAYS * 86_400,
  });
}
