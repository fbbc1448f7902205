/**
 * Keyboard only (WCAG 2.1.1, 2.5.7): an admin adds a tile, configures it, moves it with
 * the drag handle (Space, arrows, Space) and publishes, with page.keyboard alone — Tab
 * to move the focus, Enter and Space to act. The page counts every mouse and pointer
 * event it receives: the count must stay at zero. The login goes through the API (it is
 * /moi's form, tested on its own), so the browser never sees a pointer.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, startTuiles, watchPage, type Running } from './harness.ts';
import { ADMIN, SITE, adminUrl, countPointerEvents, logInByApi, pointerEventsSeen, tabTo, until } from './admin-support.ts';

describe('the composer with the keyboard alone', () => {
  let server: Running;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('an admin adds a news tile, configures it, moves it up two places with the handle and publishes: no mouse event at all', async () => {
    const title = 'Au CDI cette semaine';
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await countPointerEvents(context);
      await logInByApi(context, server, ADMIN);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const watch = await watchPage(page);
      await page.goto(adminUrl(server, 'pages'));
      const composer = page.locator('tuiles-admin-composer');
      const card = (name: string) => composer.getByRole('article', { name, exact: true }).or(composer.getByRole('group', { name, exact: true }));
      await card('Informations').first().waitFor();

      // Add: « Ajouter une tuile », then the type, both with Enter.
      await tabTo(page, page.getByRole('button', { name: 'Ajouter une tuile' }));
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByRole('button', { name: 'Actualités', exact: true }));
      await page.keyboard.press('Enter');

      // Configure: the title typed, one rubrique ticked with Space.
      const editor = page.locator('tuiles-admin-tile-editor').first();
      if (!(await editor.isVisible())) {
        await tabTo(page, card('Actualités').last().getByRole('button', { name: 'Modifier' }));
        await page.keyboard.press('Enter');
      }
      const titleField = editor.getByLabel('Titre', { exact: true });
      await tabTo(page, titleField);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(title);
      const rubriques = editor.getByRole('group', { name: 'Rubriques' });
      const cdi = rubriques.getByRole('checkbox', { name: 'CDI', exact: true });
      for (const box of await rubriques.getByRole('checkbox').all()) {
        if (await box.isChecked()) {
          await tabTo(page, box);
          await page.keyboard.press('Space');
        }
      }
      await tabTo(page, cdi);
      await page.keyboard.press('Space');
      assert.equal(await cdi.isChecked(), true);
      const mine = card(title);
      await mine.waitFor();

      // Move: the handle picks up with Space, ArrowUp twice, Space drops; focus stays on it.
      const cards = composer.locator('article, [role="group"]').filter({ has: page.getByRole('button', { name: 'Déplacer' }) });
      const indexOfMine = async () => {
        const handle = await mine.elementHandle();
        return cards.evaluateAll((all, target) => (all as Element[]).indexOf(target as Element), handle);
      };
      const from = await indexOfMine();
      assert.ok(from >= 2, `the new card is at ${from}: too high to move up twice`);
      const handle = mine.getByRole('button', { name: 'Déplacer' });
      await tabTo(page, handle);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Space');
      await until(async () => (await indexOfMine()) === from - 2, `the card moved from ${from} to ${from - 2}`);
      // Announced to screen readers: a live region names the new position.
      const total = await cards.count();
      await composer.locator('[aria-live], [role="status"]').filter({ hasText: `déposée en position ${from - 1} sur ${total}` }).first().waitFor();

      // Publish with Enter.
      await tabTo(page, page.getByRole('button', { name: 'Publier', exact: true }));
      await page.keyboard.press('Enter');
      await page.getByText('Publié', { exact: true }).first().waitFor();

      const res = await fetch(`${server.url}/api/sites/${SITE}/pages/public-home`);
      const tiles = ((await res.json()) as { page: { tiles: { type: string; config: { title?: string; rubriques?: string[] } }[] } }).page.tiles;
      const at = tiles.findIndex((t) => t.config.title === title);
      assert.equal(at, from - 2, 'published where the keyboard put it');
      assert.equal(tiles[at].type, 'news');
      assert.deepEqual(tiles[at].config.rubriques, ['cdi']);

      assert.deepEqual(await pointerEventsSeen(page), [], 'mouse or pointer events reached the page');
      assert.deepEqual(watch.errors, []);
    } finally {
      await context.close();
    }
  });
});
