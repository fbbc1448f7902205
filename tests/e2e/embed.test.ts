/**
 * The embed demo as a third-party site would run it: the page served by ANOTHER origin
 * (a plain static server), loading `SERVER/embed/tuiles.js` and fetching anonymous
 * tiles across origins; also served by Tuiles itself, and with the server down.
 * The town's server also publishes a copy of tuiles.js: the page must take the one of
 * the server it names.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { axeViolations, deepText, demo, embedDir, launchBrowser, privateTitles, siteDir, startStaticServer, startTuiles, watchPage, type Running } from './harness.ts';

describe('embed demo', () => {
  let server: Running;
  let town: Running;
  let browser: Browser;
  const doc = demo();

  before(async () => {
    [server, town, browser] = await Promise.all([startTuiles(), startStaticServer({ '/': siteDir, '/embed/': embedDir }), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await town?.close();
    await server?.close();
  });

  test('from a second origin: the anonymous news and agenda of the Tuiles server', async () => {
    assert.notEqual(new URL(town.url).origin, new URL(server.url).origin);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    try {
      const watch = await watchPage(page);
      const script = page.waitForResponse(`${server.url}/embed/tuiles.js`);
      const news = page.waitForResponse((r) => r.url().startsWith(`${server.url}/api/sites/college-jean-moulin/tiles/news?`));
      await page.goto(`${town.url}/embed-demo.html?server=${encodeURIComponent(server.url)}`);
      assert.equal((await script).status(), 200);
      assert.equal((await news).headers()['access-control-allow-origin'], '*');
      assert.equal(new URL(page.url()).origin, town.url);

      const items = page.locator('tuiles-news [part~="item"]');
      await items.first().waitFor();
      assert.equal(await items.count(), 5);
      const publicRubriques = new Set(doc.rubriques.filter((r) => r.visibility === 'public').map((r) => r.slug));
      const publicTitles = new Set(doc.articles.filter((a) => publicRubriques.has(a.rubrique)).map((a) => a.title));
      for (const title of await page.locator('tuiles-news [part~="title"]').allInnerTexts()) {
        assert.ok(publicTitles.has(title.trim()), `not a public article: ${title}`);
      }
      // Links lead back to the school's server, not to the town's site.
      const href = await page.locator('tuiles-news [part~="link"]').first().getAttribute('href');
      assert.ok(href?.startsWith(`${server.url}/sites/college-jean-moulin/articles/`), href ?? 'no link');
      await page.locator('tuiles-agenda [part~="item"]').first().waitFor();
      assert.equal(await page.locator('tuiles-news').getAttribute('server'), server.url);
      assert.match(await page.locator('#snippet').innerText(), new RegExp(`src="${server.url}/embed/tuiles.js"`));

      const text = await deepText(page);
      assert.deepEqual(privateTitles(doc).filter((t) => text.includes(t)), []);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 1280), true);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(watch.errors, []);
    } finally {
      await page.close();
    }
  });

  test('served by Tuiles itself, the server defaults to the page origin', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    page.setDefaultTimeout(15_000);
    try {
      const watch = await watchPage(page);
      await page.goto(`${server.url}/embed-demo`);
      await page.locator('tuiles-news [part~="item"]').first().waitFor();
      assert.equal(await page.locator('tuiles-news').getAttribute('server'), server.url);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
      assert.deepEqual(watch.errors, []);
    } finally {
      await page.close();
    }
  });

  test('server unreachable: a sentence instead of the tiles', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(`${town.url}/embed-demo.html?server=${encodeURIComponent('http://127.0.0.1:9')}`);
      await page.locator('tuiles-news').getByText('ne peuvent pas être affichées pour le moment').waitFor();
      assert.equal(await page.evaluate(() => customElements.get('tuiles-news')), undefined);
    } finally {
      await page.close();
    }
  });

  test("on the Tuiles origin, ?server= cannot run another origin's script (CSP)", async () => {
    const csp = (await fetch(`${server.url}/embed-demo`)).headers.get('content-security-policy');
    assert.match(csp ?? '', /script-src 'self'/);
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    page.setDefaultTimeout(15_000);
    try {
      const foreign: string[] = [];
      page.on('response', (r) => void (r.url().startsWith(town.url) && foreign.push(r.url())));
      await page.goto(`${server.url}/embed-demo?server=${encodeURIComponent(town.url)}`);
      await page.locator('tuiles-news').getByText('ne peuvent pas être affichées pour le moment').waitFor();
      assert.equal(await page.evaluate(() => customElements.get('tuiles-news')), undefined);
      assert.deepEqual(foreign, []);
    } finally {
      await page.close();
    }
  });
});
