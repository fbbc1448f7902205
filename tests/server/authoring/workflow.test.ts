/**
 * The articles' workflow as the school lives it: a rédacteur's draft, the moderation
 * queue, a modérateur's publication reaching anonymous readers at once, scheduled
 * articles, edits bringing an article back to the top, bodies cleaned on the way in.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { sanitize, testApp } from '../support/harness.ts';
import { NOW } from '../support/fixtures.ts';
import { LOGIN, SITE, authoringDocument, client } from '../support/authoring-fixtures.ts';
import { exportSiteDocument } from '../../../server/site-document/export.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';

const base = `/api/sites/${SITE}`;
const NEWS = `${base}/tiles/news?rubriques=actus`;
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

for (const backend of backends) {
  describe(`the articles' workflow on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    const as: Record<string, ReturnType<typeof client>> = {};
    before(async () => {
      // A short max-age, as in production: the shared copy must still not outlive a write.
      t = await testApp(backend, authoringDocument([], []), { publicMaxAge: 300 });
      as.anon = client(t.request);
      for (const login of [...Object.values(LOGIN).filter((l) => l !== 'autre-admin'), 'redac2']) as[login] = client(t.request, await t.login(login));
    });
    after(() => t.drop());

    const anonNewsIds = async () => {
      const { status, headers, body } = await as.anon.get(NEWS);
      assert.equal(status, 200);
      assert.match(headers.get('cache-control')!, /^public/);
      return body.tile.data.items.map((i: { id: string }) => i.id) as string[];
    };
    const publicHomeNewsIds = async () => {
      const { body } = await as.anon.get(`${base}/pages/public-home`);
      return body.page.tiles.find((tile: { id: string }) => tile.id === 'news').data.items.map((i: { id: string }) => i.id) as string[];
    };

    it("keeps a rédacteur's draft to its author, sends it to the modérateurs when submitted, and to every reader at once when published", async () => {
      // Anonymous readers have the news in the shared cache before anything happens.
      const before = await anonNewsIds();
      await publicHomeNewsIds();

      const created = await as.redac.post(`${base}/articles`, { rubrique: 'actus', title: 'Journée portes ouvertes', summary: 'Samedi', body: '<p>Venez nombreux</p>' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const { id } = created.body.article;
      assert.match(id, /^journee-portes-ouvertes-[a-z0-9]{6}$/);
      assert.equal(created.body.article.status, 'draft');
      assert.equal(created.body.article.author, 'Compte redac');

      // The draft: its author's alone.
      assert.equal((await as.redac.get(`${base}/articles/${id}/source`)).status, 200);
      for (const login of ['redac2', 'visit', 'redacpub', 'modo', 'gest', 'admin', 'sans-droit']) {
        assert.equal((await as[login].get(`${base}/articles/${id}/source`)).status, 404, `${login} must not see the draft`);
        assert.equal((await as[login].get(`${base}/articles/${id}`)).status, 404, `${login}: reading API`);
        const list = await as[login].get(`${base}/articles`);
        assert.ok(!list.body.articles.some((a: { id: string }) => a.id === id), `${login}'s authoring list`);
        assert.ok(!(await as[login].get(`${base}/moderation`)).body.articles.some((a: { id: string }) => a.id === id), `${login}'s moderation queue`);
      }
      assert.equal((await as.anon.get(`${base}/articles/${id}`)).status, 404);
      assert.equal((await t.request(`http://localhost/sites/${SITE}/articles/${id}`)).status, 404, 'the human page');
      assert.deepEqual((await as.redac.get(`${base}/articles?mine=1`)).body.articles.map((a: { id: string }) => a.id), [id]);

      // Submitted: in the queue of the rubrique's modérateurs (and gestionnaire, and admin), nobody else's.
      const submitted = await as.redac.post(`${base}/articles/${id}/submit`);
      assert.equal(submitted.status, 200);
      assert.equal(submitted.body.article.status, 'pending');
      for (const login of ['modo', 'gest', 'admin']) {
        const queue = await as[login].get(`${base}/moderation`);
        const item = queue.body.articles.find((a: { id: string }) => a.id === id);
        assert.ok(item, `${login} sees it in the moderation queue`);
        assert.equal(item.author, 'Compte redac');
        assert.deepEqual([item.may.publish, item.may.edit], [true, true]);
      }
      for (const login of ['redac2', 'visit', 'redacpub', 'sans-droit']) {
        assert.ok(!(await as[login].get(`${base}/moderation`)).body.articles.some((a: { id: string }) => a.id === id), `${login}'s queue`);
      }
      assert.equal((await as.redac.post(`${base}/articles/${id}/publish`)).status, 403, 'a rédacteur does not publish');
      assert.deepEqual(await anonNewsIds(), before, 'pending is not public');

      // Published by a modérateur: first in the anonymous news, no stale shared copy.
      const published = await as.modo.post(`${base}/articles/${id}/publish`);
      assert.equal(published.status, 200);
      assert.equal(published.body.article.status, 'published');
      assert.equal(published.body.article.publishedAt, NOW.toISOString());
      assert.equal((await anonNewsIds())[0], id);
      assert.equal((await publicHomeNewsIds())[0], id);
      assert.equal((await as.anon.get(`${base}/articles/${id}`)).status, 200);
      assert.ok(!(await as.modo.get(`${base}/moderation`)).body.articles.some((a: { id: string }) => a.id === id), 'out of the queue');

      // Unpublished: gone for anonymous readers at once.
      assert.equal((await as.modo.post(`${base}/articles/${id}/unpublish`)).status, 200);
      assert.ok(!(await anonNewsIds()).includes(id));
      assert.equal((await as.anon.get(`${base}/articles/${id}`)).status, 404);

      const audit = await as.admin.get(`${base}/audit?limit=4`);
      assert.deepEqual(
        audit.body.entries.map((e: { actor: string; action: string; target: { id: string } }) => `${e.actor} ${e.action} ${e.target.id}`),
        [`modo article.unpublish ${id}`, `modo article.publish ${id}`, `redac article.submit ${id}`, `redac article.create ${id}`],
      );
    });

    it('publishes a scheduled article at its date and not before', async () => {
      const publishAt = minutes(120).toISOString();
      const created = await as.redacpub.post(`${base}/articles`, { rubrique: 'actus', title: 'Programmé', body: '<p>Bientôt</p>', publishAt: '2026-11-23T13:00:00+01:00' });
      assert.equal(created.status, 201);
      assert.equal(created.body.article.publishedAt, publishAt, 'stored in UTC');
      const { id } = created.body.article;
      const published = await as.redacpub.post(`${base}/articles/${id}/publish`);
      assert.equal(published.body.article.status, 'published');
      assert.equal(published.body.article.publishedAt, publishAt);
      try {
        assert.ok(!(await anonNewsIds()).includes(id), 'not yet');
        assert.equal((await as.anon.get(`${base}/articles/${id}`)).status, 404);
        assert.equal((await as.redac2.get(`${base}/articles/${id}/source`)).status, 404, 'not for other writers either');
        assert.equal((await as.modo.get(`${base}/articles/${id}/source`)).status, 200, 'its modérateurs see it coming');
        const readerNewsIds = async () => (await as.visit.get(NEWS)).body.tile.data.items.map((i: { id: string }) => i.id) as string[];
        t.setNow(minutes(119));
        assert.ok(!(await readerNewsIds()).includes(id), 'a minute before, for a reader');
        assert.ok(!(await anonNewsIds()).includes(id), 'a minute before, for anonymous visitors');
        t.setNow(minutes(120));
        assert.equal((await readerNewsIds())[0], id, 'at its date, first');
        assert.equal((await as.visit.get(`${base}/articles/${id}`)).status, 200);
        // Anonymous visitors were promised the copy of minute 119 for max-age (300 s here,
        // TUILES_PUBLIC_MAX_AGE): browsers and CDNs keep it that long too. Then it is there.
        t.setNow(new Date(minutes(119).getTime() + 300_000));
        assert.equal((await anonNewsIds())[0], id, 'for anonymous visitors, within max-age of its date');
        assert.equal((await as.anon.get(`${base}/articles/${id}`)).status, 200);
      } finally {
        t.setNow(NOW);
      }
      // Published in the past: it goes out now, not back-dated.
      const late = await as.redacpub.post(`${base}/articles`, { rubrique: 'actus', title: 'En retard', publishAt: '2026-11-01T08:00:00Z' });
      const now = await as.redacpub.post(`${base}/articles/${late.body.article.id}/publish`);
      assert.equal(now.body.article.publishedAt, NOW.toISOString());
      assert.equal((await as.redacpub.patch(`${base}/articles/${late.body.article.id}`, { publishAt: '2026-10-01T08:00:00Z' })).status, 400, 'a published article is not back-dated');
      const refused = await as.redacpub.post(`${base}/articles`, { rubrique: 'actus', title: 'Sans fuseau', publishAt: '2026-12-01T08:00' });
      assert.equal(refused.status, 400);
      assert.ok(refused.body.error.fields.publishAt);
    });

    it("brings a published article back to the top of the news when its text changes, not when its picture does", async () => {
      t.setNow(minutes(10));
      try {
        const a = (await as.redacpub.post(`${base}/articles`, { rubrique: 'actus', title: 'Premier' })).body.article;
        await as.redacpub.post(`${base}/articles/${a.id}/publish`);
        t.setNow(minutes(20));
        const b = (await as.redacpub.post(`${base}/articles`, { rubrique: 'actus', title: 'Second' })).body.article;
        await as.redacpub.post(`${base}/articles/${b.id}/publish`);
        assert.deepEqual((await anonNewsIds()).slice(0, 2), [b.id, a.id]);
        t.setNow(minutes(30));
        const illustrated = await as.redacpub.patch(`${base}/articles/${a.id}`, { illustration: { url: '/media/demo/sport.svg', alt: 'Sport' } });
        assert.equal(illustrated.status, 200);
        assert.deepEqual((await anonNewsIds()).slice(0, 2), [b.id, a.id], 'a new picture does not move it');
        const edited = await as.redacpub.patch(`${base}/articles/${a.id}`, { body: '<p>Corrigé</p>' });
        assert.equal(edited.body.article.activityAt, minutes(30).toISOString());
        assert.deepEqual((await anonNewsIds()).slice(0, 2), [a.id, b.id], 'a corrected text does');
        const readers = await as.anon.get(`${base}/articles/${a.id}`);
        assert.match(readers.body.article.body, /Corrigé/);
      } finally {
        t.setNow(NOW);
      }
    });

    it('stores bodies sanitized for the site, and refuses them past 200 KB or 100 levels with a 400 naming body', async () => {
      const dirty =
        '<p onclick="steal()">Bonjour<script>alert(1)</script><a href="javascript:alert(1)">lien</a></p>' +
        '<iframe src="https://tube.example.fr/videos/embed/abc"></iframe><iframe src="https://evil.example.com/x"></iframe>';
      const { body } = await as.redac.post(`${base}/articles`, { rubrique: 'actus', title: 'Propre', body: dirty });
      const stored = (await exportSiteDocument(t.store, SITE)).articles!.find((a) => a.id === body.article.id)!.body!;
      assert.doesNotMatch(stored, /<script|onclick|javascript:|evil\.example/);
      assert.match(stored, /tube\.example\.fr\/videos\/embed\/abc/);
      assert.equal(body.article.body, stored);

      const filler = (bytes: number) => `<p>${'é'.repeat((bytes - 7) / 2)}</p>`; // é is 2 bytes in UTF-8
      assert.equal(Buffer.byteLength(filler(200 * 1024 + 1)), 200 * 1024 + 1);
      const ok = await as.redac.post(`${base}/articles`, { rubrique: 'actus', title: 'Long', body: filler(200 * 1024 - 1) });
      assert.equal(ok.status, 201);
      for (const [what, html] of [
        ['one byte too many', filler(200 * 1024 + 1)],
        ['far too long', 'x'.repeat(600 * 1024)],
        ['101 levels', `${'<div>'.repeat(101)}x${'</div>'.repeat(101)}`],
        ['unclosed tags', '<b>'.repeat(5000)],
      ] as const) {
        const started = Date.now();
        const refused = await as.redac.post(`${base}/articles`, { rubrique: 'actus', title: 'Refusé', body: html });
        assert.equal(refused.status, 400, what);
        assert.deepEqual(Object.keys(refused.body.error.fields), ['body'], what);
        assert.ok(Date.now() - started < 5000, `${what}: refused before the slow part`);
        const patched = await as.redac.patch(`${base}/articles/${ok.body.article.id}`, { body: html });
        assert.equal(patched.status, 400, `${what} (PATCH)`);
      }
      const deep = await as.redac.post(`${base}/articles`, { rubrique: 'actus', title: 'Profond', body: `${'<div>'.repeat(100)}x${'</div>'.repeat(100)}` });
      assert.equal(deep.status, 201, '100 levels are fine');
      const tooBig = await as.redac.post(`${base}/articles`, { rubrique: 'actus', title: 'Énorme', body: 'x'.repeat(2 * 1024 * 1024) });
      assert.equal(tooBig.status, 413, 'past the request limit');
    });

    it('refuses an article in a rubrique without blog, naming the field, and an unknown one like an unreadable one', async () => {
      const noBlog = await as.admin.post(`${base}/articles`, { rubrique: 'agenda-only', title: 'x' });
      assert.equal(noBlog.status, 400);
      assert.ok(noBlog.body.error.fields.rubrique);
      const unknown = await as.redac.post(`${base}/articles`, { rubrique: 'nulle-part', title: 'x' });
      const unreadable = await as.redac.post(`${base}/articles`, { rubrique: 'parents', title: 'x' });
      assert.deepEqual([unknown.status, unreadable.status], [404, 404]);
      const extra = await as.redac.post(`${base}/articles`, { rubrique: 'actus', title: 'x', status: 'published' });
      assert.equal(extra.status, 400, 'a client does not set the status');
    });

    it('lists what the viewer may edit, filtered by rubrique, status and author', async () => {
      const mine = (await as.redac.post(`${base}/articles`, { rubrique: 'actus', title: 'Liste' })).body.article;
      const list = await as.modo.get(`${base}/articles?status=pending`);
      assert.equal(list.status, 200);
      assert.equal(list.headers.get('cache-control'), 'private, no-store');
      assert.ok(list.body.articles.every((a: { status: string }) => a.status === 'pending'));
      assert.ok(list.body.articles.some((a: { id: string }) => a.id === 'a-public-pending'), 'imported pending articles too');
      assert.ok(!(await as.modo.get(`${base}/articles`)).body.articles.some((a: { id: string }) => a.id === mine.id), "others' drafts stay theirs");
      assert.ok((await as.redac.get(`${base}/articles?rubrique=actus&status=draft`)).body.articles.some((a: { id: string }) => a.id === mine.id));
      assert.deepEqual((await as.redac.get(`${base}/articles?rubrique=cdi`)).body.articles, []);
      assert.deepEqual((await as.redac.get(`${base}/articles?rubrique=parents`)).body.articles, [], 'an unreadable rubrique lists nothing');
      assert.deepEqual((await as['sans-droit'].get(`${base}/articles`)).body.articles, []);
      assert.equal((await as.redac.get(`${base}/articles?status=brouillon`)).status, 400);
    });

    it('still exports a site document that imports as it exported after all this', async () => {
      const doc = await exportSiteDocument(t.store, SITE);
      const copy = await backend.fresh();
      try {
        await importSiteDocument(copy.store, doc, { now: NOW, sanitize });
        assert.deepEqual(await exportSiteDocument(copy.store, SITE), doc);
      } finally {
        await copy.drop();
      }
    });
  });
}
