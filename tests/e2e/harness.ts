/**
 * End-to-end harness: the real server as a child process (`node bin/tuiles.js serve` on
 * a free port, SQLite in a temporary directory, the demo school seeded at start), a
 * second origin (a tiny static server over dist/site), Debian's Chromium through
 * playwright-core, console watching, and axe-core.
 *
 * The pages and the embed bundle must be built first (`npm run build`; `npm run
 * test:e2e` does it).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { demoAccounts, demoSchool, type SiteDocument } from '../../server/demo/school.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const siteDir = join(root, 'dist/site');
export const embedDir = join(root, 'dist/embed');
export const artifactsDir = join(root, 'tests/artifacts');

export function assertBuilt(): void {
  for (const file of ['dist/site/index.html', 'dist/site/moi.html', 'dist/site/embed-demo.html', 'dist/site/admin.html', 'dist/embed/tuiles.js']) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first (npm run test:e2e does).`);
  }
}

export interface Running {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts `tuiles serve` on a free port with a fresh SQLite database (or `databaseUrl`,
 * prepared by the test); resolves once /api/health answers.
 */
export async function startTuiles(options: { databaseUrl?: string } = {}): Promise<Running> {
  assertBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'tuiles-e2e-'));
  const child = spawn(process.execPath, [join(root, 'bin/tuiles.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATABASE_URL: options.databaseUrl ?? `sqlite:${join(dir, 'tuiles.db')}`, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const close = async () => {
    await stop(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${output}`)), 60_000);
      const look = () => {
        const match = /listening on http:\/\/[^:]+:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on('data', look);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code}) before listening:\n${output}`));
      });
    });
    const url = `http://127.0.0.1:${port}`;
    const health = await fetch(`${url}/api/health`);
    if (!health.ok) throw new Error(`/api/health answered ${health.status}`);
    return { url, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * A second origin: plain static files (a town hall's web server, say). `mounts` maps URL
 * prefixes to folders: `{ '/': siteDir }`.
 */
export async function startStaticServer(mounts: Record<string, string>): Promise<Running> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) return void response.writeHead(404).end();
    const dir = mounts[prefix];
    const rest = path.slice(prefix.length);
    const file = normalize(join(dir, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(dir + sep)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    env: { ...process.env, TZ: 'Europe/Paris' },
  });
}

const isLocal = (url: string) => {
  try {
    const { protocol, hostname } = new URL(url);
    return !/^https?:$/.test(protocol) || hostname === '127.0.0.1' || hostname === 'localhost';
  } catch {
    return true;
  }
};

export interface ConsoleWatch {
  /** Console errors and uncaught exceptions, except failures of the blocked third-party requests. */
  errors: string[];
  /** Third-party URLs the page asked for (aborted: this machine is offline). */
  blocked: string[];
}

/**
 * Collects console errors and page errors, and aborts every request to a non-local
 * host (the Peertube embed): those failures are expected here and not counted.
 * `expected` lists console messages a test knows about (a 401 it provoked).
 */
export async function watchPage(page: Page, expected: RegExp[] = []): Promise<ConsoleWatch> {
  const watch: ConsoleWatch = { errors: [], blocked: [] };
  await page.route(
    (url) => !isLocal(url.href),
    (route) => {
      watch.blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (where && !isLocal(where)) return;
    if (/ERR_BLOCKED_BY_CLIENT/.test(message.text())) return;
    if (expected.some((pattern) => pattern.test(message.text()))) return;
    watch.errors.push(`${message.text()} (${where})`);
  });
  page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`));
  return watch;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeCode: string | undefined;
const axeSource = () => (axeCode ??= readFileSync(axePath, 'utf8'));

/** Runs axe-core on the page (open shadow roots included); returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the pages' CSP
  // (script-src 'self') stays on, so the tests see what a visitor's browser would block.
  await page.evaluate(axeSource());
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: typeof import('axe-core') }).axe;
    // The third-party iframe was aborted (offline machine): do not wait for axe inside it.
    return (await axe.run(document, { iframes: false })) as AxeResults;
  });
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}

/**
 * All text of the page, shadow roots included (what a reader could find on screen or in
 * the DOM). A string, not a function: tsx would wrap a named inner function in a helper
 * that does not exist in the page.
 */
const deepTextScript = `(() => {
  const walk = (node) => {
    let text = node.shadowRoot ? walk(node.shadowRoot) : '';
    for (const child of node.childNodes) text += child.nodeType === Node.TEXT_NODE ? child.data : walk(child);
    return text;
  };
  return walk(document.documentElement);
})()`;

export function deepText(page: Page): Promise<string> {
  return page.evaluate(deepTextScript) as Promise<string>;
}

/** Layout shifts since navigation start (buffered), summed as CLS sums them (no input excluded here). */
const layoutShiftScript = `new Promise((resolve) => {
  let total = 0;
  const entries = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      total += entry.value;
      entries.push({ value: entry.value, sources: (entry.sources || []).map((s) => (s.node && (s.node.nodeName + '.' + (s.node.className || ''))) || '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve({ total, entries }), 300);
})`;

/** Waits for every image of the page (shadow roots included) and for web fonts. */
const settledScript = `(async () => {
  const images = [];
  const walk = (node) => {
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.children ?? []) { if (child.tagName === 'IMG') images.push(child); walk(child); }
  };
  walk(document);
  await Promise.all(images.filter((img) => img.loading !== 'lazy').map((img) => (img.complete ? null : new Promise((r) => { img.onload = img.onerror = r; }))));
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return true;
})()`;

/**
 * Loads `url` in `page` twice, with a cold then a warm cache, and asserts that nothing moved
 * while each load settled (images and fonts included): CLS 0.00, not one layout shift.
 */
export async function assertNoLayoutShift(page: Page, url: string, width: number): Promise<void> {
  for (const visit of ['cold', 'warm']) {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(settledScript);
    const { total, entries } = (await page.evaluate(layoutShiftScript)) as { total: number; entries: unknown[] };
    assert.equal(total.toFixed(2), '0.00', `${visit} CLS ${total} at ${width} px: ${JSON.stringify(entries)}`);
    assert.equal(entries.length, 0, `${visit}: layout shifts at ${width} px: ${JSON.stringify(entries)}`);
  }
}

/** Every <img> of the page (shadow roots included) loaded: scrolls down first, for the lazy ones. */
const allImagesScript = `(async () => {
  const images = [];
  const walk = (node) => {
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.children ?? []) {
      if (child.tagName === 'IMG') images.push(child);
      walk(child);
    }
  };
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  walk(document);
  await Promise.all(images.map((img) => (img.complete ? null : new Promise((resolve) => { img.onload = img.onerror = resolve; }))));
  scrollTo(0, 0);
  return images.filter((img) => img.naturalWidth === 0).map((img) => img.src);
})()`;

/** Scrolls through the page until every image has loaded; returns those that failed. */
export function loadAllImages(page: Page): Promise<string[]> {
  return page.evaluate(allImagesScript) as Promise<string[]>;
}

/** The demo school as the server seeded it (same day: same articles). */
export function demo(): SiteDocument {
  return demoSchool(new Date());
}

/** Titles of the demo's articles in private rubriques (none may reach an anonymous page). */
export function privateTitles(doc: SiteDocument): string[] {
  const privateRubriques = new Set(doc.rubriques.filter((r) => r.visibility === 'private').map((r) => r.slug));
  const publicTitles = new Set(doc.articles.filter((a) => !privateRubriques.has(a.rubrique)).map((a) => a.title));
  return [...new Set(doc.articles.filter((a) => privateRubriques.has(a.rubrique) && !publicTitles.has(a.title)).map((a) => a.title))];
}

export const pupil = demoAccounts.find((a) => a.login === 'eleve.demo')!;

/** Resolves once every tile of the `<tuiles-page>` has rendered (no skeleton left). */
export async function pageRendered(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const tuilesPage = document.querySelector('tuiles-page');
    const grid = tuilesPage?.shadowRoot?.querySelector('[part="grid"]');
    if (!grid || grid.getAttribute('aria-busy') !== 'false') return false;
    return [...grid.children].every((tile) => !tile.shadowRoot || !tile.shadowRoot.querySelector('[aria-busy="true"]'));
  });
}
