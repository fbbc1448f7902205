import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';

const BASE = 'http://localhost';
const PAGE = `${BASE}/api/sites/college-test/pages/public-home`;
const send = (method: string, body: unknown, cookie?: string): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
  body: JSON.stringify(body),
});

const allNews = { id: 'news', type: 'news', config: { title: 'Tout', rubriques: ['actus', 'cdi', 'profs', 'profs-public-child', 'classe-6a', 'parents'], max: 50 } };
const rubriquesIn = (page: { tiles: { id: string; data: { items: { rubrique: string }[] } }[] }) =>
  [...new Set(page.tiles.find((t) => t.id === 'news')!.data.items.map((i) => i.rubrique))].sort();

for (const backend of backends) {
  describe(`page composition on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    let admin: string;
    before(async () => {
      t = await testApp(backend);
      admin = await t.login('admin');
    });
    after(() => t.drop());

    const source = async () => (await t.getJson(`${PAGE}/source`, admin)).body as { version: number; tiles: { id: string; type: string; config: any }[] };

    it('gives admins the page as saved, configs unredacted, with its version and the site\'s Peertube instances', async () => {
      const { res, body } = await t.getJson(`${PAGE}/source`, admin);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'private, no-store');
      assert.equal(body.version, 1, 'the imported page is version 1');
      // The top tile names a private article: readers never see it, the admin does.
      assert.equal(body.tiles.find((x: any) => x.id === 'top').config.article, 'a-profs-1');
      // The embed tile's editor accepts a video from these, as the save will.
      assert.deepEqual(body.peertubeHosts, ['tube.example.fr']);
    });

    it('refuses anonymous visitors (401), non-admins (403) and unknown pages (404), changing nothing', async () => {
      const before = await source();
      assert.equal((await t.request(`${PAGE}/source`)).status, 401);
      for (const login of ['prof', 'perso', 'eleve']) {
        const cookie = await t.login(login);
        assert.equal((await t.request(`${PAGE}/source`, { headers: { Cookie: cookie } })).status, 403, login);
        const put = await t.request(PAGE, send('PUT', { version: before.version, tiles: [] }, cookie));
        assert.equal(put.status, 403, login);
        const preview = await t.request(`${PAGE}/preview`, send('POST', { tiles: [allNews], as: null }, cookie));
        assert.equal(preview.status, 403, login);
        assert.equal((await t.request(`${PAGE}/versions`, { headers: { Cookie: cookie } })).status, 403, login);
        assert.equal((await t.request(`${PAGE}/versions/1/restore`, send('POST', {}, cookie))).status, 403, login);
      }
      assert.equal((await t.request(`${PAGE}`, send('PUT', { version: before.version, tiles: [] }))).status, 401);
      assert.equal((await t.getJson(`${BASE}/api/sites/college-test/pages/back-office/source`, admin)).res.status, 404);
      assert.deepEqual(await source(), before);
    });

    it('saves a new version, served at once to anonymous readers (no stale shared copy)', async () => {
      const first = await t.getJson(PAGE);
      assert.equal(first.res.status, 200);
      const current = await source();
      const tiles = [...current.tiles, { id: 'hello', type: 'text', config: { title: 'Bonjour', html: '<p>Nouveau <img src=x onerror="alert(1)"></p>' } }];
      const res = await t.request(PAGE, send('PUT', { version: current.version, tiles }, admin));
      assert.equal(res.status, 200, await res.clone().text());
      assert.deepEqual(await res.json(), { version: current.version + 1 });
      const after = await t.getJson(PAGE);
      const hello = after.body.page.tiles.find((x: any) => x.id === 'hello');
      assert.ok(hello, 'the new tile is served to the next anonymous reader');
      // Sanitized at save: the stored source no longer holds the handler.
      const saved = (await source()).tiles.find((x) => x.id === 'hello')!;
      assert.doesNotMatch(saved.config.html, /onerror/);
      assert.match(saved.config.html, /Nouveau/);
    });

    it('refuses a stale version with 409 and changes nothing', async () => {
      const current = await source();
      const res = await t.request(PAGE, send('PUT', { version: current.version - 1, tiles: [] }, admin));
      assert.equal(res.status, 409);
      assert.equal((await res.json()).error.code, 'stale_version');
      assert.deepEqual(await source(), current);
    });

    it('refuses bad tiles with 400 naming the field, and saves nothing', async () => {
      const current = await source();
      const cases: [unknown, string][] = [
        [{ id: 'a', type: 'annonces', config: {} }, 'tiles[0].type'],
        [{ id: 'e', type: 'embed', config: { url: 'https://evil.example.com/video' } }, 'tiles[0].config.url'],
        [{ id: 'n', type: 'news', config: { rubriques: ['actus'], max: 500 } }, 'tiles[0].config.max'],
        [{ id: 'n', type: 'news', config: { rubriques: ['inconnue'] } }, 'tiles[0].config.rubriques[0]'],
        [{ id: 'x', type: 'carousel', config: {} }, 'tiles[0].type'],
      ];
      for (const [tile, field] of cases) {
        const res = await t.request(PAGE, send('PUT', { version: current.version, tiles: [tile] }, admin));
        assert.equal(res.status, 400, JSON.stringify(tile));
        const body = await res.json();
        assert.ok(field in body.error.fields, `${field} in ${JSON.stringify(body.error.fields)}`);
      }
      const dup = await t.request(PAGE, send('PUT', { version: current.version, tiles: [{ id: 'd', type: 'text', config: {} }, { id: 'd', type: 'text', config: {} }] }, admin));
      assert.equal(dup.status, 400);
      assert.ok('tiles[1].id' in (await dup.json()).error.fields);
      const missing = await t.request(PAGE, send('PUT', { tiles: [] }, admin));
      assert.equal(missing.status, 400);
      assert.ok('version' in (await missing.json()).error.fields);
      assert.deepEqual(await source(), current);
    });

    it('names a tile\'s fault in French, as the admin reads it', async () => {
      const current = await source();
      const res = await t.request(PAGE, send('PUT', { version: current.version, tiles: [{ id: 'n', type: 'news', config: { rubriques: ['actus'], max: 500 } }] }, admin));
      assert.equal(res.status, 400);
      assert.equal((await res.json()).error.fields['tiles[0].config.max'], '50 au plus');
    });

    it('lists versions with author and date, and restores one as a new version', async () => {
      const start = await source();
      const onlyText = [{ id: 't', type: 'text', config: { title: 'Seul', html: '<p>seul</p>' } }];
      const saved = await (await t.request(PAGE, send('PUT', { version: start.version, tiles: onlyText }, admin))).json();
      const { body } = await t.getJson(`${PAGE}/versions`, admin);
      assert.deepEqual(
        body.versions.map((v: any) => v.number),
        Array.from({ length: saved.version }, (_, i) => saved.version - i),
      );
      assert.equal(body.versions[0].author.displayName, 'Admin Un');
      assert.equal(body.versions.at(-1).author, null, 'the import has no author');
      assert.match(body.versions[0].date, /^\d{4}-\d\d-\d\dT/);

      const restored = await t.request(`${PAGE}/versions/${start.version}/restore`, send('POST', {}, admin));
      assert.equal(restored.status, 200);
      assert.deepEqual(await restored.json(), { version: saved.version + 1 });
      const now = await source();
      assert.deepEqual(now.tiles, start.tiles);
      assert.equal(now.version, saved.version + 1);
      const served = await t.getJson(PAGE);
      assert.deepEqual(served.body.page.tiles.map((x: any) => x.id), start.tiles.map((x) => x.id));
      assert.equal((await t.request(`${PAGE}/versions/999/restore`, send('POST', {}, admin))).status, 404);
    });

    it('previews a draft as anonymous and as a profile, exactly as their readable rubriques say, saving nothing', async () => {
      const before = await source();
      const preview = async (as: unknown) => {
        const res = await t.request(`${PAGE}/preview`, send('POST', { tiles: [allNews], as }, admin));
        assert.equal(res.status, 200, await res.clone().text());
        return (await res.json()).page;
      };
      // anonymous: the public rubriques; a teacher of the `profs` group: also the
      // private `profs` and its "public" child (private in effect); never classe-6a
      // (a right given to one user) nor parents.
      assert.deepEqual(rubriquesIn(await preview(null)), ['actus', 'cdi']);
      assert.deepEqual(rubriquesIn(await preview({ profile: 'enseignant', groups: ['profs'] })), ['actus', 'cdi', 'profs', 'profs-public-child']);
      assert.deepEqual(rubriquesIn(await preview({ profile: 'enseignant' })), ['actus', 'cdi']);
      assert.deepEqual(rubriquesIn(await preview({ profile: 'eleve', niveau: '6e', groups: ['6a'] })), ['actus', 'cdi', 'classe-6a']);
      assert.deepEqual(rubriquesIn(await preview({ profile: 'parent' })), ['actus', 'cdi', 'parents']);
      assert.deepEqual(await source(), before, 'nothing saved');

      const bad = await t.request(`${PAGE}/preview`, send('POST', { tiles: [allNews], as: { profile: 'eleve', groups: ['nope'] } }, admin));
      assert.equal(bad.status, 400);
      assert.ok('as.groups[0]' in (await bad.json()).error.fields);
      const badProfile = await t.request(`${PAGE}/preview`, send('POST', { tiles: [allNews], as: { profile: 'roi' } }, admin));
      assert.equal(badProfile.status, 400);
      assert.ok('as.profile' in (await badProfile.json()).error.fields);
    });

    it('previews what a real account of that profile then reads', async () => {
      const current = await source();
      const tiles = [allNews, { id: 'sel', type: 'selection', config: { articles: ['a-profs-1', 'a-cdi-1', 'a-parents-1'] } }];
      const preview = await (await t.request(`${PAGE}/preview`, send('POST', { tiles, as: { profile: 'personnel' } }, admin))).json();
      const put = await t.request(PAGE, send('PUT', { version: current.version, tiles }, admin));
      assert.equal(put.status, 200);
      const real = await t.getJson(PAGE, await t.login('perso'));
      assert.deepEqual(real.body.page.tiles, preview.page.tiles);
      const anonymous = await (await t.request(`${PAGE}/preview`, send('POST', { tiles, as: null }, admin))).json();
      assert.deepEqual((await t.getJson(PAGE)).body.page.tiles, anonymous.page.tiles);
    });
  });
}
