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
        // A pupil writes nowhere: no link to /admin.
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

    it('answers a wrong password and an unknown login alike (status, body, headers, no cookie), both held to the failure floor', async () => {
      const waits: number[] = [];
      // The clock stands still; the timer records what it is asked and returns at once.
      const clock = { now: () => 0, random: () => 0, sleep: async (ms: number) => void waits.push(ms) };
      const held = await testApp(backend, undefined, { loginLimits: { ...defaultLoginLimits, failureFloorMs: 1_000 }, passwordClock: clock });
      try {
        const attempt = (login: string) => held.request(`${BASE}/api/auth/login`, json({ login, password: 'nope-nope' }));
        for (let i = 0; i < 4; i++) await attempt('prof'); // the gate times a few real checks first
        waits.length = 0;
        const wrong = await attempt('eleve');
        assert.deepEqual(waits, [1_000], 'a wrong password: held until the floor');
        waits.length = 0;
        const unknown = await attempt('personne');
        assert.deepEqual(waits, [0, 1_000], 'an unknown login: the imitated check (its timings took no time on this clock), then the floor');
        const headersOf = (res: Response) => [...res.headers].filter(([name]) => name !== 'date');
        assert.equal(unknown.status, 401);
        assert.deepEqual([unknown.status, headersOf(unknown), await unknown.json()], [wrong.status, headersOf(wrong), await wrong.json()]);
        assert.equal(unknown.headers.get('set-cookie'), null);
        waits.length = 0;
        for (let i = 0; i < 10; i++) await attempt('perso');
        const refused = await attempt('perso');
        assert.equal(refused.status, 429);
        assert.equal(waits.at(-1), 1_000, 'a refusal is held too');
      } finally {
        await finish(held);
      }
    });

    it('answers an unknown login after a timer as long as a real check, taking no place in the password gate', async () => {
      const waits: number[] = [];
      const release: (() => void)[] = [];
      let hold = false;
      const clock = {
        now: () => performance.now(),
        random: () => Math.random(),
        sleep: (ms: number) => {
          waits.push(ms);
          return hold ? new Promise<void>((resolve) => release.push(resolve)) : Promise.resolve();
        },
      };
      // One check at a time and no queue: a made-up login taking a place would keep the next one out.
      const tight = await testApp(backend, undefined, { loginLimits: { ...defaultLoginLimits, hashConcurrency: 1, hashQueue: 0, failureFloorMs: 0 }, passwordClock: clock });
      try {
        let longest = 0;
        for (let i = 0; i < 4; i++) {
          const started = performance.now();
          assert.equal((await tight.request(`${BASE}/api/auth/login`, json({ login: 'prof', password: 'nope-nope' }))).status, 401);
          longest = Math.max(longest, performance.now() - started);
        }
        hold = true;
        const unknowns = ['personne-1', 'personne-2', 'personne-3'].map((login) => tight.request(`${BASE}/api/auth/login`, json({ login, password: 'nope-nope' })));
        while (release.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
        for (const wait of waits) assert.ok(wait > 0 && wait <= longest, `waits ${waits} as long as a real check (each whole request took at most ${longest} ms)`);
        const right = await tight.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: PASSWORD }));
        assert.equal(right.status, 200, 'the gate is free for a real login while the made-up ones wait');
        for (const resolve of release) resolve();
        assert.deepEqual((await Promise.all(unknowns)).map((r) => r.status), [401, 401, 401]);
      } finally {
        await finish(tight);
      }
    });

    it('refuses before reading the body when the gate is full and the request holds no device cookie', async () => {
      const busy = await testApp(backend, undefined, { loginLimits: { ...defaultLoginLimits, hashConcurrency: 1, hashQueue: 0, failureFloorMs: 0 } });
      try {
        let checking = true;
        const slow = Promise.resolve(busy.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: 'nope-nope' }))).finally(() => (checking = false));
        const garbage = () => busy.request(`${BASE}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login: '' }) });
        // Until the slow check has its place, the body is read and refused (400: an empty login); once it has, 503 before reading.
        let res = await garbage();
        while (res.status === 400 && checking) {
          await new Promise((resolve) => setTimeout(resolve, 1)); // the check's end is a timer's turn away
          res = await garbage();
        }
        assert.equal(res.status, 503);
        assert.equal(res.headers.get('retry-after'), '1');
        assert.equal((await slow).status, 401);
      } finally {
        await finish(busy);
      }
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
