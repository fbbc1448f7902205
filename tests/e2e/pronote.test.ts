/**
 * End to end: the demo parent logs into the real server, sees a Pronote block for each
 * of her two children (demo provider), and follows « Ouvrir Pronote » through
 * /cas/login to a FAKE PRONOTE that validates the service ticket with the real server
 * and greets her by the identity it received.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, deepText, launchBrowser, pageRendered, startTuiles, watchPage, type ConsoleWatch, type Running } from './harness.ts';
import { demoAccounts } from '../../server/demo/school.ts';
import { startFakePronote, type FakePronote } from '../server/pronote/fake-pronote.ts';

const parent = demoAccounts.find((a) => a.login === 'parent.demo')!;
const admin = demoAccounts.find((a) => a.login === 'admin.demo')!;

describe('Pronote from the personal page', () => {
  let server: Running;
  let browser: Browser;
  let page: Page;
  let watch: ConsoleWatch;
  let pronote: FakePronote;

  before(async () => {
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
    pronote = await startFakePronote(() => server.url);
    // The admin points the site's Pronote at the fake one (the settings API, as the console would).
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: admin.login, password: admin.password }),
    });
    assert.equal(login.status, 200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const put = await fetch(`${server.url}/api/sites/college-jean-moulin/settings/pronote`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: server.url },
      body: JSON.stringify({ url: pronote.url, sso: 'cas', version: '2025', showBlock: true, showInQuickAccess: true, serviceProfile: { mode: 'identite' } }),
    });
    assert.equal(put.status, 200, await put.text());
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // /moi asks /api/me before login (401), and PRONOTE refuses the replayed ticket (403): both on purpose.
    watch = await watchPage(page, [/status of (401|403)/]);
  });
  after(async () => {
    await browser?.close();
    await pronote?.close();
    await server?.close();
  });

  test('the demo parent sees a Pronote block for each of her two children', async () => {
    await page.goto(`${server.url}/moi`);
    await page.getByLabel('Identifiant').fill(parent.login);
    await page.getByLabel('Mot de passe').fill(parent.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('tuiles-page').waitFor();
    await pageRendered(page);
    const block = page.locator('tuiles-pronote');
    await block.waitFor();
    assert.deepEqual(await block.locator('[part="pupil-name"]').allInnerTexts(), ['Léa Martin', 'Tom Martin']);
    const text = await deepText(page);
    for (const words of ['Dernières notes', 'Dernières évaluations', 'Vie scolaire', 'Travail à faire']) assert.ok(text.includes(words), words);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no horizontal scrolling at 360 px (${width})`);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('« Ouvrir Pronote » goes through /cas/login to PRONOTE, which validates the ticket and greets her', async () => {
    const seen: string[] = [];
    page.on('request', (request) => seen.push(request.url()));
    await page.getByRole('link', { name: 'Ouvrir Pronote' }).click();
    await page.getByRole('heading', { name: 'Bonjour Sophie Martin' }).waitFor();
    assert.ok(seen.some((url) => url.startsWith(`${server.url}/cas/login?service=`)), 'went through the CAS server');
    assert.equal(await page.locator('#categorie').innerText(), 'National_2');
    const validation = pronote.validations.at(-1)!;
    assert.equal(validation.ok, true);
    assert.equal(validation.user, 'parent.demo');
    assert.equal(new URL(page.url()).searchParams.get('ticket')?.startsWith('ST-'), true);
    // The ticket served once: reloading PRONOTE's page with it is refused.
    await page.reload();
    await page.getByRole('heading', { name: 'Accès refusé' }).waitFor();
    assert.equal(pronote.validations.at(-1)!.code, 'INVALID_TICKET');
    assert.deepEqual(watch.errors, []);
  });
});
