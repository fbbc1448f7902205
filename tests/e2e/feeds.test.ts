/**
 * `/moi`, « Mes flux » and « Personnaliser ma page », in Chromium against the real server
 * (without TUILES_FEED_ALLOW_PRIVATE): personal feed links made, used by a feed reader,
 * renewed and revoked; the rubriques of « Mes actualités » saved on the server; a feed
 * on a private address refused next to its field; axe on every state.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import Parser from 'rss-parser';
import { axeViolations, launchBrowser, pageRendered, pupil, startTuiles, watchPage, type ConsoleWatch, type Running } from './harness.ts';

describe('/moi: my feeds and my page', () => {
  let server: Running;
  let browser: Browser;
  let page: Page;
  let watch: ConsoleWatch;

  before(async () => {
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // The refused feed URL (400) and /api/me before login (401) are provoked on purpose.
    watch = await watchPage(page, [/status of (400|401)/]);
    await page.goto(`${server.url}/moi`);
    await page.getByLabel('Identifiant').fill(pupil.login);
    await page.getByLabel('Mot de passe').fill(pupil.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await pageRendered(page);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the homepage names the public rubriques\' feeds in <link rel="alternate">', async () => {
    const home = await browser.newPage();
    try {
      await home.goto(`${server.url}/`);
      await home.waitForFunction(() => document.querySelectorAll('link[rel="alternate"]').length > 0);
      const links = await home.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"]')].map((l) => [l.type, l.getAttribute('href')]));
      assert.ok(links.some(([type, href]) => type === 'application/rss+xml' && /^\/feeds\/[a-z0-9-]+\/[a-z0-9-]+\.rss$/.test(href ?? '')));
      const [, href] = links.find(([type]) => type === 'application/atom+xml')!;
      assert.equal((await fetch(`${server.url}${href}`)).status, 200);
    } finally {
      await home.close();
    }
  });

  const personalLinks = () => page.locator('#my-feeds a.feed-url', { hasText: '/u/' });

  test('public feeds listed; personal links made on demand, readable by a feed reader', async () => {
    const section = page.getByRole('region', { name: 'Mes flux' });
    await section.getByRole('button', { name: 'Créer mes liens personnels' }).waitFor();
    assert.ok((await section.locator('a.feed-url').count()) > 0, 'no public feed listed');
    assert.equal(await personalLinks().count(), 0);
    assert.deepEqual(await axeViolations(page), []);

    await section.getByRole('button', { name: 'Créer mes liens personnels' }).click();
    await section.getByRole('status').getByText('Nouveaux liens créés').waitFor();
    assert.ok((await personalLinks().count()) > 0);
    const rss = (await personalLinks().evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).find((href) => href.endsWith('.rss'))!;
    const res = await fetch(rss); // a feed reader: no cookie
    assert.equal(res.status, 200);
    const feed = await new Parser().parseString(await res.text());
    assert.ok(feed.items.length > 0, `${rss} is empty`);

    await section.getByRole('button', { name: 'Nouveau lien' }).click();
    await page.waitForFunction((old) => ![...document.querySelectorAll('#my-feeds a.feed-url')].some((a) => (a as HTMLAnchorElement).href === old), rss);
    assert.equal((await fetch(rss)).status, 404, 'the old link still works after « Nouveau lien »');

    await section.getByRole('button', { name: 'Révoquer' }).click();
    await section.getByRole('status').getByText('Liens personnels révoqués.').waitFor();
    assert.equal(await personalLinks().count(), 0);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('« Mes actualités » rubriques saved on the server; a private feed address refused next to its field', async () => {
    const form = page.getByRole('region', { name: 'Personnaliser ma page' });
    const boxes = form.locator('input[name="rubriques"]');
    await boxes.first().waitFor();
    const count = await boxes.count();
    assert.ok(count >= 2);
    await boxes.nth(0).uncheck();

    const feeds = form.getByLabel('Flux externes (RSS ou Atom)');
    await feeds.fill('http://127.0.0.1:9/flux.xml');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.locator('#pref-feeds-error').getByText('adresse refusée').waitFor();
    assert.equal(await feeds.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'pref-feeds');
    assert.deepEqual(await axeViolations(page), []);

    await feeds.fill('');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByRole('status').getByText('Vos choix sont enregistrés.').waitFor();
    const saved = await page.evaluate(async () => (await fetch('/api/me/preferences')).json());
    assert.equal(saved.rubriques.length, count - 1);
    await page.reload();
    await pageRendered(page);
    await page.locator('input[name="rubriques"]').first().waitFor();
    assert.equal(await page.locator('input[name="rubriques"]').nth(0).isChecked(), false);
    assert.deepEqual(watch.errors, []);
  });
});
