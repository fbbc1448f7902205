import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { BASE, PUBLIC_HOME, finish, type TestApp } from '../requests.ts';

for (const backend of backends) {
  describe(`the session middleware on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    it('treats an unknown session cookie as anonymous', async () => {
      const me = await t.getJson(`${BASE}/api/me`, 'tuiles_session=forged');
      assert.equal(me.res.status, 401);
      const page = await t.request(PUBLIC_HOME, { headers: { Cookie: 'tuiles_session=forged' } });
      assert.match(page.headers.get('cache-control')!, /^public/);
    });
  });
}
