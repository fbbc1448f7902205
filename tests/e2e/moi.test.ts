/**
 * `/moi`, the personal page, in Chromium against the real server: the login form and
 * its errors (next to the field, announced, focused), the busy button, the demo pupil's
 * personal page with a private class article, staying logged in on reload, logging out,
 * and axe on every state.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, deepText, demo, launchBrowser, pageRendered, pupil, startTuiles, watchPage, type ConsoleWatch, type Running } from './harness.ts';

/** The newest article of the pupil's class: the first private item of their personal news. */
function latestClassArticle(): string {
  const now = Date.now();
  const activity = (a: { publishedAt: string; updatedAt?: string }) => Date.parse(a.updatedAt ?? a.publishedAt);
  const [latest] = demo()
    .articles.filter((a) => a.rubrique === '6e-a' && a.status === 'published' && Date.parse(a.publishedAt) <= now)
    .sort((a, b) => activity(b) - activity(a));
  assert.ok(latest, 'the demo has no published 6e A article');
  return latest.title;
}

// Failed API calls the tests provoke on purpose show up as console errors in Chromium.
const provoked = [/Failed to load resource: the server responded with a status of (400|401)/];

describe('personal page /moi', () => {
  let server: Running;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: ConsoleWatch;
  const classTitle = latestClassArticle();

  before(async () => {
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    watch = await watchPage(page, provoked);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const login = () => page.getByLabel('Identifiant');
  const password = () => page.getByLabel('Mot de passe');
  const submit = () => page.getByRole('button', { name: 'Se connecter' });
  const focusedId = () => page.evaluate(() => document.activeElement?.id);

  test('anonymous: the login form, nothing private', async () => {
    await page.goto(`${server.url}/moi`);
    await login().waitFor();
    assert.equal(await page.title(), 'Collège Jean Moulin — Connexion');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Se connecter');
    assert.equal(await login().getAttribute('autocomplete'), 'username');
    assert.equal(await password().getAttribute('type'), 'password');
    assert.equal(await page.locator('tuiles-page').count(), 0);
    assert.ok(!(await deepText(page)).includes(classTitle));
    assert.deepEqual(await axeViolations(page), []);
  });

  test('empty fields: each message next to its field, focus on the first', async () => {
    await login().fill('');
    await password().fill('');
    await submit().click();
    await page.locator('#login-field-error').getByText('Saisissez votre identifiant.').waitFor();
    assert.equal(await page.locator('#password-field-error').innerText(), 'Saisissez votre mot de passe.');
    assert.equal(await login().getAttribute('aria-invalid'), 'true');
    assert.equal(await login().getAttribute('aria-describedby'), 'login-field-error');
    assert.equal(await password().getAttribute('aria-describedby'), 'password-field-error');
    assert.equal(await focusedId(), 'login-field');
    // The accessible description is what a screen reader reads with the field.
    const description = await page.evaluate(() => {
      const input = document.getElementById('login-field')!;
      return input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent).join(' ');
    });
    assert.equal(description, 'Saisissez votre identifiant.');
    assert.deepEqual(await axeViolations(page), []);
  });

  test('wrong password: the message above the form, fields marked, focus on the login', async () => {
    await login().fill(pupil.login);
    await password().fill('pas-le-bon-mot-de-passe');
    await submit().click();
    const alert = page.locator('#login-error');
    await alert.getByText('Identifiant ou mot de passe incorrect.').waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.equal(await page.locator('#login-field-error').innerText(), '');
    for (const field of [login(), password()]) {
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.equal(await field.getAttribute('aria-describedby'), 'login-error');
    }
    assert.equal(await focusedId(), 'login-field');
    assert.equal(await page.locator('tuiles-page').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await axeViolations(page), [], 'axe (dark)');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('right password: busy button, then "Bonjour", the personal page with a private class article', async () => {
    await password().fill(pupil.password);
    // Hold the login request to see the busy state.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/auth/login', async (route) => {
      await held;
      await route.continue();
    });
    let requests = 0;
    const count = (request: { url(): string }) => void (request.url().endsWith('/api/auth/login') && requests++);
    page.on('request', count);
    await submit().click();
    const button = page.locator('#login-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('#login-form button')?.getAttribute('aria-disabled') === 'true');
    assert.equal((await button.innerText()).trim(), 'Connexion en cours…');
    assert.equal(await page.locator('#login-form').getAttribute('aria-busy'), 'true');
    await button.click({ force: true }); // a second click while busy sends nothing more
    release();
    await page.unroute('**/api/auth/login');

    const greeting = page.getByRole('heading', { level: 1, name: `Bonjour ${pupil.displayName}` });
    await greeting.waitFor();
    page.off('request', count);
    assert.equal(requests, 1, 'one login request, however many clicks');
    assert.equal(await focusedId(), 'space-title');
    assert.equal(await page.title(), 'Collège Jean Moulin — Mon espace');
    const personal = page.locator('tuiles-page');
    assert.equal(await personal.getAttribute('page'), 'personal-home');
    assert.equal(await personal.getAttribute('site'), 'college-jean-moulin');
    await pageRendered(page);
    await page.locator('tuiles-news').getByText(classTitle, { exact: true }).waitFor();

    const [cookie] = (await context.cookies(server.url)).filter((c) => c.name === 'tuiles_session');
    assert.ok(cookie, 'no session cookie');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.deepEqual(await axeViolations(page), []);
  });

  test('a reload keeps the session: no form, straight to the personal page', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Bonjour ${pupil.displayName}` }).waitFor();
    assert.equal(await page.locator('#login').isHidden(), true);
    await pageRendered(page);
    await page.locator('tuiles-news').getByText(classTitle, { exact: true }).waitFor();
  });

  test('logout: back to the form, the personal page gone from the DOM, the session closed', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await login().waitFor();
    assert.equal(await page.getByRole('status').innerText(), 'Vous êtes déconnecté. À bientôt !');
    assert.equal(await focusedId(), 'login-title');
    assert.equal(await page.locator('tuiles-page').count(), 0);
    assert.ok(!(await deepText(page)).includes(classTitle));
    assert.equal(await login().getAttribute('aria-invalid'), null);
    assert.equal((await context.request.get(`${server.url}/api/me`)).status(), 401);

    await page.reload();
    await login().waitFor();
    assert.deepEqual(watch.errors, []);
  });
});
