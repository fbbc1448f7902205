import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { BASE, finish, type TestApp } from '../requests.ts';

for (const backend of backends) {
  describe(`article and event pages on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    it('renders a public article as a French HTML page', async () => {
      const res = await t.request(`${BASE}/sites/college-test/articles/a-cdi-1`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /text\/html/);
      const page = await res.text();
      assert.match(page, /<html lang="fr">/);
      assert.match(page, /<h1>Prix des lecteurs<\/h1>/);
      assert.doesNotMatch(page, /<script>alert/);
      assert.match(res.headers.get('content-security-policy')!, /default-src 'none'/);
    });
    it('answers a private article with the same 404 page as a missing one', async () => {
      const secret = await t.request(`${BASE}/sites/college-test/articles/a-profs-1`);
      const missing = await t.request(`${BASE}/sites/college-test/articles/nope`);
      assert.equal(secret.status, 404);
      const page = await secret.text();
      assert.equal(page, await missing.text());
      assert.match(page, /<a href="\/moi">Connectez-vous<\/a>/);
    });
    it('renders the private article for a reader, privately', async () => {
      const res = await t.request(`${BASE}/sites/college-test/articles/a-profs-1`, { headers: { Cookie: await t.login('prof') } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'private, no-store');
      assert.match(await res.text(), /Conseil pédagogique/);
    });
    it('renders a public event with its place, and hides a private one', async () => {
      const res = await t.request(`${BASE}/sites/college-test/events/e-ongoing`);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /Lieu : Gymnase/);
      assert.equal((await t.request(`${BASE}/sites/college-test/events/e-profs`)).status, 404);
    });

    it('may not be framed, and keep their address to themselves, errors included', async () => {
      const pages = [
        await t.request(`${BASE}/sites/college-test/articles/a-cdi-1`),
        await t.request(`${BASE}/sites/college-test/events/e-ongoing`),
        await t.request(`${BASE}/sites/college-test/articles/a-profs-1`, { headers: { Cookie: await t.login('prof') } }),
        await t.request(`${BASE}/sites/college-test/articles/nope`),
      ];
      assert.deepEqual(pages.map((r) => r.status), [200, 200, 200, 404]);
      for (const res of pages) {
        assert.match(res.headers.get('content-security-policy')!, /frame-ancestors 'none'/);
        assert.match(res.headers.get('content-security-policy')!, /default-src 'none'/);
        assert.equal(res.headers.get('x-frame-options'), 'DENY');
        assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      }
    });
  });
}
