/** The annonces routes for every role, read receipts, and the tile the viewer sees. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { passwordHash, schoolDocument } from '../../support/fixtures.ts';
import { importSiteDocument } from '../../../../server/site-document/import.ts';
import { sanitize } from '../../support/harness.ts';
import type { Mailer } from '../../../../server/annonces/mail.ts';

const BASE = 'http://localhost/api/sites/college-test/annonces';
const send = (method: string, body: unknown, cookie?: string): RequestInit => ({
  method,
  headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(cookie ? { Cookie: cookie } : {}) },
  body: body === undefined ? undefined : JSON.stringify(body),
});

function document() {
  const doc = schoolDocument();
  doc.site.annoncesFonctions = ['CPE'];
  doc.users!.push(
    { login: 'cpe', passwordHash, displayName: 'CPE Un', profile: 'personnel', fonction: 'CPE' },
    { login: 'cpe2', passwordHash, displayName: 'CPE Deux', profile: 'personnel', fonction: 'CPE' },
    { login: 'eleve-bis', passwordHash, displayName: 'Élève Bis', profile: 'eleve', niveau: '6e' },
  );
  return doc;
}

const annonce = (over: Record<string, unknown> = {}) => ({
  kind: 'information',
  title: 'Photo de classe',
  body: '<p>Jeudi <script>alert(1)</script><strong>matin</strong></p>',
  start: '2026-11-20',
  end: '2026-11-30',
  targets: [{ profile: 'eleve', niveau: '6e' }],
  ...over,
});

for (const backend of backends) {
  describe(`annonces routes (${backend.name})`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    const cookies: Record<string, string> = {};
    before(async () => {
      t = await testApp(backend, document());
      for (const login of ['eleve', 'eleve2', 'eleve-bis', 'parent', 'prof', 'perso', 'admin', 'invite', 'cpe', 'cpe2']) cookies[login] = await t.login(login);
    });
    after(() => t.drop());

    const create = async (body: unknown, who = 'admin') => {
      const res = await t.request(BASE, send('POST', body, cookies[who]));
      return { res, body: (await res.json()) as any };
    };
    const current = async (who: string) => (await t.getJson(`${BASE}/current`, cookies[who])).body.tile.data.items as any[];

    describe('who may write', () => {
      it('asks anonymous visitors to log in (401), to list and to write', async () => {
        assert.equal((await t.request(BASE)).status, 401);
        assert.equal((await t.request(BASE, send('POST', annonce()))).status, 401);
        assert.equal((await t.request(`${BASE}/1/read`, send('POST', undefined))).status, 401);
        assert.equal((await t.request(`${BASE}/current`)).status, 401);
      });

      for (const who of ['eleve', 'parent', 'prof', 'invite', 'perso']) {
        it(`refuses ${who} (403): not an admin, nor personnel with a fonction allowed to communicate`, async () => {
          const list = await t.request(BASE, { headers: { Cookie: cookies[who] } });
          assert.equal(list.status, 403);
          const { res, body } = await create(annonce(), who);
          assert.equal(res.status, 403);
          assert.equal(body.error.code, 'forbidden');
        });
      }

      it('lets a site admin create, list, change and delete, with counts of targeted users and readers', async () => {
        const { res, body } = await create(annonce({ kind: 'alerte' }));
        assert.equal(res.status, 201);
        assert.equal(body.kind, 'alerte');
        assert.equal(body.body, '<p>Jeudi <strong>matin</strong></p>', 'stored sanitized');
        assert.deepEqual(body.author, { login: 'admin', displayName: 'Admin Un' });
        assert.deepEqual(body.counts, { targeted: 2, read: 0 });
        const patched = await t.request(`${BASE}/${body.id}`, send('PATCH', { title: 'Photo de classe (modifiée)', targets: [{ profile: 'eleve' }] }, cookies.admin));
        assert.equal(patched.status, 200);
        const after = (await patched.json()) as any;
        assert.equal(after.title, 'Photo de classe (modifiée)');
        assert.equal(after.kind, 'alerte', 'what the patch leaves out stays');
        assert.deepEqual(after.counts, { targeted: 3, read: 0 });
        const list = await t.getJson(BASE, cookies.admin);
        assert.equal(list.res.headers.get('cache-control'), 'private, no-store');
        assert.equal(list.body.emailAvailable, false, 'no SMTP: the e-mail option is hidden');
        assert.deepEqual(list.body.fonctions, ['CPE']);
        assert.ok(list.body.annonces.some((a: any) => a.id === body.id));
        assert.equal((await t.request(`${BASE}/${body.id}`, send('DELETE', undefined, cookies.admin))).status, 204);
        assert.equal((await t.request(`${BASE}/${body.id}`, send('DELETE', undefined, cookies.admin))).status, 404);
      });

      it('lets personnel with an allowed fonction write, and change only their own annonces', async () => {
        const mine = await create(annonce(), 'cpe');
        assert.equal(mine.res.status, 201);
        const theirs = await create(annonce({ title: 'Du CPE deux' }), 'cpe2');
        const byAdmin = await create(annonce({ title: "De l'admin" }));
        assert.equal((await t.request(`${BASE}/${mine.body.id}`, send('PATCH', { title: 'Changé' }, cookies.cpe))).status, 200);
        for (const other of [theirs.body.id, byAdmin.body.id]) {
          assert.equal((await t.request(`${BASE}/${other}`, send('PATCH', { title: 'Non' }, cookies.cpe))).status, 403);
          assert.equal((await t.request(`${BASE}/${other}`, send('DELETE', undefined, cookies.cpe))).status, 403);
        }
        const list = await t.getJson(BASE, cookies.cpe);
        assert.deepEqual(list.body.annonces.map((a: any) => a.id), [mine.body.id], 'their own annonces only');
        assert.equal((await t.request(`${BASE}/${theirs.body.id}`, send('PATCH', { title: 'Admin peut' }, cookies.admin))).status, 200);
        for (const id of [mine.body.id, theirs.body.id, byAdmin.body.id]) await t.request(`${BASE}/${id}`, send('DELETE', undefined, cookies.admin));
      });

      it('follows the site setting: a fonction removed from it can no longer write', async () => {
        const settings = `${BASE}/settings`;
        assert.equal((await t.request(settings, send('PUT', { fonctions: [] }, cookies.cpe))).status, 403, 'only admins change the setting');
        const res = await t.request(settings, send('PUT', { fonctions: ['Principale'] }, cookies.admin));
        assert.deepEqual(await res.json(), { fonctions: ['Principale'] });
        assert.equal((await create(annonce(), 'cpe')).res.status, 403);
        await t.request(settings, send('PUT', { fonctions: ['CPE'] }, cookies.admin));
        assert.equal((await t.getJson(settings, cookies.admin)).body.fonctions[0], 'CPE');
      });

      it("refuses a user of another site (403) and answers 404 for an unknown site", async () => {
        await importSiteDocument(
          t.store,
          { site: { slug: 'autre', name: 'Autre' }, users: [{ login: 'admin-autre', passwordHash, displayName: 'Admin Autre', profile: 'admin' }] },
          { now: new Date(), sanitize },
        );
        const stranger = await t.login('admin-autre');
        assert.equal((await t.request(BASE, { headers: { Cookie: stranger } })).status, 403);
        assert.equal((await t.request('http://localhost/api/sites/nulle-part/annonces', { headers: { Cookie: cookies.admin } })).status, 404);
      });
    });

    describe('what an annonce may hold', () => {
      const fieldOf = async (body: unknown) => {
        const { res, body: answer } = await create(body);
        assert.equal(res.status, 400);
        return Object.keys(answer.error.fields);
      };
      it('names the field at fault', async () => {
        assert.deepEqual(await fieldOf(annonce({ kind: 'urgent' })), ['kind']);
        assert.deepEqual(await fieldOf(annonce({ title: ' ' })), ['title']);
        assert.deepEqual(await fieldOf(annonce({ end: '2026-11-01' })), ['end']);
        assert.deepEqual(await fieldOf(annonce({ start: '2026-02-30' })), ['start']);
        assert.deepEqual(await fieldOf(annonce({ targets: [] })), ['targets']);
        assert.deepEqual(await fieldOf(annonce({ targets: Array.from({ length: 11 }, () => ({ profile: 'eleve' })) })), ['targets']);
        assert.deepEqual(await fieldOf(annonce({ targets: [{}] })), ['targets[0]']);
        assert.deepEqual(await fieldOf(annonce({ targets: [{ profile: 'eleve' }, { group: 'inconnu' }] })), ['targets[1].group']);
        assert.deepEqual(await fieldOf(annonce({ link: 'javascript:alert(1)' })), ['link']);
        assert.deepEqual(await fieldOf(annonce({ link: 'article-inexistant' })), ['link']);
        assert.deepEqual(await fieldOf(annonce({ illustration: { url: 'data:image/png;base64,xx' } })), ['illustration.url']);
        assert.deepEqual(await fieldOf(annonce({ email: true })), ['email'], 'no SMTP configured');
      });
      it('checks a PATCH against the whole annonce it makes', async () => {
        const { body } = await create(annonce());
        const res = await t.request(`${BASE}/${body.id}`, send('PATCH', { start: '2026-12-31' }, cookies.admin));
        assert.equal(res.status, 400);
        assert.deepEqual(Object.keys(((await res.json()) as any).error.fields), ['end']);
        await t.request(`${BASE}/${body.id}`, send('DELETE', undefined, cookies.admin));
      });
      it('refuses a cross-site POST (CSRF)', async () => {
        const res = await t.request(BASE, { ...send('POST', annonce(), cookies.admin), headers: { 'Content-Type': 'application/json', Cookie: cookies.admin, Origin: 'https://ailleurs.example' } });
        assert.equal(res.status, 403);
      });
    });

    describe('what viewers see and read', () => {
      let ids: Record<string, string>;
      before(async () => {
        ids = {};
        ids.info = (await create(annonce({ title: 'Info 6e', link: 'https://www.onisep.fr/' }))).body.id;
        ids.alerte = (await create(annonce({ kind: 'alerte', title: 'Alerte 6e', link: 'a-profs-1' }))).body.id;
        ids.avert = (await create(annonce({ kind: 'avertissement', title: 'Avertissement profs', targets: [{ group: 'profs' }], link: 'a-profs-1' }))).body.id;
        ids.later = (await create(annonce({ title: 'Plus tard', start: '2026-11-24', end: '2026-11-30' }))).body.id;
        ids.over = (await create(annonce({ title: 'Fini', start: '2026-11-01', end: '2026-11-22' }))).body.id;
      });

      it('shows a pupil their annonces of today, alertes first', async () => {
        const items = await current('eleve');
        assert.deepEqual(items.map((i) => i.title), ['Alerte 6e', 'Info 6e']);
        assert.ok(items.every((i) => i.read === false));
        assert.equal(items[1].url, 'https://www.onisep.fr/');
        assert.equal(items[1].external, true);
        assert.equal(items[0].body, '<p>Jeudi <strong>matin</strong></p>');
      });

      it('drops a link to an article the viewer may not read, and keeps it for those who may', async () => {
        const [alerte] = await current('eleve');
        assert.equal(alerte.url, null, 'the pupil may not read the staff room article');
        const [forProf] = await current('prof');
        assert.equal(forProf.title, 'Avertissement profs');
        assert.equal(forProf.url, '/sites/college-test/articles/a-profs-1');
      });

      it('shows nothing to those it does not target', async () => {
        assert.deepEqual(await current('eleve2'), []);
        assert.deepEqual(await current('parent'), []);
      });

      it('counts a read receipt once per user, and puts read annonces after unread ones', async () => {
        for (let i = 0; i < 3; i++) {
          const res = await t.request(`${BASE}/${ids.alerte}/read`, send('POST', undefined, cookies.eleve));
          assert.equal(res.status, 200);
        }
        await t.request(`${BASE}/${ids.info}/read`, send('POST', undefined, cookies.eleve));
        const mine = await current('eleve');
        assert.deepEqual(mine.map((i) => [i.title, i.read]), [['Alerte 6e', true], ['Info 6e', true]]);
        const other = await current('eleve-bis');
        assert.deepEqual(other.map((i) => [i.title, i.read]), [['Alerte 6e', false], ['Info 6e', false]]);
        await t.request(`${BASE}/${ids.info}/read`, send('POST', undefined, cookies['eleve-bis']));
        assert.deepEqual((await current('eleve-bis')).map((i) => [i.title, i.read]), [['Alerte 6e', false], ['Info 6e', true]], 'unread first after the alertes');
        const list = (await t.getJson(BASE, cookies.admin)).body.annonces as any[];
        assert.deepEqual(list.find((a) => a.id === ids.alerte).counts, { targeted: 2, read: 1 });
        assert.deepEqual(list.find((a) => a.id === ids.info).counts, { targeted: 2, read: 2 });
        const text = JSON.stringify(list);
        assert.ok(!text.includes('eleve-bis') && !text.includes('Élève Bis'), 'never who did (or did not) read');
      });

      it('keeps read receipts personal between two users targeted alike, and shows them a change at once', async () => {
        // cpe and cpe2 are targeted alike (personnel, fonction CPE, no group): one list
        // of their annonces is read for both, each with their own receipts.
        const id = (await create(annonce({ title: 'Conseil de discipline', targets: [{ fonction: 'CPE' }] }))).body.id;
        const seen = async (who: string) => (await current(who)).filter((i) => i.id === id).map((i) => [i.title, i.read]);
        assert.deepEqual(await seen('cpe'), [['Conseil de discipline', false]]);
        assert.deepEqual(await seen('cpe2'), [['Conseil de discipline', false]]);
        await t.request(`${BASE}/${id}/read`, send('POST', undefined, cookies.cpe));
        assert.deepEqual(await seen('cpe'), [['Conseil de discipline', true]]);
        assert.deepEqual(await seen('cpe2'), [['Conseil de discipline', false]], 'the other one has not read it');
        await t.request(`${BASE}/${id}`, send('PATCH', { title: 'Conseil de discipline (reporté)' }, cookies.admin));
        assert.deepEqual(await seen('cpe2'), [['Conseil de discipline (reporté)', false]]);
        assert.deepEqual(await seen('cpe'), [['Conseil de discipline (reporté)', true]]);
        // Retargeted away from them: gone for both at once, shown to whom it now targets.
        await t.request(`${BASE}/${id}`, send('PATCH', { targets: [{ profile: 'enseignant' }] }, cookies.admin));
        assert.deepEqual(await seen('cpe'), []);
        assert.deepEqual(await seen('cpe2'), []);
        assert.deepEqual(await seen('prof'), [['Conseil de discipline (reporté)', false]]);
        await t.request(`${BASE}/${id}`, send('DELETE', undefined, cookies.admin));
        assert.deepEqual(await seen('prof'), []);
      });

      it('refuses to mark read what the viewer does not see today (404)', async () => {
        for (const [who, id] of [
          ['eleve2', ids.info],
          ['parent', ids.alerte],
          ['eleve', ids.later],
          ['eleve', ids.over],
          ['eleve', '999999'],
          ['eleve', 'abc'],
        ]) {
          assert.equal((await t.request(`${BASE}/${id}/read`, send('POST', undefined, cookies[who]))).status, 404, `${who} ${id}`);
        }
      });

      it('opens the next window at midnight Paris time', async () => {
        t.setNow(new Date('2026-11-23T22:59:00Z'));
        assert.ok(!(await current('eleve')).some((i) => i.title === 'Plus tard'));
        t.setNow(new Date('2026-11-23T23:00:00Z'));
        assert.ok((await current('eleve')).some((i) => i.title === 'Plus tard'));
        t.setNow(new Date('2026-11-23T10:00:00Z'));
      });

      it('resolves the annonces tile on the personal page, and refuses it on the public one', async () => {
        const res = await t.request('http://localhost/api/sites/college-test/tiles/annonces');
        assert.ok(res.status >= 400, `public tile endpoint: ${res.status}`);
      });
    });
  });

  describe(`annonces by e-mail, option shown (${backend.name})`, () => {
    it('says the option is available and queues one message per target with an address', async () => {
      const sent: unknown[] = [];
      const mailer: Mailer = { linkBase: 'http://localhost', send: async (m) => void sent.push(m), close() {} };
      const doc = document();
      doc.users = doc.users!.map((u) => (u.login === 'eleve' ? { ...u, email: 'eleve@example.org' } : u));
      const t = await testApp(backend, doc, { mailer });
      try {
        const admin = await t.login('admin');
        assert.equal((await t.getJson(BASE, admin)).body.emailAvailable, true);
        const res = await t.request(BASE, send('POST', annonce({ email: true }), admin));
        assert.equal(res.status, 201);
        const { id } = (await res.json()) as any;
        const queued = await t.store.annonces.emailsOf(Number(id));
        assert.deepEqual(queued.map((q) => q.status), ['queued'], 'eleve has an address; eleve-bis has none');
        // Patching it again never queues a second message for the same person.
        await t.request(`${BASE}/${id}`, send('PATCH', { title: 'Encore' }, admin));
        assert.equal((await t.store.annonces.emailsOf(Number(id))).length, 1);
      } finally {
        await t.drop();
      }
    });
  });
}
