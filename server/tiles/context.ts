import type { z } from 'zod';
import type { Access } from '../access/access.ts';
import type { Viewer } from '../access/viewer.ts';
import type { Store, Site, Rubrique, ArticleSummary, AgendaEvent } from '../store/index.ts';
import type { Sanitize } from '../content/sanitize.ts';
import type { ResolvedArticle, ResolvedEvent } from '../../contract/items.ts';

/** Everything a resolver may use: computed once per request, passed to every tile. */
export interface ResolveContext {
  site: Site;
  viewer: Viewer;
  access: Access;
  rubriques: readonly Rubrique[];
  store: Store;
  now: Date;
  sanitize: Sanitize;
  /** The school's time zone (IANA name): the day an all-day event ends. */
  timeZone: string;
  /** Where a failing tile is logged (the viewer only sees that the tile is unavailable). */
  reportError(error: unknown, where: string): void;
}

/** What saving a config may reject beyond its schema (needs the site: Peertube hosts...). */
export type SiteCheck<C> = (config: C, site: Site) => Record<string, string>;

export interface TileResolver<Schema extends z.ZodType, Data> {
  config: Schema;
  /** Only on the personal page: its data is about the logged-in viewer. */
  personalOnly?: boolean;
  check?: SiteCheck<z.infer<Schema>>;
  resolve(config: z.infer<Schema>, ctx: ResolveContext): Promise<Data>;
  /**
   * The config as this viewer may see it. Configs go out with the data (the elements
   * read their display options), so whatever names content — article ids, rubrique
   * slugs, raw HTML — is cut down to what the viewer may read. `data` is null when the
   * tile failed.
   */
  visibleConfig?(config: z.infer<Schema>, ctx: ResolveContext, data: Data | null): z.infer<Schema>;
}

/** Only the rubrique slugs this viewer may read. */
export function readableSlugs(ctx: ResolveContext, slugs: readonly string[]): string[] {
  const readable = new Set(ctx.rubriques.filter((r) => ctx.access.readable.has(r.id)).map((r) => r.slug));
  return slugs.filter((s) => readable.has(s));
}

/** `2026-11-23`: the calendar date at `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  // From the parts, not a locale's format, which ICU versions have changed.
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Rich text cleaned for this site as it is today: sanitized again on every read, so a
 * stricter sanitizer or a Peertube host removed since saving applies to old content.
 */
export const siteHtml = (ctx: ResolveContext, html: string) => ctx.sanitize(html, { peertubeHosts: ctx.site.peertubeHosts });

/** The published articles among `ids` that this viewer may read, in no particular order. */
export const readableArticles = (ctx: ResolveContext, ids: string[]) =>
  ctx.store.articles.publishedByIds(ctx.site.id, ids, [...ctx.access.readable], ctx.now);

/** Ids of the named rubriques that the viewer may read and that run `service`. */
export function readableWith(ctx: ResolveContext, slugs: readonly string[], service?: 'blog' | 'agenda'): number[] {
  const wanted = new Set(slugs);
  return ctx.rubriques
    .filter((r) => wanted.has(r.slug) && ctx.access.readable.has(r.id) && (!service || r.services.includes(service)))
    .map((r) => r.id);
}

const slugOf = (ctx: ResolveContext, rubriqueId: number) => ctx.rubriques.find((r) => r.id === rubriqueId)?.slug ?? '';

export const articleUrl = (site: Site, id: string) => `/sites/${site.slug}/articles/${encodeURIComponent(id)}`;

export function toResolvedArticle(article: ArticleSummary, ctx: ResolveContext): ResolvedArticle {
  return {
    id: article.id,
    rubrique: slugOf(ctx, article.rubriqueId),
    title: article.title,
    summary: article.summary,
    publishedAt: article.publishedAt,
    activityAt: article.activityAt,
    url: articleUrl(ctx.site, article.id),
    illustration: article.illustration
      ? {
          url: article.illustration.url,
          alt: article.illustration.alt ?? '',
          width: article.illustration.width ?? null,
          height: article.illustration.height ?? null,
        }
      : null,
  };
}

export function toResolvedEvent(event: AgendaEvent, ctx: ResolveContext): ResolvedEvent {
  return {
    id: event.id,
    rubrique: slugOf(ctx, event.rubriqueId),
    title: event.title,
    summary: event.summary,
    location: event.location,
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    url: `/sites/${ctx.site.slug}/events/${encodeURIComponent(event.id)}`,
    illustration: null,
  };
}
