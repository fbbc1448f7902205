/**
 * The real Pronote provider against a FAKE PRONOTE over HTTP: Tuiles mints a proxy
 * ticket, the fake validates it with /cas/proxyValidate and answers the scripted
 * `donneesUtilisateur` XML. A pupil, a parent of two, an empty term, a timeout and
 * malformed XML; and the block on the personal page in each case.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { served } from '../support/served.ts';
import { NOW } from '../support/fixtures.ts';
import { eleveXml, parentXml, startFakePronote, type FakePronote } from './fake-pronote.ts';
import { pronoteNetProvider } from '../../../server/pronote/pronote-net.ts';
import { cachedProvider } from '../../../server/pronote/cache.ts';
import { PronoteUnavailable, type PronoteProvider } from '../../../server/pronote/provider.ts';
import type { PronoteData } from '../../../contract/tiles/pronote.ts';
import { pronoteSettings } from '../../../contract/tiles/pronote.ts';

const term = `
  <PageReleveDeNotes><Titre>Relevé de notes</Titre>
    <Devoir page="x"><Note>15,00</Note><Bareme>20.00</Bareme><Matiere>MATHEMATIQUES</Matiere><Date>2026-11-17</Date></Devoir>
    <Devoir><Note>7,50</Note><Bareme>10.00</Bareme><Matiere>ANGLAIS LV1</Matiere><Date>2026-11-20</Date></Devoir>
    <Devoir><Note>Abs</Note><Bareme>20.00</Bareme><Matiere>SVT</Matiere><Date>2026-11-03</Date></Devoir>
  </PageReleveDeNotes>
  <PageCompetences><Titre>Compétences</Titre>
    <Evaluation><Competence>Pratiquer des langages</Competence><Item>Lire un graphique</Item><Intitule>Évaluation 3</Intitule><Matiere>PHYSIQUE-CHIMIE</Matiere>
      <NiveauDAcquisition><Genre>2</Genre><Libelle>Maîtrise satisfaisante</Libelle></NiveauDAcquisition><Date>2026-11-19</Date></Evaluation>
  </PageCompetences>
  <PageCahierDeTextes><Titre>Cahier de textes</Titre>
    <CahierDeTextes><Matiere>FRANCAIS</Matiere><Date>2026-11-18</Date>
      <TravailAFaire><Descriptif>&lt;div&gt;Lire le chapitre 3 d&amp;#039;&lt;b&gt;Ulysse&lt;/b&gt;&lt;/div&gt;</Descriptif><PourLe>2026-11-26</PourLe></TravailAFaire>
      <TravailAFaire><Descriptif>&lt;div&gt;Ancien devoir&lt;/div&gt;</Descriptif><PourLe>2026-11-10</PourLe></TravailAFaire>
    </CahierDeTextes>
  </PageCahierDeTextes>
  <PageVieScolaire><Titre>Vie scolaire</Titre>
    <Absence><DateDebut>2026-11-12T08:00:00</DateDebut><DateFin>2026-11-12T12:00:00</DateFin><EstOuverte>false</EstOuverte><Justifie>false</Justifie><Motif></Motif></Absence>
    <Retard><Date>2026-11-16T08:10:00</Date><Justifie>true</Justifie><Motif>Transport</Motif></Retard>
    <Punition><Date>2026-11-14</Date><Nature>Retenue</Nature><Matiere>EPS</Matiere><Motif>Oubli de tenue</Motif></Punition>
    <Sanction><Date>2026-10-02</Date><Nature>Avertissement</Nature><Motif>Comportement</Motif></Sanction>
  </PageVieScolaire>`;

for (const backend of backends) {
  describe(`Pronote provider against a fake PRONOTE on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    let http: Awaited<ReturnType<typeof served>>;
    let pronote: FakePronote;
    let provider: PronoteProvider;
    const user = async (login: string) => {
      const u = (await t.store.users.byLogin(login))[0];
      return { id: u.id, login: u.login, displayName: u.displayName, profile: u.profile };
    };
    const summary = async (login: string) =>
      provider.summary({ siteId: (await t.store.sites.bySlug('college-test'))!.id, user: await user(login), settings: pronoteSettings.parse({ url: pronote.url }), now: NOW });
    const block = async (login: string) => {
      const { res, body } = await t.getJson('http://localhost/api/sites/college-test/pages/personal-home', await t.login(login));
      assert.equal(res.status, 200);
      const tiles = body.page.tiles as { type: string; data: unknown; error?: unknown }[];
      assert.ok(tiles.filter((x) => x.type !== 'pronote').every((x) => x.data !== null), 'the other tiles still load');
      return tiles.find((x) => x.type === 'pronote')!.data as PronoteData;
    };

    before(async () => {
      t = await testApp(backend);
      http = await served(t.app);
      pronote = await startFakePronote(() => http.url);
      provider = pronoteNetProvider({ store: t.store, now: () => NOW, timeZone: 'Europe/Paris', timeoutMs: 400 });
      t.deps.pronote = provider;
      const site = (await t.store.sites.bySlug('college-test'))!;
      await t.store.pronote.putSettings(site.id, pronoteSettings.parse({ url: pronote.url, sso: 'cas' }), NOW);
      const page = await t.store.pages.get(site.id, 'personal-home');
      await t.store.pages.put(site.id, 'personal-home', [...page, { id: 'pronote', type: 'pronote', config: pronoteSettingsFreeConfig() }] as never, NOW);
      pronote.script.set('eleve', eleveXml({ body: term }));
      pronote.script.set('parent', parentXml([
        { nom: 'UN', prenom: 'Élève', id: 'KZHWA24CU3BGPN7Q', body: term },
        { nom: 'UN', prenom: 'Cadet', id: 'MZHWA24CU3BGPN7R', body: '<PageReleveDeNotes><Titre>Relevé de notes</Titre><Devoir><Note>18</Note><Bareme>20</Bareme><Matiere>EPS</Matiere><Date>2026-11-21</Date></Devoir></PageReleveDeNotes>' },
      ]));
      pronote.script.set('eleve2', eleveXml({ body: '<PageReleveDeNotes><Titre>Relevé de notes</Titre></PageReleveDeNotes><PageCompetences><Titre>Compétences</Titre></PageCompetences><PageCahierDeTextes><Titre>Cahier de textes</Titre></PageCahierDeTextes><PageVieScolaire><Titre>Vie scolaire</Titre></PageVieScolaire>' }));
    });
    after(async () => {
      await pronote.close();
      await http.close();
      await t.drop();
    });

    it("reads a pupil's grades, evaluations, vie scolaire and homework still due, after PRONOTE validated the proxy ticket", async () => {
      const before = pronote.validations.length;
      const { pupils } = await summary('eleve');
      const validation = pronote.validations.at(-1)!;
      assert.equal(pronote.validations.length, before + 1);
      assert.equal(validation.ok, true, 'PRONOTE validated our PT at /cas/proxyValidate');
      assert.equal(validation.user, 'eleve');
      assert.equal(pupils.length, 1);
      const [p] = pupils;
      assert.equal(p.name, 'Élève Un', 'a pupil root without a name takes the viewer’s');
      assert.deepEqual(p.grades.map((g) => [g.subject, g.mark, g.scale, g.date]), [
        ['ANGLAIS LV1', '7,5', '10', '2026-11-20'],
        ['MATHEMATIQUES', '15', '20', '2026-11-17'],
        ['SVT', 'Abs', '20', '2026-11-03'],
      ]);
      assert.deepEqual(p.evaluations, [{ subject: 'PHYSIQUE-CHIMIE', skill: 'Lire un graphique', level: 'Maîtrise satisfaisante', date: '2026-11-19' }]);
      assert.deepEqual(p.events.map((e) => [e.kind, e.label, e.justified]), [
        ['retard', 'Transport', true],
        ['punition', 'Retenue : Oubli de tenue', undefined],
        ['absence', '', false],
        ['sanction', 'Avertissement : Comportement', undefined],
      ]);
      assert.deepEqual(p.homework, [{ subject: 'FRANCAIS', description: "Lire le chapitre 3 d'Ulysse", due: '2026-11-26' }]);
    });

    it("reads a parent's two children, each by name", async () => {
      const { pupils } = await summary('parent');
      assert.deepEqual(pupils.map((p) => p.name), ['Élève UN', 'Cadet UN']);
      assert.equal(pupils[0].grades.length, 3);
      assert.deepEqual(pupils[1].grades, [{ subject: 'EPS', mark: '18', scale: '20', date: '2026-11-21' }]);
      const data = await block('parent');
      assert.equal(data.state, 'ok');
      if (data.state !== 'ok') return;
      assert.equal(data.viewer, 'parent');
      assert.deepEqual(data.pupils.map((p) => p.name), ['Élève UN', 'Cadet UN']);
      assert.equal(data.openUrl, `/cas/login?service=${encodeURIComponent(pronote.url)}`);
    });

    it("follows the admin's Pronote settings at once: the next personal page shows the new link, or no block", async () => {
      const admin = await t.login('admin');
      const put = (settings: Record<string, unknown>) =>
        t.request('http://localhost/api/sites/college-test/settings/pronote', {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', Cookie: admin },
          body: JSON.stringify({ url: pronote.url, ...settings }),
        });
      const first = await block('parent');
      assert.equal(first.state === 'ok' && first.openUrl, `/cas/login?service=${encodeURIComponent(pronote.url)}`);
      try {
        assert.equal((await put({ sso: 'none' })).status, 200);
        // Without the CAS SSO, « Ouvrir Pronote » goes straight to PRONOTE.
        const direct = (await block('parent')) as { state: string; openUrl?: string | null };
        assert.notEqual(direct.state, 'disabled');
        assert.equal(direct.openUrl, pronote.url);
        assert.equal((await put({ sso: 'cas', showBlock: false })).status, 200);
        assert.equal((await block('parent')).state, 'disabled');
      } finally {
        assert.equal((await put({ sso: 'cas' })).status, 200);
      }
      assert.equal((await block('parent')).state, 'ok');
    });

    it('reads an empty term as empty lists, not as an error', async () => {
      const { pupils } = await summary('eleve2');
      assert.deepEqual(pupils, [{ name: 'Élève Deux', grades: [], evaluations: [], events: [], homework: [] }]);
    });

    it('gives up on a PRONOTE that does not answer in time; the block says so and the page loads', async () => {
      pronote.script.set('prof', 'timeout');
      const started = Date.now();
      await assert.rejects(summary('prof'), (error: unknown) => error instanceof PronoteUnavailable && /n'a pas répondu en 400 ms/.test((error as Error).message));
      assert.ok(Date.now() - started < 3000);
      pronote.script.set('eleve', 'timeout');
      try {
        const data = await block('eleve');
        assert.equal(data.state, 'unavailable');
        if (data.state === 'unavailable') assert.match(data.message, /Pronote ne répond pas/);
      } finally {
        pronote.script.set('eleve', eleveXml({ body: term }));
      }
    });

    it('refuses malformed XML and documents without Eleve or Parent as unavailable', async () => {
      pronote.script.set('perso', 'garbage');
      await assert.rejects(summary('perso'), /pas du XML/);
      pronote.script.set('perso', '<?xml version="1.0"?><Erreur>Ticket refusé</Erreur>');
      await assert.rejects(summary('perso'), /sans élève ni parent/);
    });

    it('is unavailable when PRONOTE refuses the ticket (a forged one never validates)', async () => {
      const res = await fetch(`${pronote.url}donneesUtilisateur?ticket=PT-forged123&methode=proxyValidate`);
      assert.equal(res.status, 403);
      assert.equal(pronote.validations.at(-1)!.code, 'INVALID_TICKET');
    });

    it('asks PRONOTE once per user while the short cache holds, again after', async () => {
      let now = NOW;
      const cached = cachedProvider(provider, { now: () => now, ttlSeconds: 60 });
      const request = { siteId: (await t.store.sites.bySlug('college-test'))!.id, user: await user('eleve'), settings: pronoteSettings.parse({ url: pronote.url }), now: NOW };
      const before = pronote.validations.length;
      await Promise.all([cached.summary(request), cached.summary(request)]);
      await cached.summary(request);
      assert.equal(pronote.validations.length, before + 1);
      now = new Date(NOW.getTime() + 61_000);
      await cached.summary(request);
      assert.equal(pronote.validations.length, before + 2);
    });

    it('asks again for anything the summary is made from: other settings, another profile shown, a clock set back', async () => {
      let now = NOW;
      const cached = cachedProvider(provider, { now: () => now, ttlSeconds: 60 });
      const siteId = (await t.store.sites.bySlug('college-test'))!.id;
      const request = { siteId, user: await user('eleve'), settings: pronoteSettings.parse({ url: pronote.url }), now: NOW };
      const asked = () => pronote.validations.length;
      const before = asked();
      await cached.summary(request);
      await cached.summary({ ...request, settings: pronoteSettings.parse({ url: pronote.url, version: '2026' }) });
      assert.equal(asked(), before + 2, 'other settings');
      // An admin's preview is one synthetic user (the same id) shown as one profile, then another.
      await cached.summary({ ...request, user: { ...request.user, profile: 'parent' } });
      assert.equal(asked(), before + 3, 'another profile');
      now = new Date(NOW.getTime() - 1);
      await cached.summary(request);
      assert.equal(asked(), before + 4, 'a clock set back');
    });
  });
}

function pronoteSettingsFreeConfig() {
  return { title: 'Pronote', showGrades: true, showEvaluations: true, showVieScolaire: true, showHomework: true, max: 4 };
}
