/**
 * The `news` resolver's latency as a site grows: 1,000, 100,000 and 1,000,000 articles
 * over 50 public blog rubriques. The resolver is called directly (no HTTP), with the
 * context a request would build, on a fresh SQLite file opened by `openDatabase` (the
 * real pragmas and migrations). Articles are bulk-loaded through better-sqlite3 in one
 * transaction; the site and its rubriques go through the ordinary import.
 *
 * What the data looks like, per size N:
 * - 50 public rubriques with the blog service, articles spread evenly at random;
 * - published_at over the 5 years before NOW, in insertion order (a school writes in
 *   time order), activity_at = updated_at = published_at;
 * - 5 % drafts, 2 % pending, and min(50, 2 % of N) published articles scheduled in the
 *   next 30 days (a school schedules a handful, not a share of its archive).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { openDatabase } from '../server/store/database.ts';
import { createStore } from '../server/store/index.ts';
import { createSanitizer } from '../server/content/sanitize.ts';
import { importSiteDocument } from '../server/site-document/import.ts';
import { resolveContext } from '../server/reading/context.ts';
import { anonymous } from '../server/access/viewer.ts';
import { news } from '../server/tiles/news.ts';
import { newsConfig } from '../contract/tiles/news.ts';
import type { Database } from '../server/store/schema.ts';

export const NOW = new Date('2026-11-23T10:00:00.000Z');
const RUBRIQUES = 50;
const SITE = 'bench-news';
const YEARS = 5;

export interface NewsOptions {
  sizes?: number[];
  /** Timed calls per size (after a warm-up of a tenth as many). */
  iterations?: number;
  log?: (line: string) => void;
}

export interface NewsRow {
  articles: number;
  /** Set on the what-if row: the same site with another feed index. */
  variant?: string;
  loadSeconds: number;
  medianMs: number;
  p99Ms: number;
  meanItems: number;
}

export interface Plan {
  sql: string;
  parameters: readonly unknown[];
  lines: string[];
}

export interface NewsResult {
  rows: NewsRow[];
  /** EXPLAIN QUERY PLAN of one per-rubrique feed query, on the largest site. */
  plan: Plan;
  /** When that plan sorts: the plan with the index that would spare the sort. */
  whatIf?: { index: string; plan: Plan };
}

/** The feed index that gives the whole ORDER BY (activity_at desc, id desc). */
export const FEED_INDEX_WITH_ID = 'CREATE INDEX articles_feed ON articles (rubrique_id, status, activity_at, id)';
const sorts = (plan: Plan) => plan.lines.some((l) => /TEMP B-TREE/i.test(l));

/** Small, seeded PRNG (mulberry32): the same site and the same configs every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const rubriqueSlug = (i: number) => `rubrique-${pad(i + 1)}`;

function quantile(sorted: number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at];
}

/** N articles straight into SQLite, one transaction, one prepared statement. */
function bulkLoad(raw: SQLite.Database, siteId: number, rubriqueIds: number[], count: number, log: (line: string) => void) {
  const rand = random(count);
  const insert = raw.prepare(
    `INSERT INTO articles (site_id, id, rubrique_id, title, summary, body, status, published_at, updated_at, activity_at, author_id, illustration)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
  );
  const span = YEARS * 365 * 86_400_000;
  const start = NOW.getTime() - span;
  const step = span / count;
  const scheduled = Math.min(50, Math.round(count * 0.02));
  const scheduledAt = new Set<number>();
  while (scheduledAt.size < scheduled) scheduledAt.add(Math.floor(rand() * count));
  const progressEvery = count >= 200_000 ? 200_000 : Infinity;
  const load = raw.transaction(() => {
    for (let i = 0; i < count; i++) {
      const rubriqueId = rubriqueIds[Math.floor(rand() * rubriqueIds.length)];
      let at = start + i * step + rand() * step;
      const roll = rand();
      let status = roll < 0.05 ? 'draft' : roll < 0.07 ? 'pending' : 'published';
      if (scheduledAt.has(i)) {
        status = 'published';
        at = NOW.getTime() + 60_000 + rand() * 30 * 86_400_000;
      }
      const iso = new Date(at).toISOString();
      insert.run(siteId, `a${i}`, rubriqueId, `Article ${i}`, `Résumé de l'article ${i}.`, `<p>Texte de l'article ${i}.</p>`, status, iso, iso, iso);
      if ((i + 1) % progressEvery === 0) log(`    … ${(i + 1).toLocaleString('en')} / ${count.toLocaleString('en')} rows`);
    }
  });
  load();
}

async function oneSize(count: number, iterations: number, log: (line: string) => void, explain: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'tuiles-bench-news-'));
  const file = join(dir, 'news.db');
  const handle = await openDatabase(`sqlite:${file}`);
  let raw: SQLite.Database | undefined;
  try {
    const store = createStore(handle.db, handle.dialect);
    const sanitize = createSanitizer();
    const { site } = await importSiteDocument(
      store,
      {
        site: { slug: SITE, name: 'Collège du banc d’essai' },
        rubriques: Array.from({ length: RUBRIQUES }, (_, i) => ({
          slug: rubriqueSlug(i),
          title: `Rubrique ${i + 1}`,
          visibility: 'public' as const,
          services: ['blog' as const],
        })),
      },
      { now: NOW, sanitize },
    );
    const rubriqueIds = (await store.rubriques.list(site.id)).map((r) => r.id);

    log(`  loading ${count.toLocaleString('en')} articles…`);
    const t0 = performance.now();
    raw = new SQLite(file);
    raw.pragma('busy_timeout = 5000');
    bulkLoad(raw, site.id, rubriqueIds, count, log);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const loadSeconds = (performance.now() - t0) / 1000;
    log(`  loaded in ${loadSeconds.toFixed(1)} s; resolving ${iterations.toLocaleString('en')} news tiles…`);

    const deps = { store, sanitize, now: () => NOW, timeZone: 'Europe/Paris', log: () => {} };
    const ctx = await resolveContext(deps, SITE, anonymous);
    const time = async (): Promise<Omit<NewsRow, 'articles' | 'loadSeconds'>> => {
      const rand = random(7);
      const config = () => {
        const slugs = new Set<string>();
        const wanted = 5 + Math.floor(rand() * 6); // 5 to 10 rubriques
        while (slugs.size < wanted) slugs.add(rubriqueSlug(Math.floor(rand() * RUBRIQUES)));
        return newsConfig.parse({ rubriques: [...slugs], max: 6 });
      };
      const warmUp = Math.max(50, Math.round(iterations / 10));
      for (let i = 0; i < warmUp; i++) await news.resolve(config(), ctx);
      const times: number[] = [];
      let items = 0;
      for (let i = 0; i < iterations; i++) {
        const c = config();
        const t = performance.now();
        const data = await news.resolve(c, ctx);
        times.push(performance.now() - t);
        items += data.items.length;
      }
      times.sort((a, b) => a - b);
      return { medianMs: quantile(times, 0.5), p99Ms: quantile(times, 0.99), meanItems: items / iterations };
    };
    const rows: NewsRow[] = [{ articles: count, loadSeconds, ...(await time()) }];

    let plan: Plan | undefined;
    let whatIf: NewsResult['whatIf'];
    if (explain) {
      // The store's own query, caught on its way to SQLite: ask the store for one feed
      // through a Kysely that logs, then explain exactly that SQL.
      const db = raw;
      const explainFeed = async (): Promise<Plan> => {
        const captured: { sql: string; parameters: readonly unknown[] }[] = [];
        const spy = new Kysely<Database>({
          dialect: new SqliteDialect({ database: db }),
          log: (event) => {
            if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
          },
        });
        await createStore(spy, 'sqlite').articles.latestPublished([rubriqueIds[0]], 6, NOW);
        const query = captured.find((q) => /from "articles"/i.test(q.sql));
        if (!query) throw new Error('the feed query was not captured');
        const lines = (db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...(query.parameters as unknown[])) as { detail: string }[]).map(
          (r) => r.detail,
        );
        return { sql: query.sql, parameters: query.parameters, lines };
      };
      plan = await explainFeed();
      if (sorts(plan)) {
        // What the sort costs: the same site, the same calls, with the id in the index.
        log('  the feed query sorts: timing it again with the id in articles_feed…');
        const t = performance.now();
        raw.exec(`DROP INDEX articles_feed; ${FEED_INDEX_WITH_ID}`);
        const indexSeconds = (performance.now() - t) / 1000;
        whatIf = { index: FEED_INDEX_WITH_ID, plan: await explainFeed() };
        rows.push({ articles: count, loadSeconds: indexSeconds, variant: 'index + id', ...(await time()) });
      }
    }
    return { rows, plan, whatIf };
  } finally {
    raw?.close();
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchNews(options: NewsOptions = {}): Promise<NewsResult> {
  const sizes = options.sizes ?? [1_000, 100_000, 1_000_000];
  const iterations = options.iterations ?? 2_000;
  const log = options.log ?? ((line: string) => console.log(line));
  const rows: NewsRow[] = [];
  let plan: Plan | undefined;
  let whatIf: NewsResult['whatIf'];
  for (const [i, size] of sizes.entries()) {
    log(`news: site of ${size.toLocaleString('en')} articles`);
    const result = await oneSize(size, iterations, log, i === sizes.length - 1);
    rows.push(...result.rows);
    plan = result.plan ?? plan;
    whatIf = result.whatIf ?? whatIf;
  }
  return { rows, plan: plan!, whatIf };
}
