/**
 * Routing: every route of the app is one Hono's regexp router takes. Hono picks it only
 * when all routes fit it, and otherwise falls back, silently, to its trie router, which
 * costs every API request several times more (~1 µs against 5–6 µs a match in a loop,
 * ~13 µs inside a request: README, benchmarks). A static segment beside a parameter (`pages/public-home`
 * beside `pages/:kind/source`) is what it refuses: such routes take a parameter and check it.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { BASE, finish, type TestApp } from '../requests.ts';

const sqlite = backends.find((b) => b.name === 'sqlite')!;

describe('routing', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp(sqlite);
  });
  after(() => finish(t));

  it("routes every request with Hono's regexp router", async () => {
    assert.equal((await t.request(`${BASE}/api/health`)).status, 200);
    assert.equal((t.app as unknown as { router: { name: string } }).router.name, 'SmartRouter + RegExpRouter');
  });

  it('answers each page kind on its own route, and 404 for a kind that does not exist', async () => {
    assert.equal((await t.request(`${BASE}/api/sites/college-test/pages/public-home`)).status, 200);
    const personal = await t.request(`${BASE}/api/sites/college-test/pages/personal-home`);
    assert.equal(personal.status, 401, 'the personal page asks to log in');
    const cookie = await t.login('eleve');
    assert.equal((await t.getJson(`${BASE}/api/sites/college-test/pages/personal-home`, cookie)).body.page.kind, 'personal-home');
    const unknown = await t.request(`${BASE}/api/sites/college-test/pages/autre-page`);
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { error: { code: string } }).error.code, 'not_found');
  });
});
