import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { PASSWORD } from '../support/fixtures.ts';

const BASE = 'http://localhost';
const PUBLIC_HOME = `${BASE}/api/sites/college-test/pages/public-home`;
const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

for (const backend of backends) {
  describe(`HTTP API on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    before(async () => {
      t = await testApp(backend);
    });
    after(() => t.drop());

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

      it('revalidates a tag a proxy marked weak', async () => {
        const etag = (await t.request(PUBLIC_HOME)).headers.get('etag')!;
        const again = await t.request(PUBLIC_HOME, { headers: { 'If-None-Match': `W/${etag}` } });
        assert.equal(again.status, 304);
      });

      it('answers 304 with no body when the ETag still matches', async () => {
        const first = await t.request(PUBLIC_HOME);
        const etag = first.headers.get('etag')!;
        const again = await t.request(PUBLIC_HOME, { headers: { 'If-None-Match': etag } });
        assert.equal(again.status, 304);
        assert.equal(await again.text(), '');
        assert.equal(again.headers.get('etag'), etag);
        const stale = await t.request(PUBLIC_HOME, { headers: { 'If-None-Match': '"something-else"' } });
        assert.equal(stale.status, 200);
      });

      it('sends the shared copy gzipped to browsers that accept it', async () => {
        const { gunzipSync } = await import('node:zlib');
        const plain = await (await t.request(PUBLIC_HOME)).text();
        const res = await t.request(PUBLIC_HOME, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
        assert.equal(res.headers.get('content-encoding'), 'gzip');
        assert.match(res.headers.get('vary')!, /Accept-Encoding/);
        const bytes = Buffer.from(await res.arrayBuffer());
        assert.ok(bytes.length < plain.length / 2);
        assert.equal(gunzipSync(bytes).toString(), plain);
        const etag = res.headers.get('etag')!;
        assert.match(etag, /^"[^"]+-gz"$/);
        const again = await t.request(PUBLIC_HOME, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag } });
        assert.equal(again.status, 304);
      });

      it('keeps the same ETag while the content stays the same, even past the cache lifetime', async () => {
        const a = (await t.request(PUBLIC_HOME)).headers.get('etag');
        t.app.publicCache.clear();
        const b = (await t.request(PUBLIC_HOME)).headers.get('etag');
        assert.equal(a, b);
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

    describe('auth', () => {
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
      it('names the missing field (400)', async () => {
        const res = await t.request(`${BASE}/api/auth/login`, json({ login: 'eleve' }));
        assert.equal(res.status, 400);
        const body = await res.json();
        assert.equal(body.error.code, 'invalid');
        assert.ok(body.error.fields.password);
      });
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
      it('refuses a login posted from another site (CSRF, 403)', async () => {
        const res = await t.request(`${BASE}/api/auth/login`, json({ login: 'eleve', password: PASSWORD }, { Origin: 'https://evil.example.com' }));
        assert.equal(res.status, 403);
        assert.equal((await res.json()).error.code, 'cross_origin');
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
      it('treats an unknown session cookie as anonymous', async () => {
        const me = await t.getJson(`${BASE}/api/me`, 'tuiles_session=forged');
        assert.equal(me.res.status, 401);
        const page = await t.request(PUBLIC_HOME, { headers: { Cookie: 'tuiles_session=forged' } });
        assert.match(page.headers.get('cache-control')!, /^public/);
      });
    });

    describe('article and event pages', () => {
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
    });

    it('answers unknown API routes with a JSON 404', async () => {
      const { res, body } = await t.getJson(`${BASE}/api/nope`);
      assert.equal(res.status, 404);
      assert.equal(body.error.code, 'not_found');
    });

    it('logged nothing unexpected', () => {
      assert.deepEqual(t.errors, []);
    });
  });
}

describe('a user of another site', () => {
  it('sees only the public content of this site and may not open its personal page', async () => {
    const { schoolDocument } = await import('../support/fixtures.ts');
    const { importSiteDocument } = await import('../../../server/site-document/import.ts');
    const { sanitize } = await import('../support/harness.ts');
    const { NOW } = await import('../support/fixtures.ts');
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
