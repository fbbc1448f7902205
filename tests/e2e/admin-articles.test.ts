/**
 * The articles' workflow in Chromium against the real server (demo school): a rédacteur
 * follows « Écrire un article » from /moi, writes in the rich-text editor and submits;
 * the article waits under « En attente de validation »; the rubrique's modérateur opens
 * « À valider » from /moi and publishes it; an anonymous visitor finds it first in the
 * homepage's news tile.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { deepText, launchBrowser, pageRendered, startTuiles, watchPage, type ConsoleWatch, type Running } from './harness.ts';
import { MODERATEUR, REDACTEUR, REDACTEUR_RUBRIQUE, headingAbove, logInAtMoi, newsTitles, until } from './admin-support.ts';

describe('an article from its rédacteur to the homepage', () => {
  let server: Running;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const title = 'Journée portes ouvertes : le collège vous accueille';
  const summary = 'Samedi matin, visite des salles et rencontre avec les professeurs.';
  const body = 'Les familles des futurs élèves de 6e sont attendues à partir de 9 heures.';

  before(async () => {
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(): Promise<{ page: Page; watch: ConsoleWatch }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { page, watch: await watchPage(page) };
  }

  test('the rédacteur writes an article and submits it: it waits for validation, and is not on the homepage', async () => {
    const { page, watch } = await newPage();
    await logInAtMoi(page, server, REDACTEUR);
    // Back on /moi later: the links right after the form are tests/e2e/admin.test.ts's.
    await page.reload();
    // A rédacteur who may not publish: « Écrire un article », neither « À valider » nor « Gérer le site ».
    assert.equal(await page.getByRole('link', { name: 'À valider' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Gérer le site' }).count(), 0);
    await page.getByRole('link', { name: 'Écrire un article' }).click();
    await page.waitForURL(/\/admin\?site=college-jean-moulin#articles\/nouveau$/);

    await page.getByLabel('Rubrique', { exact: true }).selectOption({ label: REDACTEUR_RUBRIQUE.title });
    await page.getByLabel('Titre', { exact: true }).fill(title);
    await page.getByLabel('Résumé', { exact: true }).fill(summary);
    const text = page.getByLabel('Texte de l’article', { exact: true });
    await text.click();
    await page.keyboard.type(body);
    await page.getByText(body).first().waitFor();
    // His role sends the article to the modérateurs: no « Publier » for him.
    assert.equal(await page.getByRole('button', { name: 'Publier', exact: true }).count(), 0);
    await page.getByRole('button', { name: 'Soumettre' }).click();
    // The editor says where the article now stands.
    await page.locator('tuiles-admin-article-editor').getByText('En attente de validation').first().waitFor();

    // « Mes articles »: the article under « En attente de validation ».
    await page.goto(`${server.url}/admin?site=college-jean-moulin#articles`);
    const pending = page.getByRole('heading', { name: 'En attente de validation' });
    await pending.waitFor();
    await page.getByText(title).first().waitFor();
    assert.equal(await headingAbove(page, title, ['Brouillons', 'En attente de validation', 'Publiés']), 'En attente de validation', 'the article is listed under « En attente de validation »');
    assert.deepEqual(watch.errors, []);

    const home = await fetch(`${server.url}/`);
    assert.ok(!(await home.text()).includes(title), 'not on the public homepage yet');
  });

  test('the modérateur publishes it from « À valider »; anonymous `/` shows it first in « Actualités »', async () => {
    const { page, watch } = await newPage();
    await logInAtMoi(page, server, MODERATEUR);
    await page.reload();
    await page.getByRole('link', { name: 'À valider' }).click();
    await page.waitForURL(/\/admin\?site=college-jean-moulin#a-valider$/);
    // The pending article, among the others of his rubriques, with its three actions.
    const items = page
      .locator('tuiles-admin-moderation')
      .locator('article, li, [role="group"], [role="listitem"]')
      .filter({ hasText: title })
      .filter({ has: page.getByRole('button', { name: 'Publier' }) });
    const item = items.last();
    await item.waitFor();
    for (const action of ['Publier', 'Renvoyer à l’auteur', 'Supprimer']) {
      assert.equal(await item.getByRole('button', { name: action }).count(), 1, `« ${action} »`);
    }
    await item.getByRole('button', { name: 'Publier' }).click();
    await until(async () => (await items.count()) === 0, 'the article leaves the queue');
    await page.locator('tuiles-admin-moderation').getByText(`Article « ${title} » publié.`).waitFor({ state: 'attached' });
    assert.deepEqual(watch.errors, []);

    const { page: home, watch: homeWatch } = await newPage();
    await home.goto(`${server.url}/`);
    await pageRendered(home);
    const titles = await newsTitles(home, 'Actualités');
    assert.equal(titles[0], title, `first in « Actualités »: ${titles.join(' | ')}`);
    assert.ok((await deepText(home)).includes(summary));
    assert.deepEqual(homeWatch.errors, []);
  });
});
