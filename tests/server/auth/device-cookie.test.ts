import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { DEVICE_COOKIE, setDeviceCookie, trustedDevice } from '../../../server/auth/device-cookie.ts';
import { serverSecret } from '../../../server/auth/secret.ts';
import { backends } from '../support/backends.ts';

const NOW = new Date('2026-11-23T10:00:00Z');
const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);

/** A tiny app: POST /issue?login= sets the cookie, GET /check?login= says which device it proves. */
function app(secret: Buffer, now = () => NOW) {
  const a = new Hono();
  a.post('/api/auth/issue', (c) => {
    setDeviceCookie(c, secret, c.req.query('login')!, now());
    return c.body(null, 204);
  });
  a.get('/api/auth/check', (c) => c.json({ device: trustedDevice(c, secret, c.req.query('login')!, now()) }));
  return a;
}
const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0];
const check = async (a: Hono, login: string, cookie: string) =>
  ((await (await a.request(`/api/auth/check?login=${login}`, { headers: { Cookie: cookie } })).json()) as { device: string | null }).device;

describe('device cookies', () => {
  it('are HttpOnly, SameSite=Strict, limited to /api/auth, and prove the login they were issued for (any case)', async () => {
    const a = app(key);
    const res = await a.request('/api/auth/issue?login=Eleve', { method: 'POST' });
    const header = res.headers.get('set-cookie')!;
    assert.match(header, new RegExp(`^${DEVICE_COOKIE}=`));
    assert.match(header, /HttpOnly/);
    assert.match(header, /SameSite=Strict/);
    assert.match(header, /Path=\/api\/auth/);
    assert.match(header, /Max-Age=\d+/);
    const cookie = cookieOf(res);
    assert.match((await check(a, 'eleve', cookie))!, /^[\w-]{20,}$/);
    assert.equal(await check(a, 'prof', cookie), null, 'not another login');
  });

  it('refuse a cookie signed with another key, or altered', async () => {
    const cookie = cookieOf(await app(otherKey).request('/api/auth/issue?login=eleve', { method: 'POST' }));
    assert.equal(await check(app(key), 'eleve', cookie), null);
    const good = cookieOf(await app(key).request('/api/auth/issue?login=eleve', { method: 'POST' }));
    const [name, value] = good.split('=');
    const parts = value.split('.');
    const forged = `${name}=${Buffer.from('prof').toString('base64url')}.${parts.slice(1).join('.')}`;
    assert.equal(await check(app(key), 'prof', forged), null, 'a login swapped in');
    assert.equal(await check(app(key), 'eleve', `${good}x`), null);
  });

  it('expire after 180 days', async () => {
    const cookie = cookieOf(await app(key).request('/api/auth/issue?login=eleve', { method: 'POST' }));
    assert.ok(await check(app(key, () => new Date(NOW.getTime() + 179 * 86_400_000)), 'eleve', cookie));
    assert.equal(await check(app(key, () => new Date(NOW.getTime() + 181 * 86_400_000)), 'eleve', cookie), null);
  });

  it('keep the entries of the last few logins of the browser, and renew the one that logs in', async () => {
    const a = app(key);
    let cookie = '';
    for (const login of ['eleve', 'parent', 'prof']) {
      cookie = cookieOf(await a.request(`/api/auth/issue?login=${login}`, { method: 'POST', headers: cookie ? { Cookie: cookie } : {} }));
    }
    const first = await check(a, 'eleve', cookie);
    assert.ok(first && (await check(a, 'parent', cookie)) && (await check(a, 'prof', cookie)));
    cookie = cookieOf(await a.request('/api/auth/issue?login=eleve', { method: 'POST', headers: { Cookie: cookie } }));
    const renewed = await check(a, 'eleve', cookie);
    assert.ok(renewed && renewed !== first);
    for (let i = 0; i < 6; i++) cookie = cookieOf(await a.request(`/api/auth/issue?login=u${i}`, { method: 'POST', headers: { Cookie: cookie } }));
    assert.equal(await check(a, 'eleve', cookie), null, 'at most five entries');
    assert.ok(await check(a, 'u5', cookie));
  });
});

for (const backend of backends) {
  describe(`the signing key on ${backend.name}`, () => {
    it('is made once and kept in the database, so every instance agrees; TUILES_SECRET replaces it', async () => {
      const db = await backend.fresh();
      try {
        const [a, b] = await Promise.all([serverSecret(db.store, undefined, NOW), serverSecret(db.store, undefined, NOW)]);
        assert.deepEqual(a, b);
        assert.equal(a.length, 32);
        const again = await serverSecret(db.store, undefined, NOW);
        assert.deepEqual(again, a);
        const configured = await serverSecret(db.store, 'x'.repeat(40), NOW);
        assert.notDeepEqual(configured, a);
        assert.deepEqual(await serverSecret(db.store, 'x'.repeat(40), NOW), configured);
      } finally {
        await db.drop();
      }
    });
  });
}
