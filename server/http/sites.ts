/** Public routes: sites, resolved pages, ad hoc tiles, articles. */
import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { ViewerEnv } from './session.ts';
import { viewerJson, type PublicResponseCache } from './cache.ts';
import { resolveContext } from './context.ts';
import { resolvePage, resolveTile } from '../tiles/registry.ts';
import type { Tile } from '../../contract/tiles/index.ts';
import type { PageResponse, SiteSummary, TileResponse } from '../../contract/api.ts';
import { AppError, invalid, notFound, unauthorized } from '../errors.ts';
import { slug } from '../../contract/vocabulary.ts';
import { newsConfig } from '../../contract/tiles/news.ts';
import { agendaConfig } from '../../contract/tiles/agenda.ts';
import { selectionConfig } from '../../contract/tiles/selection.ts';
import { readableArticles, siteHtml, toResolvedArticle } from '../tiles/context.ts';

const summary = (site: { slug: string; name: string }): SiteSummary => ({ slug: site.slug, name: site.name });

/** `a, b,,c` -> ['a', 'b', 'c']. */
const commaList = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** `?rubriques=a,b&limit=N` -> a news or agenda config, or a 400 naming the parameter. */
function adHocListConfig(query: (name: string) => string | undefined) {
  const fields: Record<string, string> = {};
  const rubriques = commaList(query('rubriques'));
  if (rubriques.length === 0) fields.rubriques = 'au moins une rubrique (rubriques=slug1,slug2)';
  else if (rubriques.length > 200) fields.rubriques = '200 rubriques au plus';
  else if (rubriques.some((r) => !slug.safeParse(r).success)) fields.rubriques = 'slugs de rubriques invalides';
  const limitText = query('limit') ?? '6';
  const max = /^\d{1,2}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(max >= 1 && max <= 50)) fields.limit = 'un entier de 1 à 50';
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return { rubriques, max };
}

export function siteRoutes(deps: Deps, cache: PublicResponseCache) {
  const app = new Hono<ViewerEnv>();

  app.get('/sites', (c) =>
    viewerJson(c, c.get('viewer'), cache, deps.publicMaxAge, async () => ({
      sites: (await deps.store.sites.list()).map(summary),
    })),
  );

  app.get('/sites/:site/pages/:kind', async (c) => {
    const viewer = c.get('viewer');
    const kind = c.req.param('kind');
    if (kind !== 'public-home' && kind !== 'personal-home') throw notFound('Page inconnue.');
    if (kind === 'personal-home' && viewer.kind === 'anonymous') {
      throw unauthorized('Connectez-vous pour voir votre page personnelle.');
    }
    return viewerJson(c, viewer, cache, deps.publicMaxAge, async (): Promise<PageResponse> => {
      const ctx = await resolveContext(deps, c.req.param('site'), viewer);
      if (kind === 'personal-home' && (viewer.kind !== 'user' || viewer.siteId !== ctx.site.id)) {
        throw new AppError(403, 'forbidden', "Votre compte n'appartient pas à cet établissement.");
      }
      const tiles = await deps.store.pages.get(ctx.site.id, kind);
      return { site: summary(ctx.site), page: { kind, tiles: await resolvePage(tiles, ctx) } };
    });
  });

  for (const type of ['news', 'agenda'] as const) {
    app.get(`/sites/:site/tiles/${type}`, (c) => {
      const { rubriques, max } = adHocListConfig((name) => c.req.query(name));
      const viewer = c.get('viewer');
      return viewerJson(c, viewer, cache, deps.publicMaxAge, async (): Promise<TileResponse> => {
        const ctx = await resolveContext(deps, c.req.param('site'), viewer);
        const config = (type === 'news' ? newsConfig : agendaConfig).parse({ rubriques, max });
        const tile = await resolveTile({ id: type, type, config } as Tile, ctx);
        return { site: summary(ctx.site), tile };
      });
    });
  }

  // A hand-picked selection for embeds: `?articles=id1,id2` in that order; what the
  // viewer may not read is left out, exactly as on a page.
  app.get('/sites/:site/tiles/selection', (c) => {
    const articles = commaList(c.req.query('articles'));
    const parsed = selectionConfig.safeParse({ articles });
    if (articles.length === 0 || !parsed.success) {
      throw invalid({ articles: articles.length === 0 ? 'au moins un article (articles=id1,id2)' : "50 identifiants d'articles au plus, lettres, chiffres, - et _" });
    }
    const viewer = c.get('viewer');
    return viewerJson(c, viewer, cache, deps.publicMaxAge, async (): Promise<TileResponse> => {
      const ctx = await resolveContext(deps, c.req.param('site'), viewer);
      const tile = await resolveTile({ id: 'selection', type: 'selection', config: parsed.data }, ctx);
      return { site: summary(ctx.site), tile };
    });
  });

  app.get('/sites/:site/articles/:id', (c) => {
    const viewer = c.get('viewer');
    return viewerJson(c, viewer, cache, deps.publicMaxAge, async () => {
      const ctx = await resolveContext(deps, c.req.param('site'), viewer);
      const [article] = await readableArticles(ctx, [c.req.param('id')]);
      // Unknown, unpublished and unreadable look the same: no hint that it exists.
      if (!article) throw notFound('Article introuvable.');
      return { site: summary(ctx.site), article: { ...toResolvedArticle(article, ctx), body: siteHtml(ctx, article.body) } };
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
