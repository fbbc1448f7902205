import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { daysAgo, schoolDocument } from '../support/fixtures.ts';

const STALE = 'http://localhost/api/sites/college-test/stale';

for (const backend of backends) {
  describe(`stale content on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    before(async () => {
      const doc = schoolDocument();
      doc.rubriques!.push({ slug: 'vie-scolaire', title: 'Vie scolaire', visibility: 'public', services: ['blog'] });
      doc.rubriques!.push({ slug: 'club-theatre', title: 'Club théâtre', visibility: 'public', services: ['blog'] });
      doc.articles!.push({ id: 'vs-old', rubrique: 'vie-scolaire', title: 'Rentrée', summary: '', body: '', status: 'published', publishedAt: daysAgo(75) });
      doc.articles!.push({ id: 'theatre-draft', rubrique: 'club-theatre', title: 'Brouillon', summary: '', body: '', status: 'draft', publishedAt: daysAgo(1) });
      doc.pages!['public-home']!.push({ id: 'vide', type: 'news', config: { title: 'Théâtre', rubriques: ['club-theatre'] } });
      doc.pages!['public-home']!.push({ id: 'prive', type: 'selection', config: { title: 'Pour les profs', articles: ['a-profs-1'] } });
      t = await testApp(backend, doc);
    });
    after(() => t.drop());

    it('warns of silent and empty blog rubriques and of homepage tiles that show nothing to anonymous visitors', async () => {
      const { res, body } = await t.getJson(STALE, await t.login('admin'));
      assert.equal(res.status, 200);
      const messages = body.warnings.map((w: { message: string }) => w.message);
      assert.ok(messages.includes('La rubrique Vie scolaire n’a rien publié depuis 75 jours'), messages.join('\n'));
      assert.ok(messages.includes('La rubrique Club théâtre n’a encore publié aucun article'));
      const tiles = body.warnings.filter((w: { kind: string }) => w.kind === 'tile-empty').map((w: { tile: string }) => w.tile).sort();
      // `prive` names only a private article: an anonymous visitor sees an empty tile.
      assert.deepEqual(tiles, ['prive', 'vide']);
      // Rubriques that published recently are not named.
      assert.ok(!messages.some((m: string) => /Actualités|CDI/.test(m)));
    });

    it('is for site admins only', async () => {
      assert.equal((await t.request(STALE)).status, 401);
      assert.equal((await t.getJson(STALE, await t.login('prof'))).res.status, 403);
    });
  });
}
