import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { BASE, json, finish, type TestApp } from '../requests.ts';

for (const backend of backends) {
  describe(`request bodies on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    it('refuses a body that is not JSON (415) or broken JSON (400)', async () => {
      const form = await t.request(`${BASE}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'login=eleve' });
      assert.equal(form.status, 415);
      const broken = await t.request(`${BASE}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"login":' });
      assert.equal(broken.status, 400);
      assert.equal((await broken.json()).error.code, 'invalid_json');
    });

    it('refuses an oversized body (413)', async () => {
      const res = await t.request(`${BASE}/api/auth/login`, json({ login: 'x'.repeat(70_000), password: 'y' }));
      assert.equal(res.status, 413);
      assert.equal((await res.json()).error.code, 'too_large');
    });
  });
}
