import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { PASSWORD } from '../../support/fixtures.ts';
import { BASE, json, finish, type TestApp } from '../requests.ts';

for (const backend of backends) {
  describe(`the same-origin check on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    it('refuses a login posted from another site (CSRF, 403)', async () => {
      const res = await t.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: PASSWORD }, { Origin: 'https://evil.example.com' }));
      assert.equal(res.status, 403);
      assert.equal((await res.json()).error.code, 'cross_origin');
    });

    const login = (headers: Record<string, string>, app = t) => app.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: PASSWORD }, headers));

    it('compares the scheme: Origin https://localhost is refused by an http://localhost server', async () => {
      const res = await login({ Origin: 'https://localhost' });
      assert.equal(res.status, 403);
      assert.equal((await res.json()).error.code, 'cross_origin');
    });

    it('compares the port, and refuses opaque origins', async () => {
      assert.equal((await login({ Origin: 'http://localhost:8081' })).status, 403);
      assert.equal((await login({ Origin: 'null' })).status, 403);
      assert.equal((await login({ Origin: 'http://localhost:80' })).status, 200, 'the default port is the same origin');
    });

    it('lets the same origin through, https when the proxy in front says so', async () => {
      assert.equal((await login({ Origin: 'http://localhost' })).status, 200);
      assert.equal((await login({ Origin: 'https://localhost', 'X-Forwarded-Proto': 'https' })).status, 200);
      assert.equal((await login({ Origin: 'http://localhost', 'X-Forwarded-Proto': 'https' })).status, 403);
    });

    it('compares with TUILES_PUBLIC_ORIGIN when it is set', async () => {
      const proxied = await testApp(backend, undefined, { publicOrigin: 'https://ent.example' });
      try {
        assert.equal((await login({ Origin: 'https://ent.example' }, proxied)).status, 200);
        assert.equal((await login({ Origin: 'http://ent.example' }, proxied)).status, 403);
        assert.equal((await login({ Origin: 'https://ent.example:8443' }, proxied)).status, 403);
        assert.equal((await login({ Origin: 'http://localhost' }, proxied)).status, 403);
      } finally {
        await finish(proxied);
      }
    });
  });
}
