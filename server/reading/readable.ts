/**
 * What this viewer may read, asked of the store as a query: every function here passes
 * the viewer's readable rubriques to the store, which never loads anything outside them.
 */
import type { ResolveContext } from './context.ts';

/** Only the rubrique slugs this viewer may read. */
export function readableSlugs(ctx: ResolveContext, slugs: readonly string[]): string[] {
  const readable = new Set(ctx.rubriques.filter((r) => ctx.access.readable.has(r.id)).map((r) => r.slug));
  return slugs.filter((s) => readable.has(s));
}

/** Ids of the named rubriques that the viewer may read and that run `service`. */
export function readableWith(ctx: ResolveContext, slugs: readonly string[], service?: 'blog' | 'agenda'): number[] {
  const wanted = new Set(slugs);
  return ctx.rubriques
    .filter((r) => wanted.has(r.slug) && ctx.access.readable.has(r.id) && (!service || r.services.includes(service)))
    .map((r) => r.id);
}

/** The published articles among `ids` that this viewer may read, in no particular order. */
export const readableArticles = (ctx: ResolveContext, ids: string[]) =>
  ctx.store.articles.publishedByIds(ctx.site.id, ids, [...ctx.access.readable], ctx.now);

/** One event, when it lies in a rubrique this viewer may read; null otherwise, like a missing one. */
export const readableEvent = (ctx: ResolveContext, id: string) =>
  ctx.store.events.readableById(ctx.site.id, id, [...ctx.access.readable]);
