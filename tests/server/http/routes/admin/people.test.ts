/**
 * The rights pickers' groups and people: for those who name actors (site admins and
 * gestionnaires), a search by name or login that tells only who a person is.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../../support/backends.ts';
import { sanitize, testApp } from '../../../support/harness.ts';
import { NOW, passwordHash } from '../../../support/fixtures.ts';
import { SITE, authoringDocument, client, otherSiteDocument } from '../../../support/authoring-fixtures.ts';
import { importSiteDocument } from '../../../../../server/site-document/import.ts';

const base = `/api/sites/${SITE}`;

function document() {
  const doc = authoringDocument([], []);
  doc.users = [
    ...doc.users!.map((u) => (u.login === 'prof' ? { ...u, email: 'prof@college-test.example' } : u)),
    { login: 'club_sport', passwordHash, displayName: 'Association sportive', profile: 'personnel' },
    { login: 'cent-pour-cent', passwordHash, displayName: 'Réussite 100 % des 3e', profile: 'enseignant' },
    { login: 'emilie.durand', passwordHash, displayName: 'ÉMILIE DURAND', profile: 'enseignant', fonction: 'Documentaliste' },
  ];
  return doc;
}

for (const backend of backends) {
  describe(`the rights pickers' groups and people on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    const as: Record<string, ReturnType<typeof client>> = {};
    before(async () => {
      t = await testApp(backend, document());
      await importSiteDocument(t.store, otherSiteDocument(), { now: NOW, sanitize });
      as.anon = client(t.request);
      for (const login of ['admin', 'gest', 'modo', 'redac', 'eleve']) as[login] = client(t.request, await t.login(login));
      as.stranger = client(t.request, await t.login('autre-admin'));
    });
    after(() => t.drop());

    const search = async (q: string, who = 'admin', limit?: number) => {
      const res = await as[who].get(`${base}/users?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.users as { login: string; displayName: string; profile: string; fonction?: string }[];
    };
    const logins = (users: { login: string }[]) => users.map((u) => u.login);

    it("lists the site's groups by name for an admin and for a gestionnaire", async () => {
      for (const who of ['admin', 'gest']) {
        const res = await as[who].get(`${base}/groups`);
        assert.equal(res.status, 200);
        assert.deepEqual(res.body.groups, [{ slug: '6a', name: '6e A' }, { slug: 'profs', name: 'Professeurs' }]);
        assert.equal(res.headers.get('cache-control'), 'private, no-store');
      }
    });

    it('refuses both lists to a pupil, a modérateur and a rédacteur (403), to anonymous visitors (401) and to another school’s admin (403)', async () => {
      for (const path of [`${base}/groups`, `${base}/users?q=e`]) {
        for (const who of ['eleve', 'modo', 'redac', 'stranger']) assert.equal((await as[who].get(path)).status, 403, `${who} ${path}`);
        assert.equal((await as.anon.get(path)).status, 401, path);
      }
    });

    it('finds people by display name or login whatever the case, accents included, and tells only who they are', async () => {
      assert.deepEqual(logins(await search('COMPTE REDAC')), ['redac', 'redac2', 'redacpub']);
      assert.deepEqual(logins(await search('élève')), ['eleve2', 'eleve'], 'Élève Deux, Élève Un: by name');
      assert.deepEqual(logins(await search('EMILIE')), ['emilie.durand'], 'by login');
      assert.deepEqual(await search('émilie'), [{ login: 'emilie.durand', displayName: 'ÉMILIE DURAND', profile: 'enseignant', fonction: 'Documentaliste' }]);
      const [prof] = await search('prof un', 'gest');
      assert.deepEqual(prof, { login: 'prof', displayName: 'Prof Un', profile: 'enseignant', fonction: 'Mathématiques' }, 'no e-mail, no groups, no id');
    });

    it('reads % and _ as plain characters, stays on its own site and honours the limit', async () => {
      assert.deepEqual(logins(await search('%')), ['cent-pour-cent']);
      assert.deepEqual(logins(await search('_')), ['club_sport']);
      assert.deepEqual(logins(await search('a_s')), [], '_ is no wildcard: « sans-droit » does not match');
      assert.deepEqual(await search('autre'), [], "another school's accounts are not found");
      assert.equal((await search('compte', 'admin', 2)).length, 2);
      assert.equal((await as.admin.get(`${base}/users?q=a&limit=500`)).status, 400);
    });
  });
}
