/** Anonymous-first reading routes: sites, the public page, ad hoc tiles for embeds, articles. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { ViewerEnv } from '../middleware/session.ts';
import { viewerJson, type PublicResponseCache } from '../middleware/cache.ts';
import { queryOf } from '../middleware/validate.ts';
import { ParsedQueries, parseQuery } from '../middleware/parsed-queries.ts';
import { resolveContext } from '../../reading/context.ts';
import { pageTiles, readableArticles } from '../../reading/readable.ts';
import { siteSummary, toResolvedArticle } from '../../reading/wire.ts';
import { derived } from '../../reading/memo.ts';
import { resolvePage, resolveTile } from '../../tiles/registry.ts';
import type { PageResponse, TileResponse } from '../../../contract/api.ts';
import { notFound } from '../../errors.ts';
import { documentId, slug } from '../../../contract/vocabulary.ts';
import type { Tile } from '../../../contract/tiles/index.ts';
import { newsConfig } from '../../../contract/tiles/news.ts';
import { agendaConfig } from '../../../contract/tiles/agenda.ts';


/** `a, b,,c` -> ['a', 'b', 'c']. */
export const commaList = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** A comma list of at least one and at most `max` values, each valid for `item`. */
const listOf = (item: z.ZodType, max: number, messages: { none: string; many: string; bad: string }) =>
  z
    .string()
    .optional()
    .transform(commaList)
    .superRefine((list, ctx) => {
      const message =
        list.length === 0 ? messages.none : list.length > max ? messages.many : list.some((v) => !item.safeParse(v).success) ? messages.bad : null;
      if (message) ctx.addIssue({ code: 'custom', message });
    });

/** `?rubriques=a,b&limit=N`: what an embedded news or agenda tile asks for. */
const listQuery = z.object({
  rubriques: listOf(slug, 200, {
    none: 'au moins une rubrique (rubriques=slug1,slug2)',
    many: '200 rubriques au plus',
    bad: 'slugs de rubriques invalides',
  }),
  limit: z
    .string()
    .optional()
    .transform((text) => (/^\d{1,2}$/.test(text ?? '6') ? Number(text ?? '6') : NaN))
    .refine((n) => n >= 1 && n <= 50, 'un entier de 1 à 50'),
});

/** `?articles=id1,id2`: a hand-picked selection, in that order. */
const selectionQuery = z.object({
  articles: listOf(documentId, 50, {
    none: 'au moins un article (articles=id1,id2)',
    many: "50 identifiants d'articles au plus, lettres, chiffres, - et _",
    bad: "50 identifiants d'articles au plus, lettres, chiffres, - et _",
  }),
});

export function publicRoutes(deps: Deps, cache: PublicResponseCache) {
  const app = new Hono<ViewerEnv>();

  app.get('/sites', (c) =>
    viewerJson(c, c.get('viewer'), cache, deps.publicMaxAge, async () => ({
      sites: (await deps.store.sites.list()).map(siteSummary),
    })),
  );

  // `:kind`, not a static `public-home`: Hono's regexp router (the fast one) refuses a
  // static segment beside the admin's `pages/:kind/...`; the personal page answers the other kind.
  app.get('/sites/:site/pages/:kind', (c, next) => {
    if (c.req.param('kind') !== 'public-home') return next();
    const viewer = c.get('viewer');
    return viewerJson(c, viewer, cache, deps.publicMaxAge, async (): Promise<PageResponse> => {
      const ctx = await resolveContext(deps, c.req.param('site'), viewer);
      const tiles = await pageTiles(ctx, 'public-home');
      return { site: siteSummary(ctx.site), page: { kind: 'public-home', tiles: await resolvePage(tiles, ctx) } };
    });
  });

  for (const type of ['news', 'agenda'] as const) {
    const configs = new ParsedQueries((query) => {
      const { rubriques, limit } = parseQuery(listQuery, query);
      return (type === 'news' ? newsConfig : agendaConfig).parse({ rubriques, max: limit });
    });
    app.get(`/sites/:site/tiles/${type}`, (c) => {
      const config = configs.of(c.req.url);
      const viewer = c.get('viewer');
      return viewerJson(c, viewer, cache, deps.publicMaxAge, async (): Promise<TileResponse> => {
        const ctx = await resolveContext(deps, c.req.param('site'), viewer);
        // The tile of a kept query is kept with it: resolved from kept data, it is shared too (registry.ts).
        const tile = await resolveTile(derived(config, 'tile', (): Tile => ({ id: type, type, config }) as Tile), ctx);
        return derived(tile, `answer|${ctx.site.id}`, () => ({ site: siteSummary(ctx.site), tile }));
      });
    });
  }

  // A hand-picked selection for embeds: what the viewer may not read is left out,
  // exactly as on a page.
  app.get('/sites/:site/tiles/selection', queryOf(selectionQuery), (c) => {
    const { articles } = c.req.valid('query');
    const viewer = c.get('viewer');
    return viewerJson(c, viewer, cache, deps.publicMaxAge, async (): Promise<TileResponse> => {
      const ctx = await resolveContext(deps, c.req.param('site'), viewer);
      const config = { title: "Sélection d'articles", articles, showIllustration: true, showSummary: true };
      const tile = await resolveTile({ id: 'selection', type: 'selection', config }, ctx);
      return { site: siteSummary(ctx.site), tile };
    });
  });

  app.get('/sites/:site/articles/:id', (c) => {
    const viewer = c.get('viewer');
    return viewerJson(c, viewer, cache, deps.publicMaxAge, async () => {
      const ctx = await resolveContext(deps, c.req.param('site'), viewer);
      const [article] = await readableArticles(ctx, [c.req.param('id')]);
      // Unknown, unpublished and unreadable look the same: no hint that it exists.
      if (!article) throw notFound('Article introuvable.');
      return { site: siteSummary(ctx.site), article: { ...toResolvedArticle(article, ctx), body: article.body } };
    });
  });

  // Anonymous reads may come from any origin (embeds): answer their preflights.
  app.options('/sites/*', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Allow-Methods', 'GET, OPTIONS');
    c.header('Access-Control-Max-Age', '86400');
    return c.body(null, 204);
  });

  return app;
}
