/**
 * Two things the authoring screens tell people before they act: the modérateur's note on
 * an article sent back to its author (kept on the article until it is submitted again,
 * read by its author and the rubrique's modérateurs only, never by readers nor in the
 * site document), and what deleting a rubrique takes along with it.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { NOW } from '../support/fixtures.ts';
import { LOGIN, SITE, authoringDocument, client } from '../support/authoring-fixtures.ts';
import { exportSiteDocument } from '../../../server/site-document/export.ts';

const base = `/api/sites/${SITE}`;
const byId = (list: { id: string }[], id: string) => list.find((a) => a.id === id) as any;

for (const backend of backends) {
  describe(`review notes and rubrique usage on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    const as: Record<string, ReturnType<typeof client>> = {};
    before(async () => {
      t = await testApp(backend, authoringDocument([], []));
      as.anon = client(t.request);
      for (const login of [...Object.values(LOGIN).filter((l) => l !== 'autre-admin'), 'redac2']) as[login] = client(t.request, await t.login(login));
    });
    after(() => t.drop());

    const submitted = async (title: string) => {
      const id = (await as.redac.post(`${base}/articles`, { rubrique: 'actus', title })).body.article.id as string;
      assert.equal((await as.redac.post(`${base}/articles/${id}/submit`)).status, 200);
      return id;
    };

    it('keeps the modérateur’s note on the sent-back draft for its author, until the author submits again', async () => {
      const id = await submitted('Compte rendu du CA');
      const pending = await as.modo.get(`${base}/articles/${id}/source`);
      assert.equal(pending.body.article.reviewNote, null, 'no note before a send-back');

      const sent = await as.modo.post(`${base}/articles/${id}/send-back`, { message: 'Merci d’ajouter la date du conseil.' });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      assert.deepEqual(sent.body.article.reviewNote, { message: 'Merci d’ajouter la date du conseil.', at: NOW.toISOString(), by: 'Compte modo' });

      const source = (await as.redac.get(`${base}/articles/${id}/source`)).body.article;
      assert.deepEqual(source.reviewNote, { message: 'Merci d’ajouter la date du conseil.', at: NOW.toISOString(), by: 'Compte modo' });
      const mine = byId((await as.redac.get(`${base}/articles?mine=1`)).body.articles, id);
      assert.equal(mine.reviewNote.message, 'Merci d’ajouter la date du conseil.', '« Mes articles » shows it too');

      // An edit keeps it: the author is answering it.
      const edited = await as.redac.patch(`${base}/articles/${id}`, { summary: 'Date : 12 mars.' });
      assert.equal(edited.body.article.reviewNote.by, 'Compte modo');

      const again = await as.redac.post(`${base}/articles/${id}/submit`);
      assert.equal(again.body.article.reviewNote, null, 'submitted again: cleared');
      assert.equal(byId((await as.modo.get(`${base}/moderation`)).body.articles, id).reviewNote, null);
      assert.equal((await as.redac.get(`${base}/articles/${id}/source`)).body.article.reviewNote, null);
    });

    it('marks a draft sent back without a message too (message null)', async () => {
      const id = await submitted('Sortie au théâtre');
      await as.modo.post(`${base}/articles/${id}/send-back`, {});
      const source = (await as.redac.get(`${base}/articles/${id}/source`)).body.article;
      assert.deepEqual([source.status, source.reviewNote?.message, source.reviewNote?.by], ['draft', null, 'Compte modo']);
    });

    it('never shows a note to readers, nor puts it in the site document', async () => {
      // No API path publishes an article with a note left on it (submit and publish clear
      // it), so one is set on a published article by the store, as a past bug could have.
      const site = await t.store.sites.bySlug(SITE);
      await t.store.articles.setReviewNote(site!.id, 'a-public-1', { message: 'Note interne', at: NOW.toISOString(), byId: null });
      for (const reader of ['visit', 'redac2', 'redac', 'redacpub']) {
        const seen = await as[reader].get(`${base}/articles/a-public-1/source`);
        assert.equal(seen.status, 200, reader);
        assert.equal(seen.body.article.reviewNote, null, `${reader} only reads the article`);
      }
      assert.equal((await as.modo.get(`${base}/articles/a-public-1/source`)).body.article.reviewNote.message, 'Note interne', 'its modérateurs do');
      const publicAnswer = await as.anon.get(`${base}/articles/a-public-1`);
      assert.ok(!JSON.stringify(publicAnswer.body).includes('Note interne'));
      const doc = await exportSiteDocument(t.store, SITE);
      assert.ok(!JSON.stringify(doc).includes('Note interne'), 'a note is a word between two people, not content to move');
      // Publishing clears it (a modérateur publishing a sent-back draft as it is).
      assert.equal((await as.modo.post(`${base}/articles/a-public-1/unpublish`)).status, 200);
      assert.equal((await as.modo.post(`${base}/articles/a-public-1/publish`)).body.article.reviewNote, null);
    });

    it('tells whoever may delete a rubrique what goes with it, and 404 to anyone else', async () => {
      await as.admin.post(`${base}/rubriques`, { slug: 'compte', title: 'À compter', visibility: 'public', services: ['blog', 'agenda'] });
      await as.admin.post(`${base}/rubriques`, { slug: 'compte-a', title: 'Sous A', parent: 'compte', visibility: 'public', services: ['blog'] });
      await as.admin.post(`${base}/rubriques`, { slug: 'compte-a-1', title: 'Sous A 1', parent: 'compte-a', visibility: 'public', services: ['blog', 'agenda'] });
      const empty = await as.admin.get(`${base}/rubriques/compte/usage`);
      assert.equal(empty.status, 200);
      assert.deepEqual(empty.body, { subRubriques: 2, articles: 0, events: 0 });
      assert.match(empty.headers.get('cache-control')!, /private/);

      for (const [rubrique, title] of [['compte', 'Un'], ['compte-a', 'Deux'], ['compte-a-1', 'Trois']]) {
        const draft = await as.admin.post(`${base}/articles`, { rubrique, title });
        assert.equal(draft.status, 201);
      }
      const published = (await as.admin.post(`${base}/articles`, { rubrique: 'compte-a-1', title: 'Quatre' })).body.article.id;
      await as.admin.post(`${base}/articles/${published}/publish`);
      for (const rubrique of ['compte', 'compte-a-1']) {
        assert.equal((await as.admin.post(`${base}/events`, { rubrique, title: 'Fête', start: '2026-12-01', end: '2026-12-01', allDay: true })).status, 201);
      }
      assert.deepEqual((await as.admin.get(`${base}/rubriques/compte/usage`)).body, { subRubriques: 2, articles: 4, events: 2 }, 'drafts counted: they go too');
      assert.deepEqual((await as.admin.get(`${base}/rubriques/compte-a-1/usage`)).body, { subRubriques: 0, articles: 2, events: 1 });

      const refused = await as.admin.del(`${base}/rubriques/compte`);
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error.message, '2 sous-rubriques, 4 articles et 2 événements seront supprimés avec la rubrique « À compter ».');
      assert.ok(refused.body.error.fields.confirm);

      // Who may not delete it learns nothing, not even that it exists.
      for (const who of ['redac', 'modo', 'gest', 'visit']) assert.equal((await as[who].get(`${base}/rubriques/compte/usage`)).status, 404, who);
      assert.equal((await as.admin.get(`${base}/rubriques/inconnue/usage`)).status, 404);
      assert.equal((await as.anon.get(`${base}/rubriques/compte/usage`)).status, 401);
      // A gestionnaire deletes the sub-rubriques of its own, not the one it was given.
      assert.equal((await as.gest.get(`${base}/rubriques/club-gest/usage`)).status, 200);
      assert.equal((await as.gest.get(`${base}/rubriques/actus/usage`)).status, 404);
    });
  });
}
