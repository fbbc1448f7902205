/**
 * `/`, the public homepage, in Chromium against the real server: every tile with the
 * demo school's content, nothing private, no console error, no horizontal scroll on a
 * 360 px phone, screenshots for a human eye, axe in both colour schemes.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  artifactsDir,
  axeViolations,
  deepText,
  demo,
  launchBrowser,
  loadAllImages,
  pageRendered,
  privateTitles,
  startTuiles,
  watchPage,
  type Running,
} from './harness.ts';

describe('public homepage', () => {
  let server: Running;
  let browser: Browser;
  const doc = demo();
  const titleOf = (id: string) => doc.articles.find((a) => a.id === id)!.title;

  before(async () => {
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width: number, height = 900, path = '/'): Promise<{ page: Page; errors: string[]; blocked: string[] }> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.setDefaultTimeout(15_000);
    const watch = await watchPage(page);
    await page.goto(server.url + path);
    await pageRendered(page);
    return { page, ...watch };
  }

  test('every tile shows the demo content; no private article; no console error', async () => {
    const { page, errors, blocked } = await open(1440);
    try {
      assert.equal(await page.title(), 'Collège Jean Moulin — Accueil');
      assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
      assert.match((await page.locator('meta[name="description"]').getAttribute('content')) ?? '', /^Collège Jean Moulin : actualités/);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Collège Jean Moulin');
      assert.equal(await page.getByRole('link', { name: 'Se connecter', exact: true }).getAttribute('href'), '/moi');
      assert.equal(await page.locator('main tuiles-page').getAttribute('site'), 'college-jean-moulin');

      // Top: the banner image loaded, with the linked article on its band.
      const banner = page.locator('tuiles-top [part~="image"]');
      await page.waitForFunction(() => {
        const img = document.querySelector('tuiles-page')?.shadowRoot?.querySelector('tuiles-top')?.shadowRoot?.querySelector('img');
        return img?.complete && img.naturalWidth > 0;
      });
      assert.equal(await banner.getAttribute('alt'), 'Collège Jean Moulin, Saint-Aubin-des-Prés');
      assert.match(await page.locator('tuiles-top [part~="band"]').innerText(), new RegExp(titleOf('label-e3d')));

      // News: six public articles, illustrated ones with their image.
      const news = page.locator('tuiles-news[data-tile="actualites"] [part~="item"]');
      assert.equal(await news.count(), 6);
      const publicTitles = new Set(doc.articles.map((a) => a.title));
      for (const title of await page.locator('tuiles-news [part~="title"]').allInnerTexts()) {
        assert.ok(publicTitles.has(title.trim()), `unknown news title ${title}`);
      }
      assert.ok((await page.locator('tuiles-news [part~="illustration"]').count()) > 0, 'no news illustration');

      // Selection: the four hand-picked articles, in the admin's order.
      const picked = ['horaires-et-calendrier', 'signaler-une-absence', 'codes-acces-ent-educonnect', 'inscriptions-association-sportive'];
      const selectionTitles = await page.locator('tuiles-selection [part~="title"]').allInnerTexts();
      assert.deepEqual(
        selectionTitles.map((t) => t.trim()),
        picked.map(titleOf),
      );

      // Agenda: upcoming public events, with dates and places.
      const events = page.locator('tuiles-agenda [part~="item"]');
      assert.ok((await events.count()) >= 3, 'fewer than 3 agenda items');
      assert.ok((await page.locator('tuiles-agenda time[datetime]').count()) >= 3);
      const eventTitles = new Set(doc.events.map((e) => e.title));
      assert.ok(eventTitles.has((await page.locator('tuiles-agenda [part~="title"]').first().innerText()).trim()));

      // Embed: the Peertube iframe (its request is blocked: this machine is offline).
      const frame = page.locator('tuiles-embed iframe');
      assert.match((await frame.getAttribute('src')) ?? '', /^https:\/\/tube-numerique-educatif\.apps\.education\.fr\/videos\/embed\//);
      assert.match((await frame.getAttribute('title')) ?? '', /Tubes/);
      assert.ok(blocked.some((url) => url.startsWith('https://tube-numerique-educatif.apps.education.fr/')));

      // Text: the school's practical information.
      assert.match(await page.locator('tuiles-text [part~="content"]').innerText(), /Secrétariat : 01 23 45 67 89/);

      // Nothing from a private rubrique, anywhere in the DOM (shadow roots included).
      const text = await deepText(page);
      const secrets = privateTitles(doc);
      assert.ok(secrets.length > 50, 'the demo should have private articles');
      const leaked = secrets.filter((title) => text.includes(title));
      assert.deepEqual(leaked, []);
      assert.ok(!text.includes('Compte rendu du conseil pédagogique'));

      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('no horizontal scroll at 360 px; screenshots at 360 and 1440 px', async () => {
    await mkdir(artifactsDir, { recursive: true });
    for (const width of [360, 1440, 1920]) {
      const { page, errors } = await open(width, 800);
      try {
        await page.waitForFunction(() => {
          const img = document.querySelector('tuiles-page')?.shadowRoot?.querySelector('tuiles-top')?.shadowRoot?.querySelector('img');
          return img?.complete && img.naturalWidth > 0;
        });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= width, `horizontal scroll at ${width} px: scrollWidth ${scrollWidth}`);
        if (width === 360) {
          // One column: every tile as wide as the page's content box.
          const widths = await page.evaluate(() =>
            [...document.querySelector('tuiles-page')!.shadowRoot!.querySelectorAll('[data-tile]')].map((el) => el.getBoundingClientRect().width),
          );
          assert.ok(widths.every((w) => Math.abs(w - widths[0]) < 1 && w > 300), `tiles not in one column: ${widths}`);
        }
        assert.deepEqual(await loadAllImages(page), [], 'images that did not load');
        if (width !== 1920) await page.screenshot({ path: join(artifactsDir, `home-${width}.png`), fullPage: true });
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    }
  });

  test('/sites/:site/ (and the old /?site=) shows that school; an unknown one is a 404 page', async () => {
    const { page } = await open(1024, 800, '/?site=college-jean-moulin');
    try {
      assert.equal(new URL(page.url()).pathname, '/sites/college-jean-moulin/');
      assert.equal(await page.title(), 'Collège Jean Moulin — Accueil');
      assert.equal(await page.getByRole('link', { name: 'Se connecter', exact: true }).getAttribute('href'), '/moi?site=college-jean-moulin');
      const missing = await page.goto(`${server.url}/sites/college-inconnu/`);
      assert.equal(missing?.status(), 404);
      await page.getByRole('heading', { name: 'Cette page est introuvable.' }).waitFor();
      assert.equal(await page.locator('tuiles-page').count(), 0);
    } finally {
      await page.close();
    }
  });

  test('axe: no violation, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
      try {
        await watchPage(page);
        await page.goto(`${server.url}/`);
        await pageRendered(page);
        assert.deepEqual(await axeViolations(page), [], `axe (${colorScheme})`);
      } finally {
        await page.close();
      }
    }
  });
});
