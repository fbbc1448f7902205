import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { BASE, finish, type TestApp } from '../requests.ts';

for (const backend of backends) {
  describe(`errors on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    it('answers unknown API routes with a JSON 404', async () => {
      const { res, body } = await t.getJson(`${BASE}/api/nope`);
      assert.equal(res.status, 404);
      assert.equal(body.error.code, 'not_found');
    });

    it('marks every API answer nosniff: health, errors of every kind', async () => {
      const answers = [
        await t.request(`${BASE}/api/health`),
        await t.request(`${BASE}/api/nope`),
        await t.request(`${BASE}/nulle-part`),
        await t.request(`${BASE}/api/sites/nulle-part/pages/public-home`),
        await t.request(`${BASE}/api/sites/college-test/tiles/news?limit=0`),
        await t.request(`${BASE}/api/me`),
        await t.request(`${BASE}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' }),
      ];
      assert.deepEqual(answers.map((r) => r.status), [200, 404, 404, 404, 400, 401, 415]);
      for (const res of answers) {
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', res.url);
        assert.match(res.headers.get('content-type')!, /application\/json/);
      }
    });

    it('sends Retry-After with a 429, and lets embeds read anonymous errors', async () => {
      let last: Response | undefined;
      const attempt = () => t.request(`${BASE}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login: 'eleve', password: 'non' }) });
      for (let i = 0; i < 11; i++) last = await attempt();
      assert.equal(last!.status, 429);
      assert.match(last!.headers.get('retry-after')!, /^\d+$/);
      assert.equal(last!.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(last!.headers.get('cache-control'), 'no-store');
      const missing = await t.request(`${BASE}/api/sites/nulle-part/pages/public-home`);
      assert.equal(missing.headers.get('access-control-allow-origin'), '*');
    });
  });
}
