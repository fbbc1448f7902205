/**
 * What the authoring screens ask of the API besides the workflow itself: the article
 * picker's title search, the events editor's list and source, and the modérateur's
 * « Renvoyer à l'auteur ». Privacy as everywhere in authoring: what the viewer may not
 * see is never found, and answers 404 like something missing.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { NOW, daysAgo, daysAhead } from '../support/fixtures.ts';
import { LOGIN, SITE, authoringDocument, client } from '../support/authoring-fixtures.ts';

const base = `/api/sites/${SITE}`;
const ids = (list: { id: string }[]) => list.map((a) => a.id);

for (const backend of backends) {
  describe(`authoring lists, search and send-back on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    const as: Record<string, ReturnType<typeof client>> = {};
    before(async () => {
      t = await testApp(backend, authoringDocument([], []));
      as.anon = client(t.request);
      for (const login of [...Object.values(LOGIN).filter((l) => l !== 'autre-admin'), 'redac2']) as[login] = client(t.request, await t.login(login));
    });
    after(() => t.drop());

    const write = async (who: string, title: string) => {
      const created = await as[who].post(`${base}/articles`, { rubrique: 'actus', title });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.article.id as string;
    };
    const search = async (who: string, q: string, extra = '') =>
      ids((await as[who].get(`${base}/articles?q=${encodeURIComponent(q)}&limit=20${extra}`)).body.articles);

    it('finds articles by words of their title, in any case and accent capitals included, LIKE wildcards taken literally', async () => {
      const ecole = await write('redac', 'École ouverte : 100% réussite');
      const underscore = await write('redac', 'Atelier a_b');
      const lookalike = await write('redac', 'Atelier axb');
      assert.deepEqual(await search('redac', 'école'), [ecole]);
      assert.deepEqual(await search('redac', 'OUVERTE'), [ecole]);
      assert.deepEqual(await search('redac', '100%'), [ecole]);
      assert.deepEqual(await search('redac', '0% r'), [ecole], 'the % is no wildcard');
      assert.deepEqual(await search('redac', '%'), [ecole]);
      assert.deepEqual(await search('redac', 'a_b'), [underscore], 'the _ is no wildcard');
      assert.deepEqual((await search('redac', 'atelier')).sort(), [underscore, lookalike].sort());
      assert.deepEqual(await search('redac', 'atelier', '&status=pending'), [], 'combined with the other filters');
      assert.deepEqual(await search('redac', 'atelier', '&rubrique=cdi'), []);
      assert.equal((await as.redac.get(`${base}/articles?q=${'x'.repeat(201)}`)).status, 400);
    });

    it("never finds others' drafts, and finds a submitted article for its modérateurs only", async () => {
      const id = await write('redac', 'Sortie au musée Rodin');
      for (const login of ['redac2', 'modo', 'gest', 'admin', 'redacpub', 'visit']) assert.deepEqual(await search(login, 'rodin'), [], `${login} must not find the draft`);
      assert.equal((await as.anon.get(`${base}/articles?q=rodin`)).status, 401);
      assert.equal((await as.redac.post(`${base}/articles/${id}/submit`)).status, 200);
      for (const login of ['modo', 'gest', 'admin']) assert.deepEqual(await search(login, 'RODIN'), [id], `${login} moderates actus`);
      for (const login of ['redac2', 'redacpub', 'visit']) assert.deepEqual(await search(login, 'rodin'), [], login);
    });

    it('sends a pending article back to its author as a draft, with the modérateur’s message in the audit log', async () => {
      const id = await write('redac', 'Compte rendu du conseil');
      assert.equal((await as.redac.post(`${base}/articles/${id}/submit`)).status, 200);
      const queued = (await as.modo.get(`${base}/moderation`)).body.articles.find((a: { id: string }) => a.id === id);
      assert.equal(queued.may.sendBack, true);
      assert.equal((await as.redac.post(`${base}/articles/${id}/send-back`)).status, 403, 'the author withdraws nothing this way');
      assert.equal((await as.redacpub.post(`${base}/articles/${id}/send-back`)).status, 404, 'others do not see it');
      const invalid = await as.modo.post(`${base}/articles/${id}/send-back`, { message: 'x'.repeat(2001) });
      assert.equal(invalid.status, 400);
      assert.ok(invalid.body.error.fields.message);

      const sent = await as.modo.post(`${base}/articles/${id}/send-back`, { message: 'Merci d’ajouter la date.' });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      assert.equal(sent.body.article.status, 'draft');
      assert.ok(!ids((await as.modo.get(`${base}/moderation`)).body.articles).includes(id), 'out of the queue');
      assert.equal((await as.modo.get(`${base}/articles/${id}/source`)).status, 404, "a draft is its author's again");
      const mine = (await as.redac.get(`${base}/articles?mine=1&status=draft`)).body.articles;
      assert.ok(ids(mine).includes(id));
      const entry = (await as.admin.get(`${base}/audit?limit=1`)).body.entries[0];
      assert.deepEqual([entry.actor, entry.action, entry.target.id, entry.detail.message], ['modo', 'article.send-back', id, 'Merci d’ajouter la date.']);

      // Only a pending article goes back: the modérateur's own draft is a 409.
      const own = await write('modo', 'Brouillon du modérateur');
      const wrong = await as.modo.post(`${base}/articles/${own}/send-back`);
      assert.equal(wrong.status, 409);
      assert.equal(wrong.body.error.code, 'wrong_status');
    });

    it("lists the events a viewer may edit: their own where they write, all where they publish any; upcoming first with `from`", async () => {
      const mk = async (who: string, title: string, start: string, end: string, allDay = false) => {
        const created = await as[who].post(`${base}/events`, { rubrique: 'actus', title, start, end, allDay });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        return created.body.event.id as string;
      };
      const soon = await mk('redac', 'Réunion parents', daysAhead(2), daysAhead(2));
      const later = await mk('redac', 'Kermesse', daysAhead(20).slice(0, 10), daysAhead(21).slice(0, 10), true);
      const past = await mk('redac', 'Vide-grenier', daysAgo(20), daysAgo(20));
      const today = await mk('redac', 'Journée sportive', NOW.toISOString().slice(0, 10), NOW.toISOString().slice(0, 10), true);
      const others = await mk('redac2', 'Chorale', daysAhead(1), daysAhead(1));

      const from = encodeURIComponent(NOW.toISOString());
      const redacUpcoming = ids((await as.redac.get(`${base}/events?from=${from}`)).body.events);
      assert.deepEqual(redacUpcoming, [today, soon, later], "own only, soonest first, today's all-day event kept until the day ends");
      const redacAll = ids((await as.redac.get(`${base}/events`)).body.events);
      assert.deepEqual(redacAll, [later, soon, today, past], 'without from: all, latest first');

      // The modérateur edits every event of actus, the fixtures' too.
      const modo = (await as.modo.get(`${base}/events?from=${from}`)).body.events;
      assert.ok([soon, others, 'e-ongoing'].every((id) => ids(modo).includes(id)));
      assert.ok(!ids(modo).includes('e-past'));
      assert.ok(!ids(modo).includes('e-soon'), 'agenda-only: no right there');
      assert.equal(modo.find((e: { id: string }) => e.id === soon).may.edit, true);
      assert.deepEqual(ids((await as.modo.get(`${base}/events?mine=1`)).body.events), []);
      assert.deepEqual(ids((await as.modo.get(`${base}/events?rubrique=cdi`)).body.events), []);
      assert.deepEqual(ids((await as.modo.get(`${base}/events?rubrique=inconnue`)).body.events), []);
      assert.deepEqual(ids((await as.visit.get(`${base}/events`)).body.events), [], 'a visiteur edits nothing');
      assert.ok(!ids((await as.redac2.get(`${base}/events`)).body.events).includes(soon), "another rédacteur's");
      assert.equal((await as.modo.get(`${base}/events?limit=2&from=${from}`)).body.events.length, 2);
      assert.equal((await as.modo.get(`${base}/events?from=demain`)).status, 400);
      assert.equal((await as.anon.get(`${base}/events`)).status, 401);
    });

    it("gives an event's source to whoever reads it, and 404 like a missing one otherwise", async () => {
      const created = await as.redac.post(`${base}/events`, { rubrique: 'actus', title: 'Portes ouvertes', start: '2026-12-05', end: '2026-12-05', allDay: true, location: 'Hall' });
      const { id } = created.body.event;
      const own = await as.redac.get(`${base}/events/${id}/source`);
      assert.equal(own.status, 200);
      assert.deepEqual([own.body.event.title, own.body.event.start, own.body.event.end, own.body.event.allDay, own.body.event.location], ['Portes ouvertes', '2026-12-05T00:00:00.000Z', '2026-12-05T00:00:00.000Z', true, 'Hall']);
      assert.deepEqual(own.body.event.may, { edit: true, delete: true });
      assert.match(own.headers.get('cache-control')!, /private/);
      const other = await as.redac2.get(`${base}/events/${id}/source`);
      assert.equal(other.status, 200, 'events have no draft: a reader of the rubrique sees them');
      assert.deepEqual(other.body.event.may, { edit: false, delete: false });
      // profs is read by the group profs and the personnels only.
      const hidden = await as.redac.get(`${base}/events/e-profs/source`);
      const missing = await as.redac.get(`${base}/events/nulle-part/source`);
      assert.deepEqual([hidden.status, missing.status], [404, 404]);
      assert.deepEqual(hidden.body, JSON.parse(JSON.stringify(missing.body).replace('nulle-part', 'e-profs')));
      assert.equal((await as.anon.get(`${base}/events/${id}/source`)).status, 401);
    });
  });
}
