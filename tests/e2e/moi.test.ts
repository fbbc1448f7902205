/**
 * `/moi`, the personal page, in Chromium against the real server: the login form and
 * its errors (next to the field, announced, focused), the busy button, the demo pupil's
 * personal page with a private class article, staying logged in on reload, logging out,
 * and axe on every state. Then the page as the server renders it for a logged-in pupil:
 * readable without JavaScript, hydrated without asking for it again, and nothing moving
 * while it loads (CLS 0 at 360 and 1440 px, cold and warm cache).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  assertNoLayoutShift,
  axeViolations,
  deepText,
  demo,
  launchBrowser,
  pageRendered,
  pupil,
  startTuiles,
  watchPage,
  type ConsoleWatch,
  type Running,
} from './harness.ts';

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

describe('personal page /moi, rendered by the server for a logged-in pupil', () => {
  let server: Running;
  let browser: Browser;
  const classTitle = latestClassArticle();

  before(async () => {
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A browser context holding the pupil's session, as after a login. */
  async function loggedIn(options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
    const context = await browser.newContext(options);
    const res = await context.request.post(`${server.url}/api/auth/login`, { data: { login: pupil.login, password: pupil.password } });
    assert.equal(res.status(), 200);
    return context;
  }

  test('without JavaScript: the greeting and the page, with the private class article and a link that works', async () => {
    const context = await loggedIn({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/moi`);
      assert.equal((await page.locator('h1#space-title').innerText()).trim(), `Bonjour ${pupil.displayName}`);
      assert.equal(await page.locator('#login').isHidden(), true);
      const text = await deepText(page);
      assert.ok(text.includes(classTitle), `${classTitle} is not on the page`);
      const link = page.locator('tuiles-news').getByRole('link', { name: classTitle, exact: true }).first();
      const href = await link.getAttribute('href');
      assert.match(href ?? '', /^\/sites\/college-jean-moulin\/articles\//);
      await link.click();
      await page.waitForURL(`${server.url}${href}`);
      assert.equal((await page.locator('h1').innerText()).trim(), classTitle);
    } finally {
      await context.close();
    }
  });

  test('with JavaScript: hydrated from the data in the page, never asked for again on load, no console error', async () => {
    const context = await loggedIn({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const { errors } = await watchPage(page);
      const asked: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.endsWith('/pages/personal-home')) asked.push(request.url());
      });
      await page.goto(`${server.url}/moi`, { waitUntil: 'networkidle' });
      await pageRendered(page);
      const state = await page.evaluate(() => {
        const tuilesPage = document.querySelector('tuiles-page') as (HTMLElement & { data?: unknown; hasUpdated?: boolean }) | null;
        const tiles = [...(tuilesPage?.shadowRoot?.querySelectorAll('[data-tile]') ?? [])] as (HTMLElement & { hasUpdated?: boolean; data?: unknown })[];
        const elements = tiles.filter((t) => t.tagName.startsWith('TUILES-'));
        return {
          pageUpdated: tuilesPage?.hasUpdated === true,
          pageHasData: tuilesPage?.data !== undefined,
          elements: elements.length,
          hydrated: elements.filter((t) => t.hasUpdated && t.data !== undefined && !t.hasAttribute('defer-hydration')).length,
        };
      });
      assert.ok(state.pageUpdated && state.pageHasData, JSON.stringify(state));
      assert.ok(state.elements >= 6, JSON.stringify(state));
      assert.equal(state.hydrated, state.elements, `tiles not hydrated: ${JSON.stringify(state)}`);
      assert.deepEqual(asked, [], 'the personal page was asked for again');
      await page.locator('tuiles-news').getByText(classTitle, { exact: true }).waitFor();

      // Live once hydrated: hiding an optional tile in « Personnaliser ma page » redraws the
      // page from the API, without the tile (the server's data is not shown again).
      const form = page.getByRole('region', { name: 'Personnaliser ma page' });
      const box = form.locator('input[id^="pref-t-"]').first();
      await box.waitFor();
      const tileId = (await box.getAttribute('id'))!.slice('pref-t-'.length);
      const shown = (id: string) => page.evaluate((id) => document.querySelector('tuiles-page')!.shadowRoot!.querySelector(`[data-tile="${id}"]`) !== null, id);
      assert.equal(await shown(tileId), true);
      await box.uncheck();
      await form.getByRole('button', { name: 'Enregistrer' }).click();
      await form.getByRole('status').getByText('Vos choix sont enregistrés.').waitFor();
      await page.waitForFunction((id) => {
        const grid = document.querySelector('tuiles-page')?.shadowRoot;
        return grid?.querySelector('[part="grid"]')?.getAttribute('aria-busy') === 'false' && !grid.querySelector(`[data-tile="${id}"]`);
      }, tileId);
      assert.equal(asked.length, 1, 'the page is asked for once, after the save');
      await page.locator('tuiles-news').getByText(classTitle, { exact: true }).waitFor();
      assert.deepEqual(errors, []);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });

  for (const width of [360, 1440]) {
    test(`no layout shift at ${width} px, cold and warm cache`, async () => {
      const context = await loggedIn({ viewport: { width, height: width === 360 ? 780 : 900 } });
      try {
        const page = await context.newPage();
        const { errors } = await watchPage(page);
        await assertNoLayoutShift(page, `${server.url}/moi`, width);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
