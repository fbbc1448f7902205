/** Store rows -> the wire types the elements read (contract/items.ts). */
import type { ArticleSummary, AgendaEvent, Site } from '../store/index.ts';
import type { ResolvedArticle, ResolvedEvent } from '../../contract/items.ts';
import type { SiteSummary } from '../../contract/api.ts';
import type { ResolveContext } from './context.ts';
import { srcsetOf } from '../media/variants.ts';

const slugOf = (ctx: ResolveContext, rubriqueId: number) => ctx.rubriques.find((r) => r.id === rubriqueId)?.slug ?? '';

/** A site as every answer names it: its slug and name, nothing else of its settings. */
export const siteSummary = (site: { slug: string; name: string }): SiteSummary => ({ slug: site.slug, name: site.name });

export const articleUrl = (site: Site, id: string) => `/sites/${site.slug}/articles/${encodeURIComponent(id)}`;
export const eventUrl = (site: Site, id: string) => `/sites/${site.slug}/events/${encodeURIComponent(id)}`;

/** `{srcset}` for an uploaded medium's URL, nothing for any other (the key stays absent). */
export const withSrcset = (url: string): { srcset?: string } => {
  const srcset = srcsetOf(url);
  return srcset ? { srcset } : {};
};

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
          ...withSrcset(article.illustration.url),
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
    url: eventUrl(ctx.site, event.id),
    illustration: null,
  };
}
