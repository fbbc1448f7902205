/**
 * Login through ÉduConnect in Chromium: the real server (child process) on a database
 * holding the demo school and its EduConnect provider, and a local test IdP (samlify,
 * tests/server/support/saml-idp.ts) whose page posts the signed response back like the
 * real one. The pupil clicks « Se connecter avec ÉduConnect » on /moi, passes the IdP,
 * lands on their personal page; logging out brings the form and the link back.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, demo, launchBrowser, pageRendered, startTuiles, watchPage, type ConsoleWatch, type Running } from './harness.ts';
import { educonnectProvider, OID, pupil, startIdp } from '../server/support/saml-idp.ts';
import { openDatabase } from '../../server/store/database.ts';
import { createStore } from '../../server/store/index.ts';
import { createSanitizer } from '../../server/content/sanitize.ts';
import { importSiteDocument } from '../../server/site-document/import.ts';

describe('login through ÉduConnect on /moi', () => {
  let dir: string;
  let idp: Awaited<ReturnType<typeof startIdp>>;
  let server: Running;
  let browser: Browser;
  let page: Page;
  let watch: ConsoleWatch;
  const school = demo();
  const slug = school.site.slug;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tuiles-e2e-sso-'));
    const databaseUrl = `sqlite:${join(dir, 'tuiles.db')}`;
    idp = await startIdp(async () => (await fetch(`${server.url}/auth/saml/${slug}/educonnect/metadata`)).text());
    const provider = educonnectProvider(idp.origin, idp.certificate);
    (provider.mapping.groups as { values: Record<string, string> }).values = { '6A': '6e-a' };
    const handle = await openDatabase(databaseUrl);
    await importSiteDocument(createStore(handle.db, handle.dialect), { ...school, identityProviders: [provider] }, { now: new Date(), sanitize: createSanitizer() });
    await handle.close();
    [server, browser] = await Promise.all([startTuiles({ databaseUrl }), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    watch = await watchPage(page);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await idp?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const ssoLink = () => page.getByRole('link', { name: 'Se connecter avec ÉduConnect' });

  test('the login form offers ÉduConnect above the local form, axe-clean at 360 px', async () => {
    await page.goto(`${server.url}/moi`);
    await ssoLink().waitFor();
    assert.equal(await ssoLink().getAttribute('href'), `/auth/saml/${slug}/educonnect/login`);
    // Above the local form, in reading order.
    const order = await page.evaluate(() => {
      const link = document.querySelector('#identity-providers a')!;
      const form = document.getElementById('login-form')!;
      return link.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    assert.ok(order);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('a refused login says why and leads back to the form, with no session', async () => {
    idp.state.next = pupil('e2e-retraite');
    idp.state.next.attributes[OID.affiliation] = ['autre'];
    await page.goto(`${server.url}/moi`);
    await ssoLink().click();
    await page.getByRole('heading', { level: 1, name: 'Connexion impossible' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Votre profil n’est pas accepté|Votre profil n'est pas accepté/);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'Revenir à la page de connexion' }).click();
    await ssoLink().waitFor();
    assert.equal(await page.evaluate(async () => (await fetch('/api/me', { credentials: 'same-origin' })).status), 401);
  });

  test('a pupil passes ÉduConnect and lands on their personal page, account created', async () => {
    idp.state.next = pupil('e2e-eleve');
    idp.state.next.attributes[OID.classe] = ['6A'];
    await ssoLink().click();
    await page.getByRole('heading', { level: 1, name: 'Bonjour Léa Durand' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/moi');
    await pageRendered(page);
    const me = await page.evaluate(async () => (await fetch('/api/me', { credentials: 'same-origin' })).json());
    assert.equal(me.profile, 'eleve');
    assert.equal(me.niveau, '6e');
    assert.equal(me.login, 'lea.durand');
  });

  test('logout: the form and the ÉduConnect link come back, the session is closed', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await ssoLink().waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/me', { credentials: 'same-origin' })).status);
    assert.equal(status, 401);
    // The 401 above is ours on purpose; nothing else went wrong in the page.
    assert.deepEqual(
      watch.errors.filter((e) => !/status of 401/.test(e)),
      [],
    );
  });
});
