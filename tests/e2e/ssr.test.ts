/**
 * `/` rendered on the server, in Chromium against the real server: without JavaScript
 * the tiles are there and their links work; with JavaScript the elements hydrate from
 * the embedded data (no API request on load, no console error); nothing moves while
 * the page loads (CLS 0 at 360 and 1440 px, cold and warm cache).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoLayoutShift, deepText, demo, launchBrowser, privateTitles, startTuiles, watchPage, type Running } from './harness.ts';

describe('server-rendered homepage', () => {
  let server: Running;
  let browser: Browser;
  const doc = demo();

  before(async () => {
    [server, browser] = await Promise.all([startTuiles(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('without JavaScript: the news titles, the agenda and the text tile are there, and links work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await watchPage(page);
      await page.goto(`${server.url}/`);
      assert.equal(await page.title(), 'Collège Jean Moulin — Accueil');
      const text = await deepText(page);
      const newsTitles = (await page.locator('tuiles-news[data-tile="actualites"] [part~="title"]').allInnerTexts()).map((t) => t.trim());
      assert.equal(newsTitles.length, 6);
      const articleTitles = new Set(doc.articles.map((a) => a.title));
      for (const title of newsTitles) assert.ok(articleTitles.has(title), `unknown news title ${title}`);
      const agendaTitles = (await page.locator('tuiles-agenda [part~="title"]').allInnerTexts()).map((t) => t.trim());
      assert.ok(agendaTitles.length >= 3, 'fewer than 3 agenda items');
      const eventTitles = new Set(doc.events.map((e) => e.title));
      for (const title of agendaTitles) assert.ok(eventTitles.has(title), `unknown event ${title}`);
      assert.match(await page.locator('tuiles-text [part~="content"]').innerText(), /Secrétariat : 01 23 45 67 89/);
      assert.deepEqual(privateTitles(doc).filter((t) => text.includes(t)), []);

      // A news title is a link to its article page, which opens without JavaScript too.
      const first = page.locator('tuiles-news[data-tile="actualites"] [part~="link"]').first();
      const href = await first.getAttribute('href');
      assert.match(href ?? '', /^\/sites\/college-jean-moulin\/articles\//);
      await first.click();
      await page.waitForURL(`${server.url}${href}`);
      assert.equal((await page.locator('h1').innerText()).trim(), newsTitles[0]);
      // The article page shares the homepage's header and footer.
      assert.equal(await page.locator('header.site-header a.brand').getAttribute('href'), '/');
      assert.equal(await page.locator('footer.site-footer').count(), 1);
    } finally {
      await context.close();
    }
  });

  test('with JavaScript: the elements hydrate from the page, no API request on load, no console error', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      const { errors } = await watchPage(page);
      const api: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/api/')) api.push(request.url());
      });
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      const state = await page.evaluate(() => {
        const tuilesPage = document.querySelector('tuiles-page') as (HTMLElement & { data?: unknown; hasUpdated?: boolean }) | null;
        const tiles = [...(tuilesPage?.shadowRoot?.querySelectorAll('[data-tile]') ?? [])] as (HTMLElement & { hasUpdated?: boolean; data?: unknown })[];
        return {
          defined: customElements.get('tuiles-page') !== undefined,
          pageUpdated: tuilesPage?.hasUpdated === true,
          pageHasData: tuilesPage?.data !== undefined,
          tiles: tiles.length,
          hydrated: tiles.filter((t) => t.tagName.startsWith('TUILES-') && t.hasUpdated && t.data !== undefined && !t.hasAttribute('defer-hydration')).length,
          elements: tiles.filter((t) => t.tagName.startsWith('TUILES-')).length,
        };
      });
      assert.ok(state.defined && state.pageUpdated && state.pageHasData, JSON.stringify(state));
      assert.ok(state.tiles >= 6, JSON.stringify(state));
      assert.equal(state.hydrated, state.elements, `tiles not hydrated: ${JSON.stringify(state)}`);
      assert.deepEqual(api, [], 'API requests on load');
      assert.deepEqual(errors, []);

      // Hydrated means live: the news tile re-renders when given new data.
      const changed = await page.evaluate(() => {
        const news = document.querySelector('tuiles-page')!.shadowRoot!.querySelector('tuiles-news') as HTMLElement & { data: { items: unknown[] }; updateComplete: Promise<boolean> };
        news.data = { ...news.data, items: [] };
        return news.updateComplete.then(() => news.shadowRoot!.querySelector('[part~="empty"]')?.textContent?.trim());
      });
      assert.equal(changed, 'Aucune actualité pour le moment');
    } finally {
      await context.close();
    }
  });

  for (const width of [360, 1440]) {
    test(`no layout shift at ${width} px, cold and warm cache`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width === 360 ? 780 : 900 } });
      try {
        const page: Page = await context.newPage();
        const { errors } = await watchPage(page);
        await assertNoLayoutShift(page, `${server.url}/`, width);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
