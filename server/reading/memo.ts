/**
 * Reads that change only on writes or at a known instant, kept once per site and
 * content version: a feed of articles until the site's next scheduled publication, an
 * agenda until its first listed event ends, a page's tiles until the page is saved.
 * Every pupil of a class then shares one query for the news tile of their homepage,
 * and an anonymous answer resolved afresh costs no SQL at all.
 *
 * Privacy stays a query: a value is kept under a key that names everything the query
 * was restricted by (the readable rubrique ids, the article ids, the limit), so a
 * viewer is only ever given what the same restricted query returned.
 *
 * Freshness:
 * - every write announces itself through `changes` (here, and with PostgreSQL from the
 *   other instances through LISTEN/NOTIFY, server/freshness/), which drops the site's
 *   values at once; each instance keeps its own memo, and all of them drop it;
 * - time: a value says until when it holds (`until`, epoch ms) and from when (the `now`
 *   it was read at), and is read again outside that window (a clock moved back too);
 * - a write that cannot announce itself (a CLI import next to a running server) is seen
 *   within `ttlMs`, like the site cache's rubriques and rights (site-cache.ts).
 */
import type { ContentChanges } from '../freshness/changes.ts';

/** What a read returns to be kept: its value, and the instant (epoch ms) it stops being true. */
export interface Remembered<T> {
  value: T;
  /** `Infinity`: until the next write. */
  until: number;
}

interface Entry {
  /** The `now` of the read (epoch ms): a viewer asking at an earlier instant reads again. */
  from: number;
  loadedAt: number;
  value: Promise<Remembered<unknown>>;
  /** The read's result once it landed: a hit then waits on no promise of its own. */
  settled?: Remembered<unknown>;
}

interface SiteMemo {
  version: number;
  entries: Map<string, Entry>;
}

/** Values kept per site: bounded, the oldest dropped first. */
const MAX_PER_SITE = 5000;

export class ReadMemo {
  private readonly sites = new Map<number, SiteMemo>();

  constructor(
    private readonly changes: ContentChanges,
    private readonly ttlMs = 10_000,
    private readonly clock: () => number = Date.now,
  ) {
    changes.onChange((siteId) => this.sites.delete(siteId));
  }

  /** The value kept under `key` for this site if it holds at `now`; otherwise `load()`'s, kept. */
  async remember<T>(siteId: number, key: string, now: Date, load: () => Promise<Remembered<T>>): Promise<T> {
    const at = now.getTime();
    const site = this.site(siteId);
    const kept = site.entries.get(key);
    if (kept && kept.from <= at && this.clock() - kept.loadedAt < this.ttlMs) {
      const settled = kept.settled ?? (await kept.value.catch(() => null));
      if (settled && at < settled.until) return settled.value as T;
    }
    const entry: Entry = { from: at, loadedAt: this.clock(), value: load() };
    entry.value.then(
      (result) => (entry.settled = result),
      // A read that fails is not kept: the next viewer tries again.
      () => {
        if (site.entries.get(key) === entry) site.entries.delete(key);
      },
    );
    site.entries.delete(key); // most recent last: eviction drops the oldest
    if (site.entries.size >= MAX_PER_SITE) site.entries.delete(site.entries.keys().next().value!);
    site.entries.set(key, entry);
    return (await entry.value).value as T;
  }

  private site(siteId: number): SiteMemo {
    const version = this.changes.version(siteId);
    let site = this.sites.get(siteId);
    if (!site || site.version !== version) this.sites.set(siteId, (site = { version, entries: new Map() }));
    return site;
  }
}

/**
 * Values `frozen` made: deeply frozen, shared by every request that reads them, never
 * changed again. Only these may have their serialized bytes kept (http/json-bytes.ts): an
 * object merely `Object.freeze`d elsewhere may hold something that still changes.
 */
const sharedValues = new WeakSet<object>();

/**
 * Freezes a kept value all the way down: it is shared by every request that reads it.
 * Kept values are plain data (objects, arrays, strings, numbers): a Date inside would
 * still change through its setters.
 */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !sharedValues.has(value)) {
    Object.freeze(value);
    sharedValues.add(value); // before its children: a value that holds itself ends here
    for (const inner of Object.values(value)) frozen(inner);
  }
  return value;
}

/** Whether `value` came out of `frozen`: deeply immutable, its text may be kept. */
export const isShared = (value: object): boolean => sharedValues.has(value);

const derivations = new WeakMap<object, Map<string, unknown>>();

/**
 * A value made from a shared one (and from nothing else that changes without a write:
 * the site, its rubriques), kept with it: made once, frozen, dropped with it. `key` names
 * what else it was made from (a profile, a limit). From a value that is not shared (no
 * memo: tests, the CLI), it is made afresh every time.
 */
export function derived<T>(source: object, key: string, make: () => T): T {
  if (!sharedValues.has(source)) return make();
  let made = derivations.get(source);
  if (!made) derivations.set(source, (made = new Map()));
  return madeOnce(made, key, make);
}

/** The value kept in `made` under `key`, or `make()`'s, frozen and kept there. */
function madeOnce<T>(made: Map<string, unknown>, key: string, make: () => T): T {
  if (made.has(key)) return made.get(key) as T;
  const value = frozen(make());
  made.set(key, value);
  return value;
}

const pairDerivations = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

/**
 * `derived` for a value made from two shared ones (a kept tile and its kept data): kept
 * with both, dropped with either, under `key`. Looked up by the two objects themselves, not
 * by a key string made for each request (new text to hash and compare on every lookup).
 */
export function derivedFromBoth<T>(source: object, other: object, key: string, make: () => T): T {
  if (!sharedValues.has(source) || !sharedValues.has(other)) return make();
  let byOther = pairDerivations.get(source);
  if (!byOther) pairDerivations.set(source, (byOther = new WeakMap()));
  let made = byOther.get(other);
  if (!made) byOther.set(other, (made = new Map()));
  return madeOnce(made, key, make);
}

const identities = new WeakMap<object, number>();
let lastIdentity = 0;

/** A number naming this object for as long as it lives: a key part for `derived` made from two values. */
export function identity(value: object): number {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++lastIdentity));
  return id;
}
