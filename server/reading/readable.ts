/**
 * What this viewer may read, asked of the store as a query: every function here passes
 * the viewer's readable rubriques to the store, which never loads anything outside them.
 *
 * The feeds and lists are kept per content version (memo.ts) under a key naming every
 * restriction of their query, readable rubrique ids first: two viewers share a kept
 * answer only when their queries were the same.
 */
import type { ResolveContext } from './context.ts';
import type { Remembered } from './memo.ts';
import { frozen } from './memo.ts';
import type { Article } from '../store/index.ts';
import type { Targeting } from '../store/annonces.ts';
import type { PageKind } from '../../contract/vocabulary.ts';
import type { Tile } from '../../contract/tiles/index.ts';
import { localDate } from './dates.ts';
import { toResolvedArticle, toResolvedEvent } from './wire.ts';
import type { ResolvedArticle, ResolvedEvent } from '../../contract/items.ts';

/** Only the rubrique slugs this viewer may read. */
export function readableSlugs(ctx: ResolveContext, slugs: readonly string[]): string[] {
  return slugs.filter((s) => ctx.access.readableSlugs.has(s));
}

/** Ids of the named rubriques that the viewer may read and that run `service`. */
export function readableWith(ctx: ResolveContext, slugs: readonly string[], service?: 'blog' | 'agenda'): number[] {
  const wanted = new Set(slugs);
  return ctx.rubriques
    .filter((r) => wanted.has(r.slug) && ctx.access.readable.has(r.id) && (!service || r.services.includes(service)))
    .map((r) => r.id);
}

/** `load()`'s value, kept for this site's content version when the context has a memo. */
function remembered<T>(ctx: ResolveContext, key: string, load: () => Promise<Remembered<T>>): Promise<T> {
  if (!ctx.memo) return load().then((kept) => kept.value);
  return ctx.memo.remember(ctx.site.id, key, ctx.now, async () => {
    const kept = await load();
    return { value: frozen(kept.value), until: kept.until };
  });
}

/** When the site's next scheduled article appears (epoch ms; Infinity: none scheduled). */
const nextPublication = (ctx: ResolveContext) =>
  remembered(ctx, 'next-publication', async () => {
    const at = await ctx.store.articles.nextPublication(ctx.site.id, ctx.now);
    const instant = at === null ? Infinity : Date.parse(at);
    return { value: instant, until: instant };
  });

/**
 * The `max` latest published articles of `rubriqueIds` (already cut down to what the
 * viewer may read: readableWith), as they go out, kept until a write or the next
 * scheduled publication. Kept as sent (wire.ts): the one array every viewer of the same
 * query gets, serialized once (http/json-bytes.ts).
 */
export const readableFeed = (ctx: ResolveContext, rubriqueIds: number[], max: number): Promise<readonly ResolvedArticle[]> =>
  remembered(ctx, `feed|${rubriqueIds.join(',')}|${max}`, async () => ({
    value: (await ctx.store.articles.latestPublished(rubriqueIds, max, ctx.now)).map((a) => toResolvedArticle(a, ctx)),
    until: await nextPublication(ctx),
  }));

/**
 * The `max` soonest events of `rubriqueIds` (already readable) that have not ended,
 * kept until the first of them ends (a timed one at its end instant; the all-day ones
 * with the local date, which is part of the key) or a write.
 */
export function readableAgenda(ctx: ResolveContext, rubriqueIds: number[], max: number): Promise<readonly ResolvedEvent[]> {
  const today = localDate(ctx.now, ctx.timeZone);
  return remembered(ctx, `agenda|${rubriqueIds.join(',')}|${max}|${today}`, async () => {
    const events = await ctx.store.events.upcoming(rubriqueIds, max, ctx.now, today);
    // A timed event is listed while now <= its end: the list holds until just after the first end.
    const until = Math.min(Infinity, ...events.filter((e) => !e.allDay).map((e) => Date.parse(e.end) + 1));
    return { value: events.map((e) => toResolvedEvent(e, ctx)), until };
  });
}

/** The published articles among `ids` that this viewer may read, in no particular order. */
export const readableArticles = (ctx: ResolveContext, ids: string[]): Promise<readonly Article[]> =>
  remembered(ctx, `articles|${ids.join(',')}|${ctx.access.readableKey}`, async () => ({
    value: await ctx.store.articles.publishedByIds(ctx.site.id, ids, [...ctx.access.readable], ctx.now),
    until: await nextPublication(ctx),
  }));

/**
 * A page's tiles as saved, parsed once per content version (every page save announces
 * itself). Shared by every request: frozen, never to be changed in place.
 */
export const pageTiles = (ctx: ResolveContext, kind: PageKind): Promise<readonly Tile[]> =>
  remembered(ctx, `page|${kind}`, async () => ({ value: await ctx.store.pages.get(ctx.site.id, kind), until: Infinity }));

/** The site's Pronote settings (null: never set up), read once per content version: the admin's save announces itself. */
export const pronoteSettingsOf = (ctx: ResolveContext) =>
  remembered(ctx, 'pronote-settings', async () => ({ value: await ctx.store.pronote.settings(ctx.site.id), until: Infinity }));

/**
 * The annonces shown on `today` to whoever is targeted as `targeting`, kept per content
 * version (every annonce write announces itself) under a key naming every field
 * targeting reads: the pupils of a class with the same groups share one query. What
 * each of them has read is theirs, read with their session (sessions.viewerOf).
 */
export const currentAnnonces = (ctx: ResolveContext, targeting: Targeting, today: string) =>
  remembered(
    ctx,
    `annonces|${today}|${JSON.stringify([targeting.profile, targeting.niveau, targeting.fonction, [...targeting.groups].sort((a, b) => a - b)])}`,
    async () => ({ value: await ctx.store.annonces.currentForTargeting(ctx.site.id, targeting, today), until: Infinity }),
  );

/** One event, when it lies in a rubrique this viewer may read; null otherwise, like a missing one. */
export const readableEvent = (ctx: ResolveContext, id: string) =>
  ctx.store.events.readableById(ctx.site.id, id, [...ctx.access.readable]);
