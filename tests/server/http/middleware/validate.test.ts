import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { BASE, json, finish, type TestApp } from '../requests.ts';

for (const backend of backends) {
  describe(`validation at the edge on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    it('names the missing field (400)', async () => {
      const res = await t.request(`${BASE}/api/auth/login`, json({ login: 'eleve' }));
      assert.equal(res.status, 400);
      const body = await res.json();
      assert.equal(body.error.code, 'invalid');
      assert.ok(body.error.fields.password);
    });

    it('says each fault in French, and keeps the messages a schema writes itself', async () => {
      const empty = await (await t.request(`${BASE}/api/auth/login`, json({ login: ' ' }))).json();
      assert.equal(empty.error.fields.login, 'Saisissez votre identifiant.', 'the schema\'s own message wins');
      assert.equal(empty.error.fields.password, 'champ requis');
      const long = await (await t.request(`${BASE}/api/auth/login`, json({ login: 'x'.repeat(101), password: 'p' }))).json();
      assert.equal(long.error.fields.login, '100 caractères au plus');
    });
  });
}
