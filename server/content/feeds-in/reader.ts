/**
 * The one way Tuiles reads an external feed, for the `flux` tile and « Mes actualités »
 * alike: a shared copy per URL in the database (feed_cache), refreshed at most once per
 * freshness period with a conditional request, and a short copy in process memory.
 *
 * - Fresh copy (checked less than `freshMs` ago; `retryMs` after a failure): served.
 * - Stale copy: served at once, and refreshed behind it, so a slow feed never slows a
 *   page down once it has been read.
 * - No copy yet: fetched now (up to the fetch deadline).
 * - A failed refresh keeps the last good items and records why; a feed never read
 *   successfully yields its French reason, shown in the tile's place.
 *
 * Several instances: the rows are shared, so one instance's fetch serves the others;
 * two instances may refresh the same stale URL at the same moment (one extra request
 * to the feed's server, then the later write wins with the same content). The memory
 * layer is per process and lives `memoMs` (30 s), the longest an instance serves a copy
 * older than the shared row.
 */
import type { Store, CachedFeed, CachedItem } from '../../store/index.ts';
import { defaultLimits, fetchFeed, type FetchLimits } from './fetch.ts';
import { parseFeed } from './parse.ts';
import { FeedError } from './errors.ts';

export type FeedRead =
  | { ok: true; url: string; title: string; link: string | null; items: CachedItem[] }
  | { ok: false; url: string; message: string };

export interface FeedReaderOptions {
  store: Pick<Store, 'feedCache'>;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
  limits?: Partial<FetchLimits>;
  /** How long a good copy is served without asking the feed's server again. */
  freshMs?: number;
  /** How long after a failure before trying again. */
  retryMs?: number;
  /** How long a process keeps a copy without reading the shared row. */
  memoMs?: number;
}

export interface FeedReader {
  read(url: string): Promise<FeedRead>;
  /** Resolves when every refresh under way has landed (tests, shutdown). */
  idle(): Promise<void>;
  /** The limits in force (allowPrivate...), for checks made before saving a URL. */
  readonly limits: FetchLimits;
}

const MEMO_ENTRIES = 500;

export function createFeedReader(options: FeedReaderOptions): FeedReader {
  const limits: FetchLimits = { ...defaultLimits, ...options.limits };
  const freshMs = options.freshMs ?? 10 * 60_000;
  const retryMs = options.retryMs ?? 2 * 60_000;
  const memoMs = options.memoMs ?? 30_000;
  const memo = new Map<string, { read: FeedRead; until: number }>();
  const refreshing = new Map<string, Promise<CachedFeed>>();
  const { store, now, log } = options;

  const toRead = (row: CachedFeed): FeedRead =>
    row.items !== null
      ? { ok: true, url: row.url, title: row.title ?? new URL(row.url).hostname, link: row.link, items: row.items }
      : { ok: false, url: row.url, message: row.problem ?? 'Ce flux est momentanément indisponible.' };

  const remember = (url: string, read: FeedRead) => {
    if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
    memo.set(url, { read, until: now().getTime() + memoMs });
    return read;
  };

  async function refresh(url: string, previous: CachedFeed | null): Promise<CachedFeed> {
    const checkedAt = now().toISOString();
    const hasCopy = previous !== null && previous.items !== null;
    let row: CachedFeed;
    try {
      const result = await fetchFeed(url, limits, hasCopy ? { etag: previous.etag, lastModified: previous.lastModified } : null);
      if (result.status === 'not-modified') {
        row = { ...previous!, problem: null, checkedAt };
      } else {
        const feed = await parseFeed(result.text, url);
        row = { url, etag: result.etag, lastModified: result.lastModified, title: feed.title, link: feed.link, items: feed.items, problem: null, checkedAt };
      }
    } catch (error) {
      if (!(error instanceof FeedError)) log(`feed ${url} failed`, error);
      const problem = error instanceof FeedError ? error.message : 'Ce flux est momentanément indisponible.';
      row = previous ? { ...previous, problem, checkedAt } : { url, etag: null, lastModified: null, title: null, link: null, items: null, problem, checkedAt };
    }
    await store.feedCache.put(row);
    remember(url, toRead(row));
    return row;
  }

  /** One refresh per URL at a time in this process. */
  function refreshOnce(url: string, previous: CachedFeed | null): Promise<CachedFeed> {
    let running = refreshing.get(url);
    if (!running) {
      running = refresh(url, previous).finally(() => refreshing.delete(url));
      refreshing.set(url, running);
    }
    return running;
  }

  return {
    limits,
    async read(url) {
      const kept = memo.get(url);
      if (kept && kept.until > now().getTime()) return kept.read;
      const row = await store.feedCache.get(url);
      if (!row) return toRead(await refreshOnce(url, null));
      const age = now().getTime() - Date.parse(row.checkedAt);
      if (age >= (row.problem === null ? freshMs : retryMs)) {
        refreshOnce(url, row).catch((error) => log(`feed ${url}: refresh failed`, error));
      }
      return remember(url, toRead(row));
    },
    async idle() {
      while (refreshing.size > 0) await Promise.allSettled([...refreshing.values()]);
    },
  };
}
