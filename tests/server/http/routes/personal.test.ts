import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { BASE, PUBLIC_HOME, finish, type TestApp } from '../requests.ts';

for (const backend of backends) {
  describe(`personal API on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    describe('personal-home', () => {
      const PERSONAL = `${BASE}/api/sites/college-test/pages/personal-home`;
      it('asks anonymous visitors to log in (401)', async () => {
        const { res, body } = await t.getJson(PERSONAL);
        assert.equal(res.status, 401);
        assert.equal(body.error.code, 'unauthorized');
        assert.equal(res.headers.get('cache-control'), 'no-store');
      });
      it('resolves the page for the logged-in viewer, privately', async () => {
        const { res, body } = await t.getJson(PERSONAL, await t.login('eleve'));
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('cache-control'), 'private, no-store');
        assert.equal(body.page.kind, 'personal-home');
        const news = body.page.tiles.find((x: { id: string }) => x.id === 'news');
        assert.ok(news.data.items.some((a: { id: string }) => a.id === 'a-6a-1'));
        assert.deepEqual(news.config.rubriques, ['actus', 'cdi', 'classe-6a']);
      });
    });
  });
}

describe('a user of another site', () => {
  it('sees only the public content of this site and may not open its personal page', async () => {
    const { schoolDocument } = await import('../../support/fixtures.ts');
    const { importSiteDocument } = await import('../../../../server/site-document/import.ts');
    const { sanitize } = await import('../../support/harness.ts');
    const { NOW } = await import('../../support/fixtures.ts');
    const t = await testApp(backends[0]);
    const other = schoolDocument({ site: { slug: 'autre-college', name: 'Autre', peertubeHosts: ['tube.example.fr'] } });
    other.users = other.users!.map((u) => ({ ...u, login: `${u.login}-autre` }));
    other.rubriques = other.rubriques!.map((r) => ({ ...r, rights: (r.rights ?? []).map((x) => ('user' in x ? { ...x, user: `${x.user}-autre` } : x)) }));
    await importSiteDocument(t.store, other, { now: NOW, sanitize });
    const cookie = await t.login('admin-autre');
    const page = await t.getJson(PUBLIC_HOME, cookie);
    assert.doesNotMatch(JSON.stringify(page.body), /a-profs-1|Conseil pédagogique/);
    const personal = await t.getJson(`${BASE}/api/sites/college-test/pages/personal-home`, cookie);
    assert.equal(personal.res.status, 403);
    await t.drop();
  });
});

describe('the personal page without preferences from the session', () => {
  it('reads the viewer\'s own from the store: a hidden tile stays hidden', async () => {
    const { schoolDocument, NOW } = await import('../../support/fixtures.ts');
    const { Hono } = await import('hono');
    const { personalRoutes } = await import('../../../../server/http/routes/personal.ts');
    const { PublicResponseCache } = await import('../../../../server/http/middleware/cache.ts');
    const { onError } = await import('../../../../server/http/middleware/errors.ts');
    const document = schoolDocument();
    document.pages!['personal-home'] = document.pages!['personal-home']!.map((tile) => (tile.id === 'portal' ? { ...tile, optional: true } : tile));
    const t = await testApp(backends[0], document);
    const [user] = await t.store.users.byLogin('eleve');
    await t.store.preferences.put(user.id, { rubriques: null, feeds: [], hiddenTiles: ['portal'], order: [] }, NOW);
    const ids = (body: { page: { tiles: { id: string }[] } }) => body.page.tiles.map((tile) => tile.id);

    // Through the app: the session middleware brings them.
    const withSession = await t.getJson(`${BASE}/api/sites/college-test/pages/personal-home`, await t.login('eleve'));
    assert.deepEqual(ids(withSession.body), ['news']);

    // A viewer set by another middleware, without them: the route reads them itself.
    const app = new Hono<import('../../../../server/http/middleware/session.ts').ViewerEnv>();
    app.onError(onError(() => {}));
    app.use(async (c, next) => {
      const { passwordHash: _, email: __, ...fields } = user;
      c.set('viewer', { kind: 'user', ...fields });
      c.set('preferences', undefined);
      await next();
    });
    app.route('/', personalRoutes(t.deps, new PublicResponseCache(0, t.deps.now)));
    const res = await app.request('/sites/college-test/pages/personal-home');
    assert.equal(res.status, 200);
    assert.deepEqual(ids((await res.json()) as { page: { tiles: { id: string }[] } }), ['news']);
    await t.drop();
  });
});

describe('personal pages over real HTTP', () => {
  it("gives each viewer their whole page and only theirs, private, while their answers share memory blocks", async () => {
    const { served } = await import('../../support/served.ts');
    const t = await testApp(backends[0]);
    const server = await served(t.app);
    try {
      const path = '/api/sites/college-test/pages/personal-home';
      const viewers = ['eleve', 'eleve2', 'parent', 'prof', 'perso'];
      const cookies = await Promise.all(viewers.map((login) => t.login(login)));
      // What each viewer's page is, asked alone through the app.
      const expected = await Promise.all(cookies.map(async (cookie) => (await t.getJson(`${BASE}${path}`, cookie)).body));
      assert.equal(new Set(expected.map((body) => JSON.stringify(body))).size, viewers.length, 'five different pages');
      // Many answers at once, interleaved: enough to fill several of the blocks they are cut from.
      const asks = Array.from({ length: 150 }, (_, i) => i % viewers.length);
      const answers = await Promise.all(
        asks.map(async (v) => {
          const res = await fetch(`${server.url}${path}`, { headers: { Cookie: cookies[v] } });
          const bytes = Buffer.from(await res.arrayBuffer());
          const headers = ['content-type', 'cache-control', 'vary', 'x-content-type-options'].map((name) => res.headers.get(name));
          return { v, status: res.status, length: Number(res.headers.get('content-length')), bytes, headers };
        }),
      );
      for (const { v, status, length, bytes, headers } of answers) {
        assert.equal(status, 200);
        // Written by the server as the answer was made: private, keyed on the cookie, nosniff.
        assert.deepEqual(headers, ['application/json', 'private, no-store', 'Cookie', 'nosniff']);
        assert.equal(length, bytes.byteLength, 'the answer alone, not the block around it');
        assert.deepEqual(JSON.parse(bytes.toString('utf8')), expected[v], `${viewers[v]}'s own page`);
      }
    } finally {
      await server.close();
      await t.drop();
    }
  });
});
