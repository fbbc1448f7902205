import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { BASE, PUBLIC_HOME, finish, type TestApp } from '../requests.ts';

for (const backend of backends) {
  describe(`public API on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    it('answers the health check', async () => {
      const { res, body } = await t.getJson(`${BASE}/api/health`);
      assert.equal(res.status, 200);
      assert.deepEqual(body, { status: 'ok' });
    });

    it('lists the sites by slug and name', async () => {
      const { res, body } = await t.getJson(`${BASE}/api/sites`);
      assert.equal(res.status, 200);
      assert.deepEqual(body, { sites: [{ slug: 'college-test', name: 'Collège Test' }] });
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
    });

    describe('public-home', () => {
      it('is shared by every anonymous visitor: public cache, strong ETag, any origin, no credentials', async () => {
        const res = await t.request(PUBLIC_HOME, { headers: { Origin: 'https://mairie.example.fr' } });
        assert.equal(res.status, 200);
        assert.match(res.headers.get('cache-control')!, /^public, max-age=\d+$/);
        assert.match(res.headers.get('etag')!, /^"[^"]+"$/);
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
        assert.equal(res.headers.get('access-control-allow-credentials'), null);
        assert.match(res.headers.get('vary')!, /Cookie/);
        const body = await res.json();
        assert.deepEqual(body.site, { slug: 'college-test', name: 'Collège Test' });
        assert.deepEqual(
          body.page.tiles.map((x: { id: string; type: string }) => `${x.id}:${x.type}`),
          ['top:top', 'news:news', 'selection:selection', 'agenda:agenda', 'embed:embed', 'text:text'],
        );
      });

      it('is private and never stored once the viewer is logged in', async () => {
        const cookie = await t.login('prof');
        const res = await t.request(PUBLIC_HOME, { headers: { Cookie: cookie } });
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('cache-control'), 'private, no-store');
        assert.equal(res.headers.get('etag'), null);
        assert.equal(res.headers.get('access-control-allow-origin'), null);
        const body = await res.json();
        assert.equal(body.page.tiles.find((x: { id: string }) => x.id === 'top').data.article.id, 'a-profs-1');
        // ...and the anonymous copy did not pick it up.
        const anon = await (await t.request(PUBLIC_HOME)).text();
        assert.doesNotMatch(anon, /a-profs-1/);
      });

      it('answers 404 with an error body for an unknown site', async () => {
        const { res, body } = await t.getJson(`${BASE}/api/sites/nulle-part/pages/public-home`);
        assert.equal(res.status, 404);
        assert.equal(body.error.code, 'not_found');
        assert.match(body.error.message, /nulle-part/);
        assert.equal(res.headers.get('access-control-allow-origin'), '*', 'an embed on another site can read the error');
      });

      it('answers 404 for an unknown page kind', async () => {
        const { res, body } = await t.getJson(`${BASE}/api/sites/college-test/pages/admin`);
        assert.equal(res.status, 404);
        assert.equal(body.error.code, 'not_found');
      });
    });

    describe('ad hoc tiles for embeds', () => {
      it('resolves a news tile from the query, anonymously', async () => {
        const { res, body } = await t.getJson(`${BASE}/api/sites/college-test/tiles/news?rubriques=cdi,profs&limit=5`);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
        assert.equal(body.tile.type, 'news');
        assert.deepEqual(body.tile.data.items.map((a: { id: string }) => a.id), ['a-cdi-1']);
        assert.deepEqual(body.tile.config.rubriques, ['cdi']);
      });
      it('honours limit', async () => {
        const { body } = await t.getJson(`${BASE}/api/sites/college-test/tiles/news?rubriques=actus,cdi&limit=1`);
        assert.equal(body.tile.data.items.length, 1);
      });
      it('resolves an agenda tile', async () => {
        const { res, body } = await t.getJson(`${BASE}/api/sites/college-test/tiles/agenda?rubriques=actus,agenda-only,profs`);
        assert.equal(res.status, 200);
        assert.deepEqual(body.tile.data.items.map((e: { id: string }) => e.id), ['e-ongoing', 'e-soon']);
      });
      it("resolves a selection in the caller's order, leaving out what the viewer may not read", async () => {
        const { res, body } = await t.getJson(`${BASE}/api/sites/college-test/tiles/selection?articles=a-public-1,a-profs-1,nope,a-cdi-1`);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
        assert.deepEqual(body.tile.data.items.map((a: { id: string }) => a.id), ['a-public-1', 'a-cdi-1']);
        assert.deepEqual(body.tile.config.articles, ['a-public-1', 'a-cdi-1']);
        assert.doesNotMatch(JSON.stringify(body), /a-profs-1|Conseil/);
        const reader = await t.getJson(`${BASE}/api/sites/college-test/tiles/selection?articles=a-profs-1`, await t.login('prof'));
        assert.deepEqual(reader.body.tile.data.items.map((a: { id: string }) => a.id), ['a-profs-1']);
      });
      for (const query of ['', 'articles=', 'articles=pas%20un%20id', `articles=${Array.from({ length: 51 }, (_, i) => `a${i}`).join(',')}`]) {
        it(`answers 400 naming "articles" for a selection with ?${query.slice(0, 30)}`, async () => {
          const { res, body } = await t.getJson(`${BASE}/api/sites/college-test/tiles/selection?${query}`);
          assert.equal(res.status, 400);
          assert.ok(body.error.fields.articles);
        });
      }
      it('answers an unknown rubrique exactly like a private one', async () => {
        const unknown = await t.getJson(`${BASE}/api/sites/college-test/tiles/news?rubriques=inconnue`);
        const secret = await t.getJson(`${BASE}/api/sites/college-test/tiles/news?rubriques=profs`);
        assert.equal(unknown.res.status, 200);
        assert.deepEqual(unknown.body.tile.data, secret.body.tile.data);
        assert.deepEqual(secret.body.tile.data.items, []);
        assert.deepEqual(secret.body.tile.config.rubriques, []);
      });
      for (const [query, field] of [
        ['', 'rubriques'],
        ['rubriques=Pas%20un%20slug', 'rubriques'],
        ['rubriques=cdi&limit=0', 'limit'],
        ['rubriques=cdi&limit=51', 'limit'],
        ['rubriques=cdi&limit=deux', 'limit'],
        ['rubriques=cdi&limit=0x5', 'limit'],
        ['rubriques=cdi&limit=5.0', 'limit'],
        [`rubriques=${Array.from({ length: 201 }, (_, i) => `r${i}`).join(',')}`, 'rubriques'],
      ]) {
        it(`answers 400 naming "${field}" for ?${query.slice(0, 40)}`, async () => {
          const { res, body } = await t.getJson(`${BASE}/api/sites/college-test/tiles/news?${query}`);
          assert.equal(res.status, 400);
          assert.equal(body.error.code, 'invalid');
          assert.ok(body.error.fields[field]);
        });
      }
      it('answers the preflight of another origin', async () => {
        const res = await t.request(`${BASE}/api/sites/college-test/tiles/news?rubriques=cdi`, {
          method: 'OPTIONS',
          headers: { Origin: 'https://mairie.example.fr', 'Access-Control-Request-Method': 'GET' },
        });
        assert.equal(res.status, 204);
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
      });
    });

    describe('articles', () => {
      it('serves a public article with its sanitized body', async () => {
        const { res, body } = await t.getJson(`${BASE}/api/sites/college-test/articles/a-cdi-1`);
        assert.equal(res.status, 200);
        assert.equal(body.article.body, '<p>Prix</p>');
      });
      it('answers a private article like a missing one for anonymous visitors', async () => {
        const secret = await t.getJson(`${BASE}/api/sites/college-test/articles/a-profs-1`);
        const missing = await t.getJson(`${BASE}/api/sites/college-test/articles/nope`);
        assert.equal(secret.res.status, 404);
        assert.deepEqual(secret.body, missing.body);
      });
      it('serves the private article to a reader of its rubrique', async () => {
        const { res } = await t.getJson(`${BASE}/api/sites/college-test/articles/a-profs-1`, await t.login('prof'));
        assert.equal(res.status, 200);
      });
      it('hides drafts from everyone, even a reader', async () => {
        const { res } = await t.getJson(`${BASE}/api/sites/college-test/articles/a-public-draft`, await t.login('admin'));
        assert.equal(res.status, 404);
      });
    });
  });
}
