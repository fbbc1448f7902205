/**
 * Rubriques and their actors, agenda events and the audit log, as a school's admin and
 * gestionnaire use them; and the site document still round-trips afterwards.
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
const slugs = (list: { slug: string }[]) => list.map((r) => r.slug);

for (const backend of backends) {
  describe(`rubriques, events and the audit log on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    const as: Record<string, ReturnType<typeof client>> = {};
    before(async () => {
      t = await testApp(backend, authoringDocument([], []));
      as.anon = client(t.request);
      for (const login of [...Object.values(LOGIN).filter((l) => l !== 'autre-admin'), 'redac2', 'prof', 'eleve']) as[login] = client(t.request, await t.login(login));
    });
    after(() => t.drop());

    it("lists the rubriques a member reads with their role on each, and the actors only where they name them", async () => {
      const tree = (await as.gest.get(`${base}/rubriques`)).body.rubriques;
      assert.ok(!slugs(tree).includes('parents'), 'unreadable rubriques are not listed');
      const actus = tree.find((r: { slug: string }) => r.slug === 'actus');
      assert.equal(actus.role, 'gestionnaire');
      assert.equal(actus.rights, undefined, 'actus is staffed from above');
      assert.deepEqual([actus.may.createSub, actus.may.edit, actus.may.manageActors], [true, false, false]);
      const club = tree.find((r: { slug: string }) => r.slug === 'club-gest');
      assert.deepEqual([club.parent, club.role, club.may.edit, club.may.manageActors], ['actus', 'gestionnaire', true, true]);
      assert.deepEqual(club.rights, []);
      const prof = (await as.prof.get(`${base}/rubriques`)).body.rubriques;
      assert.deepEqual(
        prof.filter((r: { role: string | null }) => r.role).map((r: { slug: string; role: string }) => `${r.slug}:${r.role}`),
        ['profs:redacteur', 'profs-public-child:redacteur', 'classe-6a:moderateur'],
      );
      const admin = (await as.admin.get(`${base}/rubriques`)).body.rubriques;
      assert.deepEqual(admin.find((r: { slug: string }) => r.slug === 'profs').rights, [{ group: 'profs', name: 'Professeurs', role: 'redacteur' }, { profile: 'personnel', role: 'visiteur' }], 'groups come with their name for the screens');
    });

    it('lets a gestionnaire create a sub-rubrique, name its actors, and nothing above it', async () => {
      const created = await as.gest.post(`${base}/rubriques`, { slug: 'club-theatre', title: 'Club théâtre', parent: 'actus', visibility: 'private', services: ['blog', 'agenda', 'blog'] });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.deepEqual(created.body.rubrique.services, ['blog', 'agenda']);
      // Private: the élève does not read it until named.
      assert.ok(!slugs((await as.eleve.get(`${base}/rubriques`)).body.rubriques).includes('club-theatre'));
      const named = await as.gest.put(`${base}/rubriques/club-theatre/rights`, [{ user: 'eleve', role: 'redacteur' }, { group: '6a', role: 'visiteur' }, { profile: 'parent', role: 'visiteur' }]);
      assert.equal(named.status, 200, JSON.stringify(named.body));
      const eleve = (await as.eleve.get(`${base}/rubriques`)).body.rubriques.find((r: { slug: string }) => r.slug === 'club-theatre');
      assert.equal(eleve.role, 'redacteur');
      const wrote = await as.eleve.post(`${base}/articles`, { rubrique: 'club-theatre', title: 'Répétition' });
      assert.equal(wrote.status, 201);

      const unknown = await as.gest.put(`${base}/rubriques/club-theatre/rights`, [{ group: 'inconnu', role: 'visiteur' }, { user: 'autre-admin', role: 'moderateur' }]);
      assert.equal(unknown.status, 400);
      assert.deepEqual(Object.keys(unknown.body.error.fields).sort(), ['[0].group', '[1].user'], "another site's account is unknown here");
      assert.equal((await as.gest.put(`${base}/rubriques/actus/rights`, [])).status, 403, 'never the rubrique it was given');
      assert.equal((await as.gest.patch(`${base}/rubriques/club-theatre`, { parent: null })).status, 403, 'nor out of its subtree');
      assert.equal((await as.gest.patch(`${base}/rubriques/club-theatre`, { parent: 'cdi' })).status, 403);
      const dup = await as.admin.post(`${base}/rubriques`, { slug: 'club-theatre', title: 'Encore', visibility: 'public' });
      assert.equal(dup.status, 409);
    });

    it('refuses to move a rubrique under itself or its own sub-rubriques, and keeps parents first in the document', async () => {
      assert.equal((await as.admin.post(`${base}/rubriques`, { slug: 'haut', title: 'Haut', visibility: 'public' })).status, 201);
      assert.equal((await as.admin.post(`${base}/rubriques`, { slug: 'bas', title: 'Bas', parent: 'haut', visibility: 'public' })).status, 201);
      const cycle = await as.admin.patch(`${base}/rubriques/haut`, { parent: 'bas' });
      assert.equal(cycle.status, 400);
      assert.ok(cycle.body.error.fields.parent);
      // `cdi` was created long before `haut`: moved under it, it must still come after it.
      assert.equal((await as.admin.patch(`${base}/rubriques/cdi`, { parent: 'bas' })).status, 200);
      const doc = await exportSiteDocument(t.store, SITE);
      const order = doc.rubriques!.map((r) => r.slug);
      assert.ok(order.indexOf('bas') < order.indexOf('cdi') && order.indexOf('haut') < order.indexOf('bas'));
      assert.equal((await as.admin.patch(`${base}/rubriques/cdi`, { parent: null })).status, 200);
    });

    it('deletes a rubrique with its sub-rubriques and content only when the slug is confirmed', async () => {
      await as.admin.post(`${base}/rubriques`, { slug: 'a-supprimer', title: 'À supprimer', visibility: 'public', services: ['blog', 'agenda'] });
      await as.admin.post(`${base}/rubriques`, { slug: 'a-supprimer-sous', title: 'Sous', parent: 'a-supprimer', visibility: 'public', services: ['blog'] });
      const a = (await as.admin.post(`${base}/articles`, { rubrique: 'a-supprimer-sous', title: 'Perdu' })).body.article;
      await as.admin.post(`${base}/articles/${a.id}/publish`);
      const e = (await as.admin.post(`${base}/events`, { rubrique: 'a-supprimer', title: 'Perdu aussi', start: '2026-12-01', end: '2026-12-01', allDay: true })).body.event;
      // A page tile naming what is deleted must not break the site document.
      const { body: before } = await as.anon.get(`${base}/articles/${a.id}`);
      assert.equal(before.article.id, a.id);

      for (const query of ['', '?confirm=a-supprimer-sous', '?confirm=A-SUPPRIMER']) {
        const refused = await as.admin.del(`${base}/rubriques/a-supprimer${query}`);
        assert.equal(refused.status, 400, query);
        assert.ok(refused.body.error.fields.confirm);
      }
      assert.equal((await as.admin.del(`${base}/rubriques/a-supprimer?confirm=a-supprimer`)).status, 204);
      const doc = await exportSiteDocument(t.store, SITE);
      assert.ok(!doc.rubriques!.some((r) => r.slug.startsWith('a-supprimer')));
      assert.ok(!doc.articles!.some((x) => x.id === a.id));
      assert.ok(!doc.events!.some((x) => x.id === e.id));
      assert.equal((await as.anon.get(`${base}/articles/${a.id}`)).status, 404);
      const log = (await as.admin.get(`${base}/audit?limit=1`)).body.entries[0];
      assert.equal(log.action, 'rubrique.delete');
      assert.deepEqual(log.detail.removed, ['a-supprimer', 'a-supprimer-sous']);
    });

    it('writes events with the site document date rules, in agenda rubriques only, visible at once', async () => {
      const timed = await as.redac.post(`${base}/events`, { rubrique: 'actus', title: 'Conseil', location: 'Salle 3', start: '2026-11-24T18:00:00+01:00', end: '2026-11-24T20:00:00+01:00' });
      assert.equal(timed.status, 201, JSON.stringify(timed.body));
      assert.deepEqual([timed.body.event.start, timed.body.event.end], ['2026-11-24T17:00:00.000Z', '2026-11-24T19:00:00.000Z']);
      const allDay = await as.redac.post(`${base}/events`, { rubrique: 'actus', title: 'Sortie', start: '2026-11-25T09:00:00+01:00', end: '2026-11-26', allDay: true });
      assert.deepEqual([allDay.body.event.start, allDay.body.event.end], ['2026-11-25T00:00:00.000Z', '2026-11-26T00:00:00.000Z'], 'days, at midnight UTC');
      const agenda = await as.anon.get(`${base}/tiles/agenda?rubriques=actus&limit=20`);
      assert.ok(agenda.body.tile.data.items.some((e: { id: string }) => e.id === timed.body.event.id), 'in the anonymous agenda at once');

      const cases: [string, Record<string, unknown>, string][] = [
        ['no offset', { start: '2026-11-24T18:00', end: '2026-11-24T20:00:00Z' }, 'start'],
        ['end before start', { start: '2026-11-24T18:00:00Z', end: '2026-11-24T17:00:00Z' }, 'end'],
        ['not a date', { start: 'demain', end: '2026-11-24T17:00:00Z' }, 'start'],
      ];
      for (const [what, dates, field] of cases) {
        const refused = await as.redac.post(`${base}/events`, { rubrique: 'actus', title: 'x', ...dates });
        assert.equal(refused.status, 400, what);
        assert.ok(refused.body.error.fields[field], `${what}: ${JSON.stringify(refused.body)}`);
      }
      const noAgenda = await as.admin.post(`${base}/events`, { rubrique: 'cdi', title: 'x', start: '2026-11-24', end: '2026-11-24', allDay: true });
      assert.equal(noAgenda.status, 400);
      assert.ok(noAgenda.body.error.fields.rubrique);

      const moved = await as.redac.patch(`${base}/events/${timed.body.event.id}`, { end: '2026-11-24T16:00:00Z' });
      assert.equal(moved.status, 400, 'an end before the kept start');
      const patched = await as.modo.patch(`${base}/events/${timed.body.event.id}`, { location: 'Salle 4', allDay: true });
      assert.deepEqual([patched.body.event.location, patched.body.event.start, patched.body.event.allDay], ['Salle 4', '2026-11-24T00:00:00.000Z', true]);
      assert.equal((await as.redac2.del(`${base}/events/${timed.body.event.id}`)).status, 403);
      assert.equal((await as.redac.del(`${base}/events/${timed.body.event.id}`)).status, 204);
      assert.equal((await as.redac.del(`${base}/events/${timed.body.event.id}`)).status, 404);
      const doc = await exportSiteDocument(t.store, SITE);
      assert.equal(doc.events!.find((e) => e.id === allDay.body.event.id)!.author, 'redac', 'the author goes into the document');
    });

    it('pages the audit log, newest first, for site admins only', async () => {
      const first = await as.admin.get(`${base}/audit?limit=3`);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('cache-control'), 'private, no-store');
      assert.equal(first.body.entries.length, 3);
      const ids = first.body.entries.map((e: { id: number }) => e.id);
      assert.deepEqual(ids, [...ids].sort((a: number, b: number) => b - a));
      const second = await as.admin.get(`${base}/audit?limit=3&before=${first.body.next}`);
      assert.ok(second.body.entries.every((e: { id: number }) => e.id < first.body.next));
      for (const e of [...first.body.entries, ...second.body.entries]) {
        assert.match(e.at, /^\d{4}-\d\d-\d\dT/);
        assert.match(e.action, /^(article|event|rubrique)\.[a-z]+$/);
      }
      const all = (await as.admin.get(`${base}/audit?limit=200`)).body;
      assert.equal(all.next, null);
      assert.ok(all.entries.some((e: { action: string; actor: string; target: { id: string } }) => e.action === 'rubrique.rights' && e.actor === 'gest' && e.target.id === 'club-theatre'));
      assert.equal((await as.gest.get(`${base}/audit`)).status, 403);
      assert.equal((await as.admin.get(`${base}/audit?limit=0`)).status, 400);
    });

    it('still exports a site document that imports as it exported', async () => {
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
