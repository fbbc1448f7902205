/**
 * The composer at /admin in Chromium against the real server (demo school, SQLite): the
 * admin follows « Gérer le site » from /moi, adds a news tile on two rubriques (one
 * public, one private), previews it as an anonymous visitor and as a teacher, publishes,
 * and an anonymous visitor finds it on `/`; two admins publishing at once, the second
 * meeting the conflict dialog; screenshots at 1280 and 768 px.
 *
 * Keyboard-only use is tests/e2e/admin-keyboard.test.ts; axe on every screen,
 * tests/e2e/admin-axe.test.ts; the articles' workflow, tests/e2e/admin-articles.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactsDir, deepText, demo, launchBrowser, pageRendered, startTuiles, watchPage, type ConsoleWatch, type Running } from './harness.ts';
import { ADMIN, SITE, adminUrl, logInAtMoi, logInByApi, newestPublicTitles, newsTitles, until } from './admin-support.ts';

/** The composer's cards are <article> (or role=group) elements named by the tile's title or type label. */
const cardsNamed = (page: Page, name: string) => {
  const composer = page.locator('tuiles-admin-composer');
  return composer.getByRole('article', { name, exact: true }).or(composer.getByRole('group', { name, exact: true }));
};

/** The tiles of the published public homepage, as an anonymous visitor's API answer gives them. */
async function publishedTiles(server: Running): Promise<{ id: string; type: string; config: { title?: string } }[]> {
  const res = await fetch(`${server.url}/api/sites/${SITE}/pages/public-home`);
  assert.equal(res.status, 200);
  return ((await res.json()) as { page: { tiles: { id: string; type: string; config: { title?: string } }[] } }).page.tiles;
}

/** Opens the editor of the card just added when the composer has not opened it itself. */
async function editorOfNewCard(page: Page, label: string) {
  const editor = page.locator('tuiles-admin-tile-editor');
  if (!(await editor.first().isVisible())) await cardsNamed(page, label).last().getByRole('button', { name: 'Modifier' }).click();
  await editor.first().waitFor();
  return editor.first();
}

describe('the composer (/admin#pages)', () => {
  let server: Running;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function adminPage(width = 1280): Promise<{ context: BrowserContext; page: Page; watch: ConsoleWatch }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const watch = await watchPage(page);
    return { context, page, watch };
  }

  test('/moi shows the admin « Gérer le site », « Écrire un article » and « À valider » as soon as the form logs them in', async () => {
    const { context, page, watch } = await adminPage();
    try {
      await logInAtMoi(page, server, ADMIN);
      const links = page.getByRole('navigation', { name: 'Publier et gérer' }).getByRole('link');
      await links.first().waitFor();
      assert.deepEqual(await links.allInnerTexts(), ['Gérer le site', 'Écrire un article', 'À valider']);
      assert.equal(await page.getByRole('link', { name: 'Gérer le site' }).getAttribute('href'), `/admin?site=${SITE}#pages`);
      // The same after a reload (rendered by the server then).
      await page.reload();
      assert.deepEqual(await links.allInnerTexts(), ['Gérer le site', 'Écrire un article', 'À valider']);
      assert.deepEqual(watch.errors, []);
    } finally {
      await context.close();
    }
  });

  test('an admin adds a news tile on two rubriques, previews it as anonymous and as a teacher, publishes; an anonymous visitor sees it on /', async () => {
    const doc = demo();
    const title = 'Nouvelles du CDI et de la salle des profs';
    const cdiNewest = newestPublicTitles(['cdi']);
    const newestPrivate = doc.articles
      .filter((a) => a.rubrique === 'salle-des-professeurs' && a.status === 'published' && Date.parse(a.publishedAt) <= Date.now())
      .sort((a, b) => Date.parse(b.updatedAt ?? b.publishedAt) - Date.parse(a.updatedAt ?? a.publishedAt))[0].title;

    const { context, page, watch } = await adminPage();
    await logInAtMoi(page, server, ADMIN);
    // Back on /moi later (the links right after the form: the test below).
    await page.reload();
    await page.getByRole('link', { name: 'Gérer le site' }).click();
    await page.waitForURL(/\/admin\?site=college-jean-moulin#pages$/);
    const composer = page.locator('tuiles-admin-composer');
    await composer.waitFor();
    // The demo's public page, as cards: its news tile is there already.
    await cardsNamed(page, 'Actualités').first().waitFor();
    const before = await cardsNamed(page, 'Actualités').count();

    await page.getByRole('button', { name: 'Ajouter une tuile' }).click();
    await page.getByRole('button', { name: 'Actualités', exact: true }).click();
    await until(async () => (await cardsNamed(page, 'Actualités').count()) === before + 1, 'a new « Actualités » card');
    await page.getByText('Modifications non publiées').first().waitFor();

    const editor = await editorOfNewCard(page, 'Actualités');
    await editor.getByLabel('Titre', { exact: true }).fill(title);
    const rubriques = editor.getByRole('group', { name: 'Rubriques' });
    for (const box of await rubriques.getByRole('checkbox').all()) await box.setChecked(false);
    // Each labelled with the rubrique's title (a private one says so after it).
    const rubrique = (title: string) => rubriques.getByRole('checkbox', { name: new RegExp(`^${title}( \\(|$)`) });
    await rubrique('CDI').check();
    await rubrique('Salle des professeurs').check();
    // Only eligible rubriques are offered: a news tile needs a blog.
    assert.equal(await rubrique('Classes').count(), 0, '« Classes » has no blog');
    await cardsNamed(page, title).waitFor();

    // Preview through the server: an anonymous visitor gets the CDI's articles only…
    const seeAs = page.getByLabel('Voir en tant que');
    await seeAs.selectOption({ label: 'Visiteur anonyme' });
    const previewTile = composer.locator('tuiles-news').filter({ has: page.getByRole('heading', { name: title, exact: true }) }).first();
    await previewTile.locator('[part~="title"]', { hasText: cdiNewest[0] }).first().waitFor();
    const anonymousPreview = await previewTile.innerText();
    assert.ok(!anonymousPreview.includes(newestPrivate), `the anonymous preview shows the private « ${newestPrivate} »`);
    // …a teacher also gets the staff room's, the newest first.
    await seeAs.selectOption({ label: 'Enseignant' });
    await previewTile.locator('[part~="title"]', { hasText: newestPrivate }).first().waitFor();
    await seeAs.selectOption({ label: 'Visiteur anonyme' });

    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByText('Publié', { exact: true }).first().waitFor();
    assert.equal(await page.getByText('Modifications non publiées').count(), 0);
    const published = await publishedTiles(server);
    const added = published.filter((t) => t.type === 'news' && t.config.title === title);
    assert.equal(added.length, 1, 'the new tile is on the published page');

    // A fresh visitor, never logged in.
    const anonymous = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const home = await anonymous.newPage();
      const homeWatch = await watchPage(home);
      await home.goto(`${server.url}/`);
      await pageRendered(home);
      const titles = await newsTitles(home, title);
      assert.equal(titles[0], cdiNewest[0], 'the newest CDI article leads the new tile');
      assert.ok(titles.every((t) => cdiNewest.includes(t)), `only CDI articles: ${titles.join(' | ')}`);
      assert.ok(!(await deepText(home)).includes(newestPrivate), 'nothing of the staff room on the public page');
      assert.deepEqual(homeWatch.errors, []);
    } finally {
      await anonymous.close();
    }
    assert.deepEqual(watch.errors, []);
    await context.close();
  });

  test('two admins publish one after the other: the second meets « Quelqu’un a publié entre-temps » and « Recharger » shows the first one’s page', async () => {
    const first = await adminPage();
    const second = await adminPage();
    try {
      for (const { context, page } of [first, second]) {
        await logInByApi(context, server, ADMIN);
        await page.goto(adminUrl(server, 'pages'));
        await cardsNamed(page, 'Informations').first().waitFor();
      }

      // The first admin duplicates the agenda and publishes.
      const agendas = async (page: Page) => cardsNamed(page, 'Agenda').count();
      assert.equal(await agendas(first.page), 1);
      await cardsNamed(first.page, 'Agenda').first().getByRole('button', { name: 'Dupliquer' }).click();
      await until(async () => (await agendas(first.page)) === 2, 'a second « Agenda » card');
      await first.page.getByRole('button', { name: 'Publier', exact: true }).click();
      await first.page.getByText('Publié', { exact: true }).first().waitFor();
      assert.equal((await publishedTiles(server)).filter((t) => t.type === 'agenda').length, 2);

      // The second, who loaded the page before, moves a card down and publishes.
      const order = async (page: Page) => (await page.locator('tuiles-admin-composer article h3').allInnerTexts()).map((t) => t.trim());
      const before = await order(second.page);
      assert.equal(before.filter((name) => name === 'Agenda').length, 1);
      await cardsNamed(second.page, 'Informations').first().getByRole('button', { name: 'Descendre' }).click();
      await second.page.getByText('Modifications non publiées').first().waitFor();
      await second.page.getByRole('button', { name: 'Publier', exact: true }).click();
      const conflict = second.page.getByRole('dialog', { name: 'Quelqu’un a publié entre-temps' });
      await conflict.waitFor();
      assert.equal(await conflict.getByRole('button', { name: 'Publier quand même' }).count(), 1);
      // The page the first admin published is untouched so far.
      assert.equal((await publishedTiles(server)).filter((t) => t.type === 'agenda').length, 2);

      // « Recharger »: the first admin's page, the second's move dropped.
      await conflict.getByRole('button', { name: 'Recharger' }).click();
      await conflict.waitFor({ state: 'hidden' });
      await until(async () => (await agendas(second.page)) === 2, 'the reloaded page has both agendas');
      assert.deepEqual(await order(second.page), await order(first.page));
      assert.equal(await second.page.getByText('Modifications non publiées').count(), 0, 'reloaded: nothing left to publish');
      assert.deepEqual(first.watch.errors, []);
      // The refused publish is a 409 the browser reports in the console.
      assert.deepEqual(second.watch.errors.filter((e) => !/status of 409/.test(e)), []);
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  test('screenshots of the composer at 1280 and 768 px (tests/artifacts/composer-*.png), no horizontal scroll', async () => {
    await mkdir(artifactsDir, { recursive: true });
    for (const width of [1280, 768]) {
      const { context, page, watch } = await adminPage(width);
      try {
        await logInByApi(context, server, ADMIN);
        await page.goto(adminUrl(server, 'pages'));
        await cardsNamed(page, 'Informations').first().waitFor();
        // Wait for the previews in the cards to settle (no skeleton left).
        await page.waitForFunction(() => !document.querySelector('tuiles-admin-composer')?.shadowRoot?.querySelector('[aria-busy="true"]'));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `horizontal scroll of ${overflow} px at ${width} px`);
        await page.screenshot({ path: join(artifactsDir, `composer-${width}.png`), fullPage: true });
        assert.deepEqual(watch.errors, []);
      } finally {
        await context.close();
      }
    }
  });
});
