/**
 * The one door for reading: viewer -> access -> the context every resolver, item page
 * and feed of one request shares. Nothing reads content for a viewer without it.
 */
import type { Viewer } from '../access/viewer.ts';
import { accessFor, type Access } from '../access/access.ts';
import type { Store, Site, Rubrique, Preferences } from '../store/index.ts';
import { notFound } from '../errors.ts';
import type { PronoteProvider } from '../pronote/provider.ts';
import type { FeedReader } from '../content/feeds-in/reader.ts';
import type { ContentChanges } from '../freshness/changes.ts';
import { SiteCache } from './site-cache.ts';
import { ReadMemo } from './memo.ts';

/** Everything a reader may use: computed once per request, passed to every tile. */
export interface ResolveContext extends ViewerOwn {
  site: Site;
  viewer: Viewer;
  access: Access;
  rubriques: readonly Rubrique[];
  store: Store;
  now: Date;
  /** The school's time zone (IANA name): the day an all-day event ends. */
  timeZone: string;
  /** Where a failing tile is logged (the viewer only sees that the tile is unavailable). */
  reportError(error: unknown, where: string): void;
  /** The Pronote block's data source, when there is one. */
  pronote?: PronoteProvider;
  /** External feeds (flux tile, « Mes actualités »); absent where no feed is read. */
  feeds?: FeedReader;
  /** Reads kept per content version (memo.ts); absent without a change feed: every read goes to the store. */
  memo?: ReadMemo;
}

/** What the caller already read of the logged-in viewer's own (with their session): not read again. */
export interface ViewerOwn {
  /** The logged-in viewer's preferences when the page has read them already: read once per request. */
  preferences?: Promise<Preferences>;
  /**
   * Which annonces current around now the logged-in viewer has read, when read with their
   * session (middleware/session.ts); absent, the annonces tile asks the store.
   */
  annoncesRead?: ReadonlySet<number>;
}

/** What building a context needs from the app's dependencies. */
export interface ReadingDeps {
  store: Store;
  now: () => Date;
  timeZone: string;
  log: (message: string, error?: unknown) => void;
  pronote?: PronoteProvider;
  feeds?: FeedReader;
  /** When given, per-site data is computed once per content version (site-cache.ts). */
  changes?: ContentChanges;
}

/** One cache and one memo per store and change feed (one app); none without a change feed. */
const caches = new WeakMap<ContentChanges, { sites: SiteCache; memo: ReadMemo }>();
function cachesOf(deps: ReadingDeps) {
  if (!deps.changes) return undefined;
  let kept = caches.get(deps.changes);
  if (!kept) caches.set(deps.changes, (kept = { sites: new SiteCache(deps.store, deps.changes), memo: new ReadMemo(deps.changes) }));
  return kept;
}
const cacheOf = (deps: ReadingDeps) => cachesOf(deps)?.sites;

/**
 * viewer -> access -> the context for one site; 404 for an unknown site. `own`: what the
 * caller already read of the logged-in viewer's own (the personal page).
 */
export async function resolveContext(deps: ReadingDeps, siteSlug: string, viewer: Viewer, own: ViewerOwn = {}): Promise<ResolveContext> {
  const cache = cacheOf(deps);
  const site = cache ? await cache.siteBySlug(siteSlug) : await deps.store.sites.bySlug(siteSlug);
  if (!site) throw notFound(`Site inconnu « ${siteSlug} ».`);
  return contextFor(deps, site, viewer, own);
}

/** The same, for a site already loaded. */
export async function contextFor(deps: ReadingDeps, site: Site, viewer: Viewer, own: ViewerOwn = {}): Promise<ResolveContext> {
  const cache = cacheOf(deps);
  const { rubriques, access } = cache
    ? await cache.read(site, viewer)
    : await deps.store.rubriques.list(site.id).then((list) => ({ rubriques: list, access: accessFor(viewer, site.id, list) }));
  return {
    site,
    viewer,
    access,
    rubriques,
    store: deps.store,
    now: deps.now(),
    timeZone: deps.timeZone,
    reportError: deps.log,
    pronote: deps.pronote,
    feeds: deps.feeds,
    memo: cachesOf(deps)?.memo,
    preferences: own.preferences,
    annoncesRead: own.annoncesRead,
  };
}
