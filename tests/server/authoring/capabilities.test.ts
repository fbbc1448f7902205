/**
 * What `GET /api/me` says a member may do (`may`: admin, write, moderate,
 * manageRubriques): the /admin shell shows a screen and /moi a link from it, so each flag
 * must be true exactly when the screen behind it would let the viewer act — and follow a
 * change of rights at once.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { sanitize, testApp } from '../support/harness.ts';
import { NOW } from '../support/fixtures.ts';
import { client, otherSiteDocument } from '../support/authoring-fixtures.ts';
import { capabilitiesSchool, staff } from './capabilities-school.ts';
import { capabilitiesOf, noCapabilities } from '../../../server/authoring/capabilities.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import { anonymous } from '../../../server/access/viewer.ts';

for (const backend of backends) {
  describe(`what a member may do (/api/me may) on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    before(async () => {
      t = await testApp(backend, capabilitiesSchool());
      await importSiteDocument(t.store, otherSiteDocument(), { now: NOW, sanitize });
    });
    after(() => t.drop());

    it('gives each member the flags of their rights: admin all, rédacteur write, modérateur moderate, gestionnaire rubriques, a pupil nothing', async () => {
      for (const [login, expected] of Object.entries(staff)) {
        const { res, body } = await t.getJson('/api/me', await t.login(login));
        assert.equal(res.status, 200, login);
        assert.deepEqual(body.may, expected, login);
      }
    });

    it('says nothing to anonymous visitors, and nothing here to the admin of another school', async () => {
      assert.equal((await t.getJson('/api/me')).res.status, 401);
      const site = (await t.store.sites.bySlug('college-test'))!;
      assert.deepEqual(await capabilitiesOf(t.deps, site, anonymous), noCapabilities);
      const [stranger] = await t.store.users.byLogin('autre-admin');
      assert.notEqual(stranger.siteId, site.id);
      assert.deepEqual(await capabilitiesOf(t.deps, site, { kind: 'user', ...stranger }), noCapabilities);
      // On their own site, they are its admin.
      const { body } = await t.getJson('/api/me', await t.login('autre-admin'));
      assert.equal(body.site.slug, 'lycee-autre');
      assert.equal(body.may.admin, true);
    });

    it('follows a change of rights at once: the rédacteur taken off « CDI » no longer writes, the pupil made modérateur moderates', async () => {
      const redac = await t.login('redac-cdi');
      const pupil = await t.login('eleve-rien');
      const admin = client(t.request, await t.login('admin'));
      const saved = await admin.put('/api/sites/college-test/rubriques/cdi/rights', [
        { user: 'modo-cdi', role: 'moderateur' },
        { user: 'gest-cdi', role: 'gestionnaire' },
        { user: 'visit-cdi', role: 'visiteur' },
        { user: 'eleve-rien', role: 'moderateur' },
      ]);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual((await t.getJson('/api/me', redac)).body.may, noCapabilities);
      assert.deepEqual((await t.getJson('/api/me', pupil)).body.may, { ...noCapabilities, write: true, moderate: true });
    });
  });
}
