/**
 * The server-rendered portal pages: `/` (default site), `/sites/:site/`, `/moi`, and the
 * item pages' shared layout. The homepage is an anonymous shared answer: ETag, 304,
 * brotli or gzip by q-values, cleared by a content change; never shared with a
 * logged-in viewer.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { backends } from '../../support/backends.ts';
import { sanitize, testApp } from '../../support/harness.ts';
import { NOW, schoolDocument } from '../../support/fixtures.ts';
import { importSiteDocument } from '../../../../server/site-document/import.ts';
import { preferredEncoding } from '../../../../server/render/negotiate.ts';
import { capabilitiesSchool, staff } from '../../authoring/capabilities-school.ts';

const embeddedPage = (html: string) => {
  const match = /<script type="application\/json" id="tuiles-page-data">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(match, 'the page data is embedded');
  return JSON.parse(match[1]);
};

describe('Accept-Encoding q-values', () => {
  it('picks the coding the client prefers, ours (br, gzip) on a tie, identity when all is refused', () => {
    assert.equal(preferredEncoding(undefined), 'identity');
    assert.equal(preferredEncoding(''), 'identity');
    assert.equal(preferredEncoding('gzip, deflate, br'), 'br');
    assert.equal(preferredEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(preferredEncoding('gzip;q=1, br;q=0.5'), 'gzip');
    assert.equal(preferredEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(preferredEncoding('BR;Q=0.9, GZIP;Q=0.8'), 'br');
    assert.equal(preferredEncoding('gzip;q=0, br;q=0'), 'identity');
    assert.equal(preferredEncoding('*'), 'br');
    assert.equal(preferredEncoding('*;q=0.5, br;q=0'), 'gzip');
    assert.equal(preferredEncoding('identity'), 'identity');
    assert.equal(preferredEncoding('deflate'), 'identity');
    assert.equal(preferredEncoding('gzip;q=2'), 'identity', 'an invalid q is a refusal');
    assert.equal(preferredEncoding('*;q=0'), 'identity');
  });
});

for (const backend of backends) {
  describe(`server-rendered pages on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    before(async () => {
      t = await testApp(backend, schoolDocument(), { publicMaxAge: 15, publicOrigin: 'https://ent.example' });
    });
    after(() => t.drop());

    it('renders / for the only site: every public tile in the HTML, its data embedded as the API gives it', async () => {
      const res = await t.request('/');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^text\/html/);
      const html = await res.text();
      assert.match(html, /<title>Collège Test — Accueil<\/title>/);
      assert.match(html, /<meta name="description" content="Collège Test : actualités/);
      assert.match(html, /<link rel="canonical" href="https:\/\/ent\.example\/">/);
      assert.match(html, /<meta property="og:title" content="Collège Test — Accueil">/);
      assert.match(html, /<tuiles-page[^>]*site="college-test"/);
      assert.match(html, /shadowrootmode="open"/, 'declarative shadow DOM');
      for (const title of ['Cross du collège', 'Semaine du goût', 'Prix des lecteurs', 'En cours', 'Bientôt', 'Horaires']) assert.ok(html.includes(title), title);
      // The link of a news item works without JavaScript: a path on this portal.
      assert.match(html, /href="\/sites\/college-test\/articles\/a-public-1"/);
      // Nothing private, and the sanitizer's work kept.
      for (const secret of ['Conseil pédagogique', 'Secret profs', 'Sortie 6e A', 'Réunion parents', 'Conseil de classe', 'javascript:alert']) {
        assert.ok(!html.includes(secret), `leaks ${secret}`);
      }
      const { body } = await t.getJson('/api/sites/college-test/pages/public-home');
      assert.deepEqual(embeddedPage(html), body);
    });

    it('shares one copy with an ETag, answers 304, and sends brotli or gzip by q-values', async () => {
      const plain = await t.request('/', { headers: { 'Accept-Encoding': 'identity' } });
      const text = await plain.text();
      const etag = plain.headers.get('etag')!;
      assert.match(etag, /^"[\w-]+"$/);
      assert.equal(plain.headers.get('cache-control'), 'public, max-age=15');
      assert.equal(plain.headers.get('vary'), 'Cookie, Accept-Encoding');
      assert.equal(plain.headers.get('content-encoding'), null);

      const br = await t.request('/', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      assert.equal(br.headers.get('content-encoding'), 'br');
      assert.equal(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString(), text);
      const gz = await t.request('/', { headers: { 'Accept-Encoding': 'br;q=0.5, gzip' } });
      assert.equal(gz.headers.get('content-encoding'), 'gzip');
      assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString(), text);
      const refused = await t.request('/', { headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' } });
      assert.equal(refused.headers.get('content-encoding'), null);
      assert.equal(await refused.text(), text);
      // One tag per set of bytes.
      assert.equal(new Set([etag, br.headers.get('etag'), gz.headers.get('etag')]).size, 3);

      const again = await t.request('/', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.get('etag')! } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), br.headers.get('etag'));
      const weak = await t.request('/', { headers: { 'If-None-Match': `W/${etag}` } });
      assert.equal(weak.status, 304);
      // The gzip tag does not validate the brotli bytes.
      const other = await t.request('/', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': gz.headers.get('etag')! } });
      assert.equal(other.status, 200);
    });

    it('builds the copy once per content change', async () => {
      const before = await t.request('/', { headers: { 'Accept-Encoding': 'identity' } });
      const site = (await t.store.sites.bySlug('college-test'))!;
      await t.handle.db.updateTable('sites').set({ name: 'Collège Renommé' }).where('id', '=', site.id).execute();
      // Not announced: the shared copy is still served.
      const stale = await t.request('/', { headers: { 'Accept-Encoding': 'identity' } });
      assert.equal(stale.headers.get('etag'), before.headers.get('etag'));
      t.deps.changes.changed(site.id);
      const fresh = await t.request('/', { headers: { 'Accept-Encoding': 'identity' } });
      assert.notEqual(fresh.headers.get('etag'), before.headers.get('etag'));
      assert.match(await fresh.text(), /<title>Collège Renommé — Accueil<\/title>/);
      await t.handle.db.updateTable('sites').set({ name: 'Collège Test' }).where('id', '=', site.id).execute();
      t.deps.changes.changed(site.id);
    });

    it('renders a logged-in viewer their own page, privately, never the shared copy', async () => {
      await t.request('/'); // the shared copy exists
      const cookie = await t.login('prof');
      const res = await t.request('/', { headers: { Cookie: cookie, 'Accept-Encoding': 'identity' } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'private, no-store');
      assert.equal(res.headers.get('etag'), null);
      const html = await res.text();
      assert.ok(html.includes('Conseil pédagogique'), 'the teacher reads the staff article on the top band');
      const { body } = await t.getJson('/api/sites/college-test/pages/public-home', cookie);
      assert.deepEqual(embeddedPage(html), body);
      assert.match(html, /class="header-link" href="\/moi">Mon espace</);
      // And the anonymous copy did not take the teacher's view.
      assert.ok(!(await (await t.request('/')).text()).includes('Conseil pédagogique'));
    });

    it('over @hono/node-server, answers the shared copy before the router to a visitor without cookie, and never to a logged-in one', async () => {
      // The path browsers take: createApp reads the headers Node parsed (env.incoming), not app.request's.
      const server = await new Promise<ReturnType<typeof serve>>((done) => {
        const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => done(s));
      });
      try {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const first = await fetch(`${base}/`, { headers: { 'Accept-Encoding': 'gzip' } });
        const shared = await first.text();
        const etag = first.headers.get('etag')!;
        assert.equal(first.headers.get('cache-control'), 'public, max-age=15');
        const again = await fetch(`${base}/`, { headers: { 'Accept-Encoding': 'gzip' } });
        assert.equal(again.headers.get('etag'), etag);
        assert.equal(again.headers.get('content-encoding'), 'gzip');
        assert.match(again.headers.get('content-security-policy')!, /default-src 'self'/);
        assert.equal(await again.text(), shared);
        assert.equal((await fetch(`${base}/`, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag } })).status, 304);

        const cookie = await t.login('prof');
        for (const headers of [{ Cookie: cookie }, { Cookie: `theme=dark; ${cookie}` }]) {
          const mine = await fetch(`${base}/`, { headers: { ...headers, 'Accept-Encoding': 'gzip', 'If-None-Match': etag } });
          assert.equal(mine.status, 200, 'a logged-in viewer is never told their page is the shared one');
          assert.equal(mine.headers.get('cache-control'), 'private, no-store');
          assert.equal(mine.headers.get('etag'), null);
          assert.ok((await mine.text()).includes('Conseil pédagogique'));
        }
        // A cookie that names no session: anonymous, through the routes, the same shared copy.
        const stranger = await fetch(`${base}/`, { headers: { Cookie: 'theme=dark', 'Accept-Encoding': 'gzip' } });
        assert.equal(stranger.headers.get('etag'), etag);
      } finally {
        await new Promise((done) => server.close(done));
      }
    });

    it('serves /sites/:site/, redirects /sites/:site and /?site=, and answers an unknown site with a 404 page', async () => {
      const res = await t.request('/sites/college-test/');
      assert.equal(res.status, 200);
      assert.match(await res.text(), /<link rel="canonical" href="https:\/\/ent\.example\/sites\/college-test\/">/);
      const bare = await t.request('/sites/college-test');
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.get('location'), '/sites/college-test/');
      const legacy = await t.request('/?site=college-test');
      assert.equal(legacy.status, 301);
      assert.equal(legacy.headers.get('location'), '/sites/college-test/');
      const missing = await t.request('/sites/college-inconnu/');
      assert.equal(missing.status, 404);
      assert.match(missing.headers.get('content-type')!, /^text\/html/);
      assert.match(await missing.text(), /Cette page est introuvable/);
      assert.equal((await t.request('/sites/Pas%20un%20slug/')).status, 404);
    });

    it('/moi: the login form for a visitor, the greeting (no form) for a logged-in user', async () => {
      const anonymous = await (await t.request('/moi')).text();
      assert.match(anonymous, /<section class="login" id="login" aria-labelledby="login-title">/);
      assert.match(anonymous, /<section id="space" aria-labelledby="space-title" hidden>/);
      assert.match(anonymous, /<title>Collège Test — Connexion<\/title>/);
      const cookie = await t.login('prof');
      const res = await t.request('/moi', { headers: { Cookie: cookie } });
      assert.equal(res.headers.get('cache-control'), 'private, no-store');
      const html = await res.text();
      assert.match(html, /<section class="login" id="login" aria-labelledby="login-title" hidden>/);
      assert.match(html, /<section id="space" aria-labelledby="space-title">/);
      const me = JSON.parse(/<script type="application\/json" id="tuiles-me">([\s\S]*?)<\/script>/.exec(html)![1]);
      const { body } = await t.getJson('/api/me', cookie);
      assert.deepEqual(me.me, body);
      assert.ok(html.includes(`Bonjour <span id="display-name">${body.displayName}</span>`));
    });

    it("/moi renders each logged-in user's personal page in the HTML, as the API resolves it, and nobody else's", async () => {
      const anonymous = await (await t.request('/moi')).text();
      assert.ok(!anonymous.includes('id="tuiles-page-data"'), 'no page for a visitor');
      assert.ok(!anonymous.includes('<tuiles-page'));

      const pages = new Map<string, string>();
      for (const login of ['prof', 'eleve']) {
        const cookie = await t.login(login);
        const res = await t.request('/moi', { headers: { Cookie: cookie, 'Accept-Encoding': 'identity' } });
        assert.equal(res.headers.get('cache-control'), 'private, no-store');
        const html = await res.text();
        const { body } = await t.getJson('/api/sites/college-test/pages/personal-home', cookie);
        assert.deepEqual(embeddedPage(html), body, `${login}: the data the elements hydrate from is the API's`);
        // Rendered, not only embedded: the tiles' content is in the page's declarative shadow DOM.
        const rendered = html.slice(0, html.indexOf('id="tuiles-page-data"'));
        assert.match(rendered, /<tuiles-page[^>]* page="personal-home"/);
        assert.match(rendered, /shadowrootmode="open"/);
        assert.ok(!rendered.includes('class="placeholder"'));
        const news = body.page.tiles.find((tile: { type: string }) => tile.type === 'news').data.items as { title: string }[];
        assert.ok(news.length > 0);
        for (const { title } of news) assert.ok(rendered.includes(title), `${login}: ${title}`);
        pages.set(login, html);
      }
      // Each sees what they may read, and only that: the teacher's staff article and shortcut
      // are not in the pupil's page, the pupil's class news not in the teacher's... and
      // neither is in the visitor's.
      assert.ok(pages.get('prof')!.includes('Conseil pédagogique'));
      assert.ok(pages.get('prof')!.includes('Espace profs'));
      assert.ok(!pages.get('eleve')!.includes('Conseil pédagogique'));
      assert.ok(!pages.get('eleve')!.includes('Espace profs'));
      assert.ok(!anonymous.includes('Conseil pédagogique'));
    });

    it('/moi compresses a personal page for its one answer: brotli and gzip decode to the same page', async () => {
      const cookie = await t.login('eleve');
      const plain = await (await t.request('/moi', { headers: { Cookie: cookie, 'Accept-Encoding': 'identity' } })).text();
      for (const [coding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
        const res = await t.request('/moi', { headers: { Cookie: cookie, 'Accept-Encoding': coding } });
        assert.equal(res.headers.get('content-encoding'), coding);
        assert.equal(res.headers.get('etag'), null, 'a private page has no shared tag');
        const bytes = Buffer.from(await res.arrayBuffer());
        assert.ok(bytes.length < plain.length / 3, `${coding}: ${bytes.length} bytes for ${plain.length}`);
        assert.equal(decode(bytes).toString(), plain);
      }
    });

    it('article pages share the layout, with description, Open Graph and canonical, and still no script', async () => {
      const res = await t.request('/sites/college-test/articles/a-public-1');
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, /<header class="site-header">[\s\S]*<a class="brand" href="\/">/);
      assert.match(html, /<footer class="site-footer">/);
      assert.match(html, /<meta name="description" content="Résumé cross">/);
      assert.match(html, /<meta property="og:type" content="article">/);
      assert.match(html, /<meta property="og:image" content="https:\/\/ent\.example\/media\/demo\/sport\.svg">/);
      assert.match(html, /<link rel="canonical" href="https:\/\/ent\.example\/sites\/college-test\/articles\/a-public-1">/);
      assert.match(html, /<img src="\/media\/demo\/sport\.svg" alt="Coureurs" width="800" height="450"/);
      assert.ok(!/<script/i.test(html));
      assert.match(res.headers.get('content-security-policy')!, /default-src 'none'/);
    });

    it('logged nothing unexpected', () => {
      assert.deepEqual(t.errors, []);
    });
  });

  describe(`/moi's links to /admin on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    before(async () => {
      t = await testApp(backend, capabilitiesSchool());
    });
    after(() => t.drop());

    /** The « Publier et gérer » links of a /moi page, as [label, href]; null when the page has none. */
    const writeLinksOf = (html: string) => {
      const nav = /<nav class="write-links" aria-label="Publier et gérer">([\s\S]*?)<\/nav>/.exec(html);
      if (!nav) {
        assert.ok(!html.includes('/admin'), 'no link to /admin outside the nav');
        return null;
      }
      return [...nav[1].matchAll(/<a class="button secondary" href="([^"]*)">([^<]*)<\/a>/g)].map(([, href, label]) => [label, href.replaceAll('&amp;', '&')]);
    };
    const at = (view: string) => `/admin?site=college-test#${view}`;
    const pages: [string, string] = ['Gérer le site', at('pages')];
    const write: [string, string] = ['Écrire un article', at('articles/nouveau')];
    const validate: [string, string] = ['À valider', at('a-valider')];
    const rubriques: [string, string] = ['Gérer mes rubriques', at('rubriques')];

    it('links each member to the screens their rights open, and only those', async () => {
      const expected: Record<string, [string, string][] | null> = {
        admin: [pages, write, validate],
        'redac-cdi': [write],
        'modo-cdi': [write, validate],
        'gest-cdi': [write, validate, rubriques],
        'redac-agenda': [write],
        'modo-agenda': [write],
        'visit-cdi': null,
        'eleve-rien': null,
      };
      for (const [login, links] of Object.entries(expected)) {
        const cookie = await t.login(login);
        const html = await (await t.request('/moi', { headers: { Cookie: cookie } })).text();
        assert.deepEqual(writeLinksOf(html), links, login);
        // The page hands site/moi.ts the same `may` as GET /api/me.
        const embedded = JSON.parse(/<script type="application\/json" id="tuiles-me">([\s\S]*?)<\/script>/.exec(html)![1]);
        assert.deepEqual(embedded.me.may, staff[login], login);
      }
    });

    it('shows no link to anonymous visitors', async () => {
      for (const path of ['/moi', '/moi?site=college-test']) {
        const html = await (await t.request(path)).text();
        assert.equal(writeLinksOf(html), null, path);
        assert.doesNotMatch(html, /Gérer le site|Écrire un article|À valider/, path);
      }
    });
  });

  describe(`several sites on ${backend.name}`, () => {
    it('/ lists the schools without TUILES_DEFAULT_SITE, and shows the default one with it', async () => {
      const neighbour = schoolDocument({ site: { slug: 'college-voisin', name: 'Collège Voisin', peertubeHosts: ['tube.example.fr'] } });
      const plain = await testApp(backend);
      try {
        await importSiteDocument(plain.store, neighbour, { now: NOW, sanitize });
        const list = await (await plain.request('/')).text();
        assert.match(list, /href="\/sites\/college-test\/">Collège Test</);
        assert.match(list, /href="\/sites\/college-voisin\/">Collège Voisin</);
        assert.match(await (await plain.request('/sites/college-voisin/')).text(), /<title>Collège Voisin — Accueil<\/title>/);
      } finally {
        await plain.drop();
      }
      const chosen = await testApp(backend, schoolDocument(), { defaultSite: 'college-voisin' });
      try {
        await importSiteDocument(chosen.store, neighbour, { now: NOW, sanitize });
        const home = await (await chosen.request('/')).text();
        assert.match(home, /<title>Collège Voisin — Accueil<\/title>/);
        assert.match(await (await chosen.request('/sites/college-test/')).text(), /<title>Collège Test — Accueil<\/title>/);
        // The other school's pages link to /moi with their site, and to their own homepage.
        const other = await (await chosen.request('/sites/college-test/articles/a-public-1')).text();
        assert.match(other, /<a class="brand" href="\/sites\/college-test\/">/);
      } finally {
        await chosen.drop();
      }
    });
  });
}
