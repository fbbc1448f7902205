/**
 * Publish -> visible: how long after a page save an anonymous reader of the homepage
 * gets the new page, through real `tuiles serve` processes and real HTTP.
 * - same instance: SQLite, the save and the read on one process;
 * - other instance: two processes on one PostgreSQL, save through A, read on B
 *   (LISTEN/NOTIFY); only when TUILES_TEST_PG_URL (or TUILES_BENCH_PG_URL) is set.
 * The readers' shared copies live 300 s (TUILES_PUBLIC_MAX_AGE=300): without the
 * freshness machinery a save would take up to that long to show.
 *
 * Plus: uploading a 12-megapixel JPEG (4000×3000) as an illustration, variants included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import sharp from 'sharp';
import { openDatabase } from '../server/store/database.ts';
import { createStore } from '../server/store/index.ts';
import { createSanitizer } from '../server/content/sanitize.ts';
import { importSiteDocument } from '../server/site-document/import.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { startInstance, loginOn, putPage, waitUntilServed, type Instance } from './servers.ts';

const SITE = 'bench-freshness';
const PASSWORD = 'bench-mot-de-passe';

export interface Latency {
  scenario: string;
  rounds: number;
  medianMs: number;
  p99Ms: number;
}

export interface FreshnessResult {
  rows: Latency[];
  skipped: string[];
  upload?: { rounds: number; bytes: number; medianMs: number; maxMs: number; variants: number };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function siteDocument() {
  const now = new Date();
  return {
    site: { slug: SITE, name: 'Collège du banc', peertubeHosts: [] },
    users: [{ login: 'bench-admin', passwordHash: await hashPassword(PASSWORD), displayName: 'Admin banc', profile: 'admin' as const }],
    rubriques: [{ slug: 'actus', title: 'Actualités', visibility: 'public' as const, services: ['blog' as const] }],
    articles: Array.from({ length: 30 }, (_, i) => ({
      id: `a-${i}`,
      rubrique: 'actus',
      title: `Article ${i}`,
      summary: 'Résumé',
      body: '<p>Texte</p>',
      status: 'published' as const,
      publishedAt: new Date(now.getTime() - i * 86_400_000).toISOString(),
    })),
    pages: { 'public-home': [{ id: 'news', type: 'news', config: { rubriques: ['actus'], max: 6 } }] },
  };
}

async function seed(url: string) {
  const handle = await openDatabase(url, () => {});
  await importSiteDocument(createStore(handle.db, handle.dialect), await siteDocument(), { now: new Date(), sanitize: createSanitizer() });
  await handle.close();
}

/** Saves through `writer`, then polls `reader` (which holds the old page) until it serves the new one. */
async function publishToVisible(writer: Instance, reader: Instance, rounds: number): Promise<number[]> {
  const cookie = await loginOn(writer.url, 'bench-admin', PASSWORD);
  const source = await (await fetch(`${writer.url}/api/sites/${SITE}/pages/public-home/source`, { headers: { Cookie: cookie } })).json();
  let version = (source as { version: number }).version;
  const times: number[] = [];
  for (let i = -3; i < rounds; i++) {
    const title = `Mot ${i} ${randomBytes(3).toString('hex')}`;
    await fetch(`${reader.url}/api/sites/${SITE}/pages/public-home`); // the reader's shared copy
    const started = performance.now();
    version = await putPage(writer.url, SITE, cookie, version, [{ id: 'mot', type: 'text', config: { title, html: '<p>x</p>' } }]);
    await waitUntilServed(reader.url, SITE, (body) => body.page.tiles.some((t: { config?: { title?: string } }) => t.config?.title === title), 10_000);
    if (i >= 0) times.push(performance.now() - started); // the first rounds warm up
  }
  return times;
}

const row = (scenario: string, times: number[]): Latency => ({ scenario, rounds: times.length, medianMs: percentile(times, 50), p99Ms: percentile(times, 99) });

export async function benchFreshness(options: { rounds?: number; uploads?: number } = {}): Promise<FreshnessResult> {
  const rounds = options.rounds ?? 100;
  const result: FreshnessResult = { rows: [], skipped: [] };
  const dir = mkdtempSync(join(tmpdir(), 'tuiles-bench-fresh-'));
  try {
    const sqliteUrl = `sqlite:${join(dir, 'tuiles.db')}`;
    await seed(sqliteUrl);
    const one = await startInstance({ DATABASE_URL: sqliteUrl, TUILES_PUBLIC_MAX_AGE: '300', TUILES_MEDIA_DIR: join(dir, 'media') });
    try {
      result.rows.push(row('same instance (SQLite)', await publishToVisible(one, one, rounds)));
      result.upload = await benchUpload(one, options.uploads ?? 5);
    } finally {
      await one.close();
    }

    const adminUrl = process.env.TUILES_BENCH_PG_URL ?? process.env.TUILES_TEST_PG_URL;
    if (!adminUrl) {
      result.skipped.push('other instance on PostgreSQL: set TUILES_TEST_PG_URL (postgres://postgres@127.0.0.1:5432/postgres)');
      return result;
    }
    const name = `tuiles_bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      await seed(url.toString());
      const env = { DATABASE_URL: url.toString(), TUILES_PUBLIC_MAX_AGE: '300', TUILES_MEDIA_DIR: join(dir, 'media') };
      const [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
      try {
        result.rows.push(row('same instance (PostgreSQL)', await publishToVisible(a, a, rounds)));
        result.rows.push(row('other instance (PostgreSQL, LISTEN/NOTIFY)', await publishToVisible(a, b, rounds)));
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** POST /api/sites/:site/media with a 12-megapixel photo-like JPEG, end to end. */
async function benchUpload(instance: Instance, rounds: number) {
  const jpeg = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(1.5)
    .jpeg({ quality: 85 })
    .toBuffer();
  const cookie = await loginOn(instance.url, 'bench-admin', PASSWORD);
  const times: number[] = [];
  let variants = 0;
  for (let i = -1; i < rounds; i++) {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(jpeg)], 'photo.jpg', { type: 'image/jpeg' }));
    form.set('alt', 'Photo');
    form.set('usage', 'illustration');
    const started = performance.now();
    const res = await fetch(`${instance.url}/api/sites/${SITE}/media`, { method: 'POST', headers: { Cookie: cookie }, body: form });
    const body = (await res.json()) as { medium?: { variants: string[] } };
    if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(body)}`);
    variants = body.medium!.variants.length;
    if (i >= 0) times.push(performance.now() - started);
  }
  return { rounds, bytes: jpeg.length, medianMs: percentile(times, 50), maxMs: Math.max(...times), variants };
}
