/**
 * axe-core on every /admin screen, in the light and the dark theme (the page follows
 * prefers-color-scheme): the composer, « Mes articles », the article editor, « À
 * valider » and the rubriques, as the demo admin (who may use them all).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, startTuiles, watchPage, type ConsoleWatch, type Running } from './harness.ts';
import { ADMIN, adminUrl, logInByApi } from './admin-support.ts';

/** Nothing busy or loading anywhere, shadow roots included (a string: see harness.ts deepTextScript). */
/**
 * No « Chargement… », nothing busy, in the document or any shadow root. Asked with
 * `page.evaluate` (the DevTools protocol) in a loop: `waitForFunction` polls a string
 * predicate with eval, which the pages' CSP forbids.
 */
const settledScript = `(() => {
  const busy = (root) =>
    root.querySelector('[aria-busy="true"], .loading') !== null ||
    [...root.querySelectorAll('*')].some((el) => el.shadowRoot !== null && busy(el.shadowRoot));
  return !busy(document);
})()`;

async function waitSettled(page: Page, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(settledScript))) {
    if (Date.now() > deadline) throw new Error('the screen never settled (still « Chargement… » or busy)');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('/admin screens pass axe in both themes', () => {
  let server: Running;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: ConsoleWatch;

  before(async () => {
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await logInByApi(context, server, ADMIN);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    watch = await watchPage(page);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Waits for the screen to have loaded (no « Chargement… », nothing busy), then runs axe in both themes. */
  async function axeBothThemes(what: string): Promise<void> {
    await waitSettled(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axeViolations(page), [], `${what} (${colorScheme})`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  const screens: [string, string, (page: Page) => Promise<void>][] = [
    ['the composer', 'pages', (p) => p.locator('tuiles-admin-composer').getByRole('button', { name: 'Ajouter une tuile' }).waitFor()],
    ['the personal page in the composer', 'pages/personal-home', (p) => p.locator('tuiles-admin-composer').getByRole('button', { name: 'Publier', exact: true }).waitFor()],
    ['« Mes articles »', 'articles', (p) => p.getByRole('button', { name: 'Nouvel article' }).or(p.getByRole('link', { name: 'Nouvel article' })).first().waitFor()],
    ['« À valider »', 'a-valider', (p) => p.locator('tuiles-admin-moderation').getByRole('button', { name: 'Renvoyer à l’auteur' }).first().waitFor()],
    ['the rubriques', 'rubriques', (p) => p.getByRole('button', { name: 'Nouvelle rubrique' }).or(p.getByRole('link', { name: 'Nouvelle rubrique' })).first().waitFor()],
  ];
  for (const [what, hash, ready] of screens) {
    test(what, async () => {
      await page.goto(adminUrl(server, hash));
      await ready(page);
      await axeBothThemes(what);
    });
  }

  test('the article editor, opened with « Nouvel article »', async () => {
    await page.goto(adminUrl(server, 'articles'));
    await page.getByRole('button', { name: 'Nouvel article' }).or(page.getByRole('link', { name: 'Nouvel article' })).first().click();
    await page.getByLabel('Texte de l’article', { exact: true }).waitFor();
    await axeBothThemes('the article editor');
  });

  test('a tile editor open in the composer', async () => {
    await page.goto(adminUrl(server, 'pages'));
    const composer = page.locator('tuiles-admin-composer');
    await composer.getByRole('article', { name: 'Actualités', exact: true }).or(composer.getByRole('group', { name: 'Actualités', exact: true })).first().getByRole('button', { name: 'Modifier' }).click();
    await page.locator('tuiles-admin-tile-editor').getByRole('group', { name: 'Rubriques' }).waitFor();
    await axeBothThemes('the news tile editor');
  });

  test('logged no error', () => {
    assert.deepEqual(watch.errors, []);
  });
});
