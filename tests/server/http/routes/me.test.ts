/**
 * `GET|PUT /api/me/preferences`: « Mes actualités » (readable blog rubriques, external
 * feeds) and the viewer's arrangement of the optional tiles of their personal page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { schoolDocument } from '../../support/fixtures.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { defaultLimits } from '../../../../server/content/feeds-in/fetch.ts';

let feeds: FeedServer;
before(async () => {
  feeds = await startFeedServer();
});
after(() => feeds.close());

const personalHome = [
  { id: 'annonces', type: 'annonces', config: {} },
  { id: 'mes-actus', type: 'mes-actualites', config: { max: 5 }, optional: true },
  { id: 'portal', type: 'portal', config: { links: [{ label: 'Pronote', url: 'https://pronote.example.fr' }] }, optional: true },
  { id: 'news', type: 'news', config: { rubriques: ['actus'] } },
  { id: 'mairie', type: 'flux', config: { title: 'Mairie', url: 'http://127.0.0.1:1/none.xml' }, optional: true },
];
const document = () => schoolDocument({ pages: { ...schoolDocument().pages, 'personal-home': personalHome } });

const put = (t: Awaited<ReturnType<typeof testApp>>, cookie: string | undefined, body: unknown) =>
  t.request('/api/me/preferences', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
const empty = { rubriques: [], feeds: [], hiddenTiles: [], order: [] };

for (const backend of backends) {
  describe(`preferences on ${backend.name}`, () => {
    it('are for logged-in users only', async () => {
      const t = await testApp(backend, document());
      try {
        assert.equal((await t.getJson('/api/me/preferences')).res.status, 401);
        assert.equal((await put(t, undefined, empty)).status, 401);
      } finally {
        await t.drop();
      }
    });

    it('offer the readable blog rubriques and the optional tiles; default to every readable blog rubrique', async () => {
      const t = await testApp(backend, document());
      try {
        const { res, body } = await t.getJson('/api/me/preferences', await t.login('eleve'));
        assert.equal(res.status, 200);
        assert.match(res.headers.get('cache-control') ?? '', /private/);
        assert.deepEqual(body.rubriques, ['actus', 'cdi', 'classe-6a']);
        assert.deepEqual(body.choices.rubriques.map((r: { slug: string }) => r.slug), ['actus', 'cdi', 'classe-6a']);
        assert.deepEqual(body.choices.optionalTiles, [
          { id: 'mes-actus', type: 'mes-actualites', title: 'Mes actualités' },
          { id: 'portal', type: 'portal', title: 'Mes services' },
          { id: 'mairie', type: 'flux', title: 'Mairie' },
        ]);
        assert.deepEqual([body.feeds, body.hiddenTiles, body.order], [[], [], []]);
      } finally {
        await t.drop();
      }
    });

    it('refuse an unreadable rubrique with a 400 naming it (and one without articles, and an unknown one)', async () => {
      const t = await testApp(backend, document());
      try {
        const cookie = await t.login('eleve');
        const res = await put(t, cookie, { ...empty, rubriques: ['actus', 'profs', 'agenda-only', 'nulle-part'] });
        assert.equal(res.status, 400);
        const { error } = (await res.json()) as any;
        assert.match(error.message, /profs/);
        assert.deepEqual(Object.keys(error.fields), ['rubriques[1]', 'rubriques[2]', 'rubriques[3]']);
        assert.match(error.fields['rubriques[1]'], /« profs »/);
        // Nothing was saved.
        assert.deepEqual((await t.getJson('/api/me/preferences', cookie)).body.rubriques, ['actus', 'cdi', 'classe-6a']);
        // The same rubrique is fine for a teacher who reads it.
        assert.equal((await put(t, await t.login('prof'), { ...empty, rubriques: ['profs'] })).status, 200);
      } finally {
        await t.drop();
      }
    });

    it('refuse a feed on a private address without TUILES_FEED_ALLOW_PRIVATE, a non-http URL, and an 11th feed', async () => {
      const t = await testApp(backend, document());
      try {
        const cookie = await t.login('eleve');
        const res = await put(t, cookie, { ...empty, feeds: ['https://flux.invalid/rss', `${feeds.origin}/rss2.xml`, 'http://169.254.169.254/latest', 'file:///etc/passwd'] });
        assert.equal(res.status, 400);
        const { error } = (await res.json()) as any;
        assert.deepEqual(Object.keys(error.fields).sort(), ['feeds[0]', 'feeds[1]', 'feeds[2]', 'feeds[3]']);
        assert.match(error.fields['feeds[1]'], new RegExp(`« ${feeds.origin}/rss2.xml » : adresse refusée`));
        assert.match(error.fields['feeds[2]'], /169\.254\.169\.254.*adresse refusée/);
        assert.match(error.fields['feeds[3]'], /http/);
        // .invalid never resolves (RFC 2606): refused as not found.
        assert.match(error.fields['feeds[0]'], /introuvable/);
        const many = Array.from({ length: 11 }, (_, i) => `https://flux${i}.example/rss`);
        const tooMany = await put(t, cookie, { ...empty, feeds: many });
        assert.equal(tooMany.status, 400);
        assert.match(((await tooMany.json()) as any).error.fields.feeds, /10 flux/);
      } finally {
        await t.drop();
      }
    });

    it('feed « Mes actualités » with the chosen rubriques and feeds; a broken feed says why and the page still loads', async () => {
      const t = await testApp(backend, document(), { feedLimits: { ...defaultLimits, allowPrivate: true, timeoutMs: 1500 } });
      try {
        const cookie = await t.login('eleve');
        const chosen = { ...empty, rubriques: ['classe-6a', 'cdi'], feeds: [`${feeds.origin}/atom.xml`, `${feeds.origin}/malformed.xml`, `${feeds.origin}/slow.xml`] };
        const res = await put(t, cookie, chosen);
        assert.equal(res.status, 200, await res.text());
        const { body } = await t.getJson('/api/sites/college-test/pages/personal-home', cookie);
        const tile = body.page.tiles.find((x: any) => x.id === 'mes-actus');
        assert.equal(tile.error, undefined);
        assert.equal(tile.optional, true);
        assert.equal(tile.data.chosen, true);
        assert.deepEqual(
          tile.data.items.map((i: any) => (i.kind === 'article' ? `article ${i.article.id}` : `${i.source}: ${i.item.title}`)),
          ['article a-6a-1', 'Chaîne PeerTube du collège: Chorale de Noël', 'article a-cdi-1', 'Chaîne PeerTube du collège: Cross 2026'],
        );
        assert.deepEqual(
          tile.data.problems.map((p: any) => [p.url.replace(feeds.origin, ''), p.message]),
          [
            ['/malformed.xml', "Ce flux est illisible : ce n'est pas un flux RSS ou Atom valide."],
            ['/slow.xml', "Le flux n'a pas répondu à temps (1.5 s)."],
          ],
        );
        // The rest of the page is there, and the flux tile on an unreachable port says so.
        assert.deepEqual(body.page.tiles.map((x: any) => x.id), ['annonces', 'mes-actus', 'portal', 'news', 'mairie']);
        const mairie = body.page.tiles.find((x: any) => x.id === 'mairie');
        assert.equal(mairie.data.problem, 'Le serveur du flux est injoignable.');
      } finally {
        await t.drop();
      }
    });

    it('never shows a chosen rubrique the viewer can no longer read', async () => {
      const t = await testApp(backend, document());
      try {
        const cookie = await t.login('eleve');
        assert.equal((await put(t, cookie, { ...empty, rubriques: ['classe-6a'] })).status, 200);
        const tileOf = async () => (await t.getJson('/api/sites/college-test/pages/personal-home', cookie)).body.page.tiles.find((x: any) => x.id === 'mes-actus');
        assert.deepEqual((await tileOf()).data.items.map((i: any) => i.article.id), ['a-6a-1']);
        // The pupil leaves the 6e A group: the rubrique closes to them today.
        await t.handle.db.deleteFrom('user_groups').execute();
        assert.deepEqual((await tileOf()).data.items, []);
        assert.deepEqual((await t.getJson('/api/me/preferences', cookie)).body.rubriques, []);
      } finally {
        await t.drop();
      }
    });

    it('let the viewer hide and reorder optional tiles only; required tiles stay where the admin put them', async () => {
      const t = await testApp(backend, document());
      try {
        const cookie = await t.login('eleve');
        const required = await put(t, cookie, { ...empty, hiddenTiles: ['news', 'ghost'] });
        assert.equal(required.status, 400);
        const { error } = (await required.json()) as any;
        assert.match(error.fields['hiddenTiles[0]'], /« news » est obligatoire/);
        assert.match(error.fields['hiddenTiles[1]'], /« ghost » inconnue/);
        assert.equal((await put(t, cookie, { ...empty, order: ['annonces'] })).status, 400);

        assert.equal((await put(t, cookie, { ...empty, hiddenTiles: ['portal'], order: ['mairie', 'portal', 'mes-actus'] })).status, 200);
        const ids = async (who: string) =>
          (await t.getJson('/api/sites/college-test/pages/personal-home', who)).body.page.tiles.map((x: any) => x.id);
        // Slots 2, 3 and 5 are the optional ones: mairie, (portal hidden), mes-actus.
        assert.deepEqual(await ids(cookie), ['annonces', 'mairie', 'news', 'mes-actus']);
        // Kept on the server: another session sees the same, another user does not.
        assert.deepEqual(await ids(await t.login('eleve')), ['annonces', 'mairie', 'news', 'mes-actus']);
        assert.deepEqual(await ids(await t.login('eleve2')), ['annonces', 'mes-actus', 'portal', 'news', 'mairie']);
        const saved = (await t.getJson('/api/me/preferences', cookie)).body;
        assert.deepEqual([saved.hiddenTiles, saved.order], [['portal'], ['mairie', 'portal', 'mes-actus']]);
      } finally {
        await t.drop();
      }
    });
  });
}
