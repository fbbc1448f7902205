import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { schoolDocument, NOW } from '../support/fixtures.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import { createSanitizer } from '../../../server/content/sanitize.ts';

const PAGE = 'http://localhost/api/sites/college-test/pages/public-home';
const PERSONAL = 'http://localhost/api/sites/college-test/pages/personal-home';

for (const backend of backends) {
  describe(`tile resolvers on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    const tile = async (id: string, cookie?: string, path = PAGE) => {
      const { body } = await t.getJson(path, cookie);
      return body.page.tiles.find((x: { id: string }) => x.id === id);
    };
    before(async () => {
      t = await testApp(backend);
    });
    after(() => t.drop());

    describe('top', () => {
      it("hides the linked article's title from anonymous visitors when its rubrique is private", async () => {
        const top = await tile('top');
        assert.equal(top.data.image.url, '/media/demo/bandeau.svg');
        assert.equal(top.data.article, null);
        assert.equal(top.config.article, null);
        assert.doesNotMatch(JSON.stringify(top), /a-profs-1|Conseil pédagogique|Secret/);
      });
      it('shows the linked article to a teacher who may read it', async () => {
        const top = await tile('top', await t.login('prof'));
        assert.deepEqual(top.data.article, {
          id: 'a-profs-1',
          title: 'Conseil pédagogique',
          summary: 'Secret profs',
          url: '/sites/college-test/articles/a-profs-1',
        });
      });
      it('shows nothing when disabled', async () => {
        const other = await testApp(backend, schoolDocument({ pages: { 'public-home': [{ id: 'top', type: 'top', config: { image: { url: '/x.gif', alt: 'x' }, enabled: false } }] } }));
        const { body } = await other.getJson(PAGE);
        assert.deepEqual(body.page.tiles[0].data, { image: null, article: null });
        await other.drop();
      });
    });

    describe('news', () => {
      it('shows anonymous visitors the newest public blog articles by activity', async () => {
        const news = await tile('news');
        assert.deepEqual(news.data.items.map((a: { id: string }) => a.id), ['a-public-2', 'a-public-1', 'a-cdi-1']);
        assert.deepEqual(news.config.rubriques, ['actus', 'cdi', 'agenda-only']);
        const [first] = news.data.items;
        assert.deepEqual(Object.keys(first).sort(), ['activityAt', 'id', 'illustration', 'publishedAt', 'rubrique', 'summary', 'title', 'url']);
      });
      it("adds a private rubrique's articles for those who may read it", async () => {
        const ids = (await tile('news', await t.login('perso'))).data.items.map((a: { id: string }) => a.id);
        assert.deepEqual(ids, ['a-profs-1', 'a-public-2', 'a-public-1', 'a-cdi-1']);
      });
      it("keeps a class's articles for the class and its teacher", async () => {
        const ids = async (login: string) => (await tile('news', await t.login(login), PERSONAL)).data.items.map((a: { id: string }) => a.id);
        assert.ok((await ids('eleve')).includes('a-6a-1'));
        assert.ok((await ids('prof')).includes('a-6a-1'));
        assert.ok(!(await ids('eleve2')).includes('a-6a-1'));
        assert.ok(!(await ids('parent')).includes('a-6a-1'));
        assert.ok((await ids('parent')).includes('a-parents-1'));
      });
      it('publishes a scheduled article once its time has come', async () => {
        t.setNow(new Date(NOW.getTime() + 3 * 86_400_000));
        t.app.publicCache.clear();
        const ids = (await tile('news')).data.items.map((a: { id: string }) => a.id);
        t.setNow(NOW);
        t.app.publicCache.clear();
        assert.equal(ids[0], 'a-public-future');
      });
    });

    describe('selection', () => {
      it("keeps the admin's order and leaves out what the viewer may not read, silently", async () => {
        const selection = await tile('selection');
        assert.deepEqual(selection.data.items.map((a: { id: string }) => a.id), ['a-cdi-1', 'a-public-1']);
        assert.deepEqual(selection.config.articles, ['a-cdi-1', 'a-public-1']);
      });
      it('includes the private article for a reader of its rubrique', async () => {
        const selection = await tile('selection', await t.login('prof'));
        assert.deepEqual(selection.data.items.map((a: { id: string }) => a.id), ['a-profs-1', 'a-cdi-1', 'a-public-1']);
        assert.equal(selection.data.items[0].illustration.url, '/media/private/conseil.jpg');
      });
    });

    describe('agenda', () => {
      it('shows upcoming events of public agenda rubriques, soonest first', async () => {
        const agenda = await tile('agenda');
        assert.deepEqual(agenda.data.items.map((e: { id: string }) => e.id), ['e-ongoing', 'e-soon']);
        assert.equal(agenda.data.items[0].location, 'Gymnase');
      });
      it("adds a private rubrique's events for its readers, never a rubrique without the agenda service", async () => {
        const ids = (await tile('agenda', await t.login('prof'))).data.items.map((e: { id: string }) => e.id);
        assert.deepEqual(ids, ['e-ongoing', 'e-profs', 'e-soon']);
      });
    });

    describe('embed', () => {
      it("frames a site's own Peertube instance, sandboxed", async () => {
        const embed = await tile('embed');
        assert.equal(embed.data.provider, 'peertube');
        assert.equal(embed.data.src, 'https://tube.example.fr/videos/embed/abc');
        assert.match(embed.data.sandbox, /allow-scripts/);
        assert.doesNotMatch(embed.data.sandbox, /allow-top-navigation/);
      });
      for (const url of ['https://evil.example.com/x', 'http://digipad.app/p/1', 'https://evil-digipad.app/p', 'https://digipad.app.evil.fr/p', 'javascript:alert(1)']) {
        it(`refuses ${url} when the page is saved, naming the field`, async () => {
          const db = await backend.fresh();
          const doc = schoolDocument({ pages: { 'public-home': [{ id: 'e', type: 'embed', config: { url } }] } });
          await assert.rejects(importSiteDocument(db.store, doc, { now: NOW, sanitize: createSanitizer() }), (error: any) => {
            assert.equal(error.status, 400);
            assert.ok(error.fields['pages.public-home[0].config.url'], JSON.stringify(error.fields));
            return true;
          });
          assert.equal(await db.store.sites.count(), 0);
          await db.drop();
        });
      }
      for (const url of ['https://digipad.app/p/1/abc', 'https://www.pearltrees.com/x/id1', 'https://view.genial.ly/123']) {
        it(`accepts ${url}`, async () => {
          const db = await backend.fresh();
          const doc = schoolDocument({ pages: { 'public-home': [{ id: 'e', type: 'embed', config: { url } }] } });
          await importSiteDocument(db.store, doc, { now: NOW, sanitize: createSanitizer() });
          await db.drop();
        });
      }
    });

    describe('text', () => {
      it('sends sanitized HTML only, never the raw config', async () => {
        const text = await tile('text');
        assert.equal(text.data.html, '<p>Horaires <a>x</a></p>');
        assert.equal(text.config.html, text.data.html);
        assert.doesNotMatch(JSON.stringify(text), /onclick|javascript:/);
      });
    });

    describe('portal', () => {
      it('shows each profile its own shortcuts', async () => {
        const labels = async (login: string) =>
          (await tile('portal', await t.login(login), PERSONAL)).data.links.map((l: { label: string }) => l.label);
        assert.deepEqual(await labels('prof'), ['Pronote', 'Espace profs']);
        assert.deepEqual(await labels('eleve'), ['Pronote']);
      });
      it("never sends another profile's shortcuts in the config", async () => {
        const portal = await tile('portal', await t.login('eleve'), PERSONAL);
        assert.deepEqual(portal.config.links, []);
        assert.doesNotMatch(JSON.stringify(portal), /profs\.example\.fr|Espace profs/);
      });
    });
  });
}
