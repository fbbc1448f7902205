/**
 * The `flux` tile on the public homepage against a local feed server: the server reads
 * the feed (the visitor's browser never does), and a feed that is broken, slow, huge
 * or on a private address becomes a French sentence in the tile while the page loads.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { schoolDocument } from '../support/fixtures.ts';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { defaultLimits } from '../../../server/content/feeds-in/fetch.ts';

let feeds: FeedServer;
before(async () => {
  feeds = await startFeedServer();
});
after(() => feeds.close());

const page = (withMetadata = true) => [
  { id: 'news', type: 'news', config: { rubriques: ['actus'] } },
  { id: 'valid', type: 'flux', config: { title: 'Mairie', url: `${feeds.origin}/rss2.xml`, max: 2 } },
  { id: 'malformed', type: 'flux', config: { url: `${feeds.origin}/malformed.xml` } },
  { id: 'slow', type: 'flux', config: { url: `${feeds.origin}/slow.xml` } },
  { id: 'huge', type: 'flux', config: { url: `${feeds.origin}/huge.xml` } },
  // Only where it is refused before any connection: this machine may reach no other address.
  ...(withMetadata ? [{ id: 'metadata', type: 'flux', config: { url: 'http://169.254.169.254/latest/meta-data/' } }] : []),
  { id: 'text', type: 'text', config: { html: '<p>Horaires</p>' } },
];
const document = (withMetadata = true) => schoolDocument({ pages: { 'public-home': page(withMetadata) } });

for (const backend of backends) {
  describe(`the flux tile on ${backend.name}`, () => {
    it('shows the feed items (title, date, link) and a French reason for each broken feed; the page loads', async () => {
      const t = await testApp(backend, document(false), { feedLimits: { ...defaultLimits, allowPrivate: true, timeoutMs: 1500 } });
      try {
        const started = Date.now();
        const { res, body } = await t.getJson('/api/sites/college-test/pages/public-home');
        assert.equal(res.status, 200);
        assert.ok(Date.now() - started < 6000, 'the slow feed held the page past its deadline');
        const tiles = Object.fromEntries(body.page.tiles.map((x: any) => [x.id, x]));
        assert.deepEqual(Object.keys(tiles), ['news', 'valid', 'malformed', 'slow', 'huge', 'text']);
        assert.equal(tiles.news.data.items.length, 2);
        assert.deepEqual(tiles.valid.data, {
          source: { title: 'Mairie de Carladez', link: 'https://mairie.example/' },
          items: [
            { title: 'Fermeture de la piscine', url: 'https://mairie.example/piscine', date: '2026-11-23T08:00:00.000Z' },
            { title: 'Marché de Noël & concert', url: 'https://mairie.example/noel', date: '2026-11-22T08:00:00.000Z' },
          ],
          problem: null,
        });
        assert.equal(tiles.valid.config.title, 'Mairie');
        const problems = Object.fromEntries(['malformed', 'slow', 'huge'].map((id) => [id, tiles[id].data.problem]));
        assert.deepEqual(problems, {
          malformed: "Ce flux est illisible : ce n'est pas un flux RSS ou Atom valide.",
          slow: "Le flux n'a pas répondu à temps (1.5 s).",
          huge: 'Le flux est trop volumineux (plus de 2 Mo).',
        });
        for (const id of ['malformed', 'slow', 'huge']) assert.deepEqual(tiles[id].data.items, []);
        assert.deepEqual(t.errors, []);

        // The next visitor gets the shared copy: the feed server is not asked again.
        const hits = feeds.hits.get('/rss2.xml');
        t.app.publicCache.clear();
        await t.getJson('/api/sites/college-test/pages/public-home');
        assert.equal(feeds.hits.get('/rss2.xml'), hits);
      } finally {
        await t.deps.feeds.idle();
        await t.drop();
      }
    });

    it('refuses the private address (and the local server) without TUILES_FEED_ALLOW_PRIVATE', async () => {
      const t = await testApp(backend, document());
      try {
        const before = feeds.hits.get('/rss2.xml');
        const { body } = await t.getJson('/api/sites/college-test/pages/public-home');
        const tiles = Object.fromEntries(body.page.tiles.map((x: any) => [x.id, x]));
        for (const id of ['valid', 'metadata', 'slow']) {
          assert.match(tiles[id].data.problem, /^Adresse refusée : ce flux pointe vers une adresse privée ou locale/, id);
        }
        assert.equal(feeds.hits.get('/rss2.xml'), before, 'the local server was reached');
      } finally {
        await t.drop();
      }
    });

    it('refuses a config whose URL is not http(s) on import', async () => {
      const bad = schoolDocument({ pages: { 'public-home': [{ id: 'x', type: 'flux', config: { url: 'javascript:alert(1)' } }] } });
      await assert.rejects(testApp(backend, bad), (error: any) => {
        assert.match(error.fields['pages.public-home[0].config.url'], /http/);
        return true;
      });
    });
  });
}
