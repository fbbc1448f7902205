import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { NOW, PASSWORD } from '../../support/fixtures.ts';
import { defaultLoginLimits } from '../../../../server/auth/login-brake.ts';
import { BASE, json, finish, type TestApp } from '../requests.ts';

for (const backend of backends) {
  describe(`login and logout on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    it('logs in with an HttpOnly SameSite=Lax session cookie, and /api/me says who', async () => {
      const res = await t.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: PASSWORD }));
      assert.equal(res.status, 200);
      const cookie = res.headers.get('set-cookie')!;
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/);
      const me = await t.getJson(`${BASE}/api/me`, cookie.split(';')[0]);
      assert.equal(me.res.status, 200);
      assert.equal(me.res.headers.get('cache-control'), 'private, no-store');
      assert.deepEqual(me.body, {
        login: 'eleve',
        displayName: 'Élève Un',
        profile: 'eleve',
        niveau: '6e',
        fonction: null,
        site: { slug: 'college-test', name: 'Collège Test' },
        may: { admin: false, write: false, moderate: false, manageRubriques: false },
      });
    });

    it('marks the cookie Secure behind HTTPS', async () => {
      const res = await t.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: PASSWORD }, { 'X-Forwarded-Proto': 'https' }));
      assert.match(res.headers.get('set-cookie')!, /Secure/);
    });

    it('gives the same generic error for a wrong password and an unknown login', async () => {
      const wrong = await t.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: 'nope-nope' }));
      const unknown = await t.request(`${BASE}/api/auth/login`, json({ login: 'personne', password: 'nope-nope' }));
      assert.equal(wrong.status, 401);
      assert.equal(unknown.status, 401);
      assert.deepEqual(await wrong.json(), await unknown.json());
      assert.equal(wrong.headers.get('set-cookie'), null);
    });

    it('slows down password guessing with 429 after repeated failures', async () => {
      let last: Response | undefined;
      for (let i = 0; i < 11; i++) last = await t.request(`${BASE}/api/auth/login`, json({ login: 'invite', password: 'mauvais-mdp' }));
      assert.equal(last!.status, 429);
      assert.equal((await last!.json()).error.code, 'too_many_attempts');
      assert.match(last!.headers.get('retry-after')!, /^\d+$/);
      // Even the right password waits until the window has passed.
      const right = await t.request(`${BASE}/api/auth/login`, json({ login: 'invite', password: PASSWORD }));
      assert.equal(right.status, 429);
    });

    it('lets no burst of parallel guesses past the limit', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, () => t.request(`${BASE}/api/auth/login`, json({ login: 'perso', password: 'mauvais-mdp' }))),
      );
      const statuses = results.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 401).length, 10);
      assert.equal(statuses.filter((s) => s === 429).length, 10);
    });

    it('ends the previous session of the browser when it logs in again', async () => {
      const first = await t.login('eleve2');
      const res = await t.request(`${BASE}/api/auth/login`, { ...json({ login: 'eleve2', password: PASSWORD }), headers: { 'Content-Type': 'application/json', Cookie: first } });
      assert.equal(res.status, 200);
      assert.equal((await t.getJson(`${BASE}/api/me`, first)).res.status, 401);
    });

    it('logs out: the session is gone on the server, not only in the browser', async () => {
      const cookie = await t.login('parent');
      const out = await t.request(`${BASE}/api/auth/logout`, { method: 'POST', headers: { Cookie: cookie } });
      assert.equal(out.status, 204);
      assert.match(out.headers.get('set-cookie')!, /tuiles_session=;/);
      const me = await t.getJson(`${BASE}/api/me`, cookie);
      assert.equal(me.res.status, 401);
    });

    const deviceCookieOf = (res: Response) => /tuiles_device=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];

    it("lets the owner's browser through a lockout with its device cookie; others still wait", async () => {
      const first = await t.request(`${BASE}/api/auth/login`, json({ login: 'invite', password: PASSWORD }));
      const device = deviceCookieOf(first);
      assert.ok(device, 'a successful login leaves a device cookie');
      for (let i = 0; i < 11; i++) await t.request(`${BASE}/api/auth/login`, json({ login: 'invite', password: 'mauvais-mdp' }));
      const stranger = await t.request(`${BASE}/api/auth/login`, json({ login: 'invite', password: PASSWORD }));
      assert.equal(stranger.status, 429);
      const owner = await t.request(`${BASE}/api/auth/login`, json({ login: 'invite', password: PASSWORD }, { Cookie: device! }));
      assert.equal(owner.status, 200);
      assert.ok(deviceCookieOf(owner) && deviceCookieOf(owner) !== device, 'the device cookie is renewed');
      const otherLogin = await t.request(`${BASE}/api/auth/login`, json({ login: 'invite', password: PASSWORD }, { Cookie: device!.replace(/=.*/, '=') + 'forged.cookie.1.x' }));
      assert.equal(otherLogin.status, 429, 'a forged device cookie does not help');
    });

    it("does not let another login's device cookie through", async () => {
      const device = deviceCookieOf(await t.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: PASSWORD })));
      for (let i = 0; i < 10; i++) await t.request(`${BASE}/api/auth/login`, json({ login: 'invite', password: 'mauvais-mdp' }));
      const res = await t.request(`${BASE}/api/auth/login`, json({ login: 'invite', password: PASSWORD }, { Cookie: device! }));
      assert.equal(res.status, 429);
    });

    it('answers 503 with Retry-After when every password check is taken, without counting the attempt', async () => {
      const busy = await testApp(backend, undefined, { loginLimits: { ...defaultLoginLimits, hashConcurrency: 1, hashQueue: 0 } });
      try {
        const results = await Promise.all(
          ['personne-1', 'personne-2', 'personne-3'].map((login) => busy.request(`${BASE}/api/auth/login`, json({ login, password: 'x' }))),
        );
        const refused = results.filter((r) => r.status === 503);
        assert.ok(refused.length >= 1, `statuses ${results.map((r) => r.status)}`);
        assert.equal(refused[0].headers.get('retry-after'), '1');
        assert.equal((await refused[0].json()).error.code, 'busy');
        assert.equal(results.filter((r) => r.status === 401).length, 3 - refused.length);
        const counted = await Promise.all(['personne-1', 'personne-2', 'personne-3'].map((login) => busy.store.loginAttempts.count(`login|${login}`)));
        assert.equal(counted.reduce((sum, n) => sum + n, 0), 3 - refused.length, 'refused attempts are not counted');
        assert.equal((await busy.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: PASSWORD }))).status, 200);
      } finally {
        await finish(busy);
      }
    });

    it('puts a per-minute ceiling on one address (TUILES_LOGIN_PER_ADDRESS_PER_MINUTE), with Retry-After', async () => {
      const small = await testApp(backend, undefined, { loginLimits: { ...defaultLoginLimits, perAddressPerMinute: 5 } });
      try {
        for (let i = 0; i < 5; i++) assert.equal((await small.request(`${BASE}/api/auth/login`, json({ login: `x${i}`, password: 'x' }))).status, 401);
        const res = await small.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: PASSWORD }));
        assert.equal(res.status, 429);
        assert.equal(res.headers.get('retry-after'), '60');
        small.setNow(new Date(NOW.getTime() + 61_000));
        assert.equal((await small.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: PASSWORD }))).status, 200);
      } finally {
        await finish(small);
      }
    });
  });
}
