import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { sanitize } from '../support/harness.ts';
import { NOW, PASSWORD, schoolDocument } from '../support/fixtures.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import { exportSiteDocument } from '../../../server/site-document/export.ts';
import { verifyPassword } from '../../../server/auth/passwords.ts';
import type { SiteDocumentInput } from '../../../server/site-document/schema.ts';

type Breaker = [name: string, path: string, change: (doc: SiteDocumentInput) => void];

const breakers: Breaker[] = [
  ['an unknown profile', 'users[0].profile', (d) => ((d.users![0] as any).profile = 'directeur')],
  ['a slug with capitals', 'rubriques[1].slug', (d) => (d.rubriques![1].slug = 'Le CDI')],
  ['an article in an unknown rubrique', 'articles[2].rubrique', (d) => (d.articles![2].rubrique = 'nulle-part')],
  ['a parent listed after its child', 'rubriques[3].parent', (d) => d.rubriques!.push(d.rubriques!.splice(3, 1)[0])],
  ['a right naming an unknown group', 'rubriques[3].rights[0].group', (d) => ((d.rubriques![3].rights![0] as any).group = 'fantome')],
  ['a duplicated article id', 'articles[1]', (d) => (d.articles![1].id = d.articles![0].id)],
  ['a date that is not a date', 'articles[0].publishedAt', (d) => (d.articles![0].publishedAt = 'hier')],
  ['an event ending before it starts', 'events[1].end', (d) => (d.events![1].end = '2020-01-01T00:00:00Z')],
  ['an unknown tile type', 'pages.public-home[0].type', (d) => (d.pages!['public-home']![0].type = 'meteo')],
  ['a news tile over an unknown rubrique', 'pages.public-home[1].config.rubriques[0]', (d) => ((d.pages!['public-home']![1].config as any).rubriques = ['inconnue'])],
  ['a max above 50', 'pages.public-home[1].config.max', (d) => ((d.pages!['public-home']![1].config as any).max = 500)],
  ['a selection of an unknown article', 'pages.public-home[2].config.articles[1]', (d) => ((d.pages!['public-home']![2].config as any).articles = ['a-cdi-1', 'fantome'])],
  ['a portal tile on the public homepage', 'pages.public-home[0].type', (d) => (d.pages!['public-home']![0] = { type: 'portal', config: { links: [] } })],
  ['a javascript: link in a portal tile', 'pages.personal-home[1].config.links[0].url', (d) => ((d.pages!['personal-home']![1].config as any).links[0].url = 'javascript:alert(1)')],
  ['an illustration served from another scheme', 'articles[0].illustration.url', (d) => (d.articles![0].illustration!.url = 'data:image/svg+xml,<svg onload=alert(1)>')],
  ['an image path that browsers read as another host', 'articles[1].illustration.url', (d) => (d.articles![1].illustration = { url: '/\\evil.example/x.png', alt: '' })],
  ['a date-time without its time zone', 'articles[1].publishedAt', (d) => (d.articles![1].publishedAt = '2026-11-01T08:00')],
  ['a malformed password hash', 'users[1].passwordHash', (d) => ((d.users![1] as any).passwordHash = 'scrypt$abc')],
  ['a user with neither password nor hash', 'users[2].password', (d) => delete (d.users![2] as any).passwordHash],
];

for (const backend of backends) {
  describe(`site document import on ${backend.name}`, () => {
    for (const [name, path, change] of breakers) {
      it(`rejects ${name} whole, naming ${path}`, async () => {
        const db = await backend.fresh();
        try {
          const doc = structuredClone(schoolDocument());
          change(doc);
          await assert.rejects(importSiteDocument(db.store, doc, { now: NOW, sanitize }), (error: any) => {
            assert.equal(error.status, 400);
            assert.ok(path in error.fields, `expected ${path} in ${JSON.stringify(error.fields)}`);
            return true;
          });
          assert.equal(await db.store.sites.count(), 0);
        } finally {
          await db.drop();
        }
      });
    }

    it('changes nothing when a write fails half-way (one transaction)', async () => {
      const db = await backend.fresh();
      try {
        await importSiteDocument(db.store, schoolDocument(), { now: NOW, sanitize });
        const before = JSON.stringify(await exportSiteDocument(db.store, 'college-test'));
        // Valid on its own, but its replacement blows up inside the transaction (a
        // sanitizer that throws on the third article stands for any database error).
        let calls = 0;
        const failing = (html: string) => {
          if (++calls === 3) throw new Error('disk full');
          return sanitize(html);
        };
        await assert.rejects(importSiteDocument(db.store, schoolDocument({ articles: schoolDocument().articles!.slice(0, 6) , pages: {} }), { now: NOW, sanitize: failing, replace: true }), /disk full/);
        assert.equal(JSON.stringify(await exportSiteDocument(db.store, 'college-test')), before);
      } finally {
        await db.drop();
      }
    });

    it('hashes plain passwords so the account can log in, and never stores them', async () => {
      const db = await backend.fresh();
      try {
        const doc = schoolDocument();
        doc.users![0] = { ...doc.users![0], passwordHash: undefined, password: 'un-mot-de-passe' };
        await importSiteDocument(db.store, doc, { now: NOW, sanitize });
        const [user] = await db.store.users.byLogin('eleve');
        assert.ok(await verifyPassword('un-mot-de-passe', user.passwordHash));
        assert.doesNotMatch(user.passwordHash, /un-mot-de-passe/);
        const [other] = await db.store.users.byLogin('prof');
        assert.ok(await verifyPassword(PASSWORD, other.passwordHash));
      } finally {
        await db.drop();
      }
    });

    it('keeps an all-day event on the day written, whatever offset follows it', async () => {
      const db = await backend.fresh();
      try {
        const doc = schoolDocument({
          events: [
            { id: 'jour', rubrique: 'actus', title: 'Journée', start: '2026-03-10T00:00+01:00', end: '2026-03-11', allDay: true },
            { id: 'soir', rubrique: 'actus', title: 'Soirée', start: '2026-03-10T18:00+01:00', end: '2026-03-10T20:00+01:00' },
          ],
          pages: {},
        });
        const { site } = await importSiteDocument(db.store, doc, { now: NOW, sanitize });
        const events = await db.store.events.list(site.id);
        assert.deepEqual(events.map((e) => [e.id, e.start, e.end]), [
          ['jour', '2026-03-10T00:00:00.000Z', '2026-03-11T00:00:00.000Z'],
          ['soir', '2026-03-10T17:00:00.000Z', '2026-03-10T19:00:00.000Z'],
        ]);
      } finally {
        await db.drop();
      }
    });

    it('gives tiles without an id one from their type and position', async () => {
      const db = await backend.fresh();
      try {
        const doc = schoolDocument({ pages: { 'public-home': [{ type: 'text', config: { html: '<p>a</p>' } }, { type: 'news', config: { rubriques: ['cdi'] } }] } });
        const { site } = await importSiteDocument(db.store, doc, { now: NOW, sanitize });
        const tiles = await db.store.pages.get(site.id, 'public-home');
        assert.deepEqual(tiles.map((t) => t.id), ['text-1', 'news-2']);
        assert.equal((tiles[1].config as any).max, 6);
        assert.equal((tiles[1].config as any).title, 'Actualités');
      } finally {
        await db.drop();
      }
    });
  });
}
