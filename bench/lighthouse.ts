/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile preset: Moto G Power viewport,
 * simulated slow 4G and 4× CPU slowdown) driving Debian's Chromium on `/`, an article
 * page, `/moi` (the login form) and `/moi` of the logged-in demo pupil (their personal
 * page rendered by the server), against a real server (`bin/tuiles.js serve`, fresh SQLite, demo
 * school) on 127.0.0.1. Prints the four category scores and LCP, TBT, CLS. Needs the
 * build (`npm run build`; this script runs it when dist/ is missing).
 *
 * Targets (issue 17): performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 95.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { table } from './table.ts';
import { demoAccounts } from '../server/demo/school.ts';
import { sessionCookie } from './http.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist/ssr/elements.js')) || !existsSync(join(root, 'dist/site/.vite/manifest.json'))) {
  spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const dir = mkdtempSync(join(tmpdir(), 'tuiles-lighthouse-'));
const server = spawn(process.execPath, [join(root, 'bin/tuiles.js'), 'serve'], {
  cwd: root,
  env: { ...process.env, PORT: '0', DATABASE_URL: `sqlite:${join(dir, 'tuiles.db')}`, NODE_ENV: 'production' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise<number>((resolve, reject) => {
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    output += chunk;
    const match = /listening on http:\/\/[^:]+:(\d+)/.exec(output);
    if (match) resolve(Number(match[1]));
  });
  server.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
});
const base = `http://127.0.0.1:${port}`;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});

interface Row {
  page: string;
  scores: Record<string, number>;
  lcp: number;
  tbt: number;
  cls: number;
}

try {
  const home = (await (await fetch(`${base}/api/sites`)).json()) as { sites: { slug: string }[] };
  const site = home.sites[0].slug;
  const page = (await (await fetch(`${base}/api/sites/${site}/pages/public-home`)).json()) as {
    page: { tiles: { type: string; data: { items?: { url: string }[] } | null }[] };
  };
  const article = page.page.tiles.find((t) => t.type === 'news')?.data?.items?.[0]?.url;
  if (!article) throw new Error('no article on the demo homepage');
  const pupilCookie = await sessionCookie(base, demoAccounts.find((a) => a.login === 'eleve.demo')!);
  const pages: [string, string, Record<string, string>][] = [
    ['/', `${base}/`, {}],
    ['article', `${base}${article}`, {}],
    ['/moi', `${base}/moi`, {}],
    ['/moi, pupil', `${base}/moi`, { Cookie: pupilCookie }],
  ];
  const rows: Row[] = [];
  for (const [name, url, headers] of pages) {
    // One warm-up load (the server's first render of each page), then the measured run.
    await fetch(url, { headers }).then((r) => r.arrayBuffer());
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', extraHeaders: headers });
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const lhr = result.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    rows.push({
      page: name,
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
      tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
    });
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable');
    if (failing.length) console.log(`${name}: audits below 0.9: ${failing.map((a) => `${a.id} (${a.score})`).join(', ')}`);
  }
  console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, Chromium ${await chromeVersion()}\n`);
  const met = (ok: boolean) => (ok ? '' : ' ✗');
  console.log(
    table(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
      rows.map((r) => [
        r.page,
        `${r.scores.performance}${met(r.scores.performance >= 95)}`,
        `${r.scores.accessibility}${met(r.scores.accessibility === 100)}`,
        `${r.scores['best-practices']}${met(r.scores['best-practices'] >= 95)}`,
        `${r.scores.seo}${met(r.scores.seo >= 95)}`,
        `${(r.lcp / 1000).toFixed(2)} s`,
        `${Math.round(r.tbt)} ms`,
        r.cls.toFixed(3),
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
  );
  console.log('\ntargets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 95 (✗: missed)');
} finally {
  await chrome.kill();
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

async function chromeVersion(): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${chrome.port}/json/version`);
  return ((await res.json()) as { Browser: string }).Browser;
}
