/**
 * The logged-in viewer's own settings: `GET|PUT /me/preferences` (« Mes actualités »
 * and the arrangement of their personal page) and `GET /me/feeds`,
 * `POST /me/feeds/renew`, `DELETE /me/feeds` (their personal feed URLs). Every answer
 * is private.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { ViewerEnv } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';
import { contextFor, type ResolveContext } from '../../reading/context.ts';
import { readableWith } from '../../reading/readable.ts';
import { refusalOf } from '../../content/feeds-in/addresses.ts';
import { feedLinks } from '../../content/feeds-out/links.ts';
import { newToken } from '../../auth/sessions.ts';
import { invalid, notFound, unauthorized } from '../../errors.ts';
import { slug } from '../../../contract/vocabulary.ts';
import { MAX_FEEDS, type PreferencesResponse } from '../../../contract/tiles/mes-actualites.ts';
import type { MyFeedsResponse } from '../../../contract/feeds.ts';
import type { Preferences } from '../../store/index.ts';
import type { Tile } from '../../../contract/tiles/index.ts';
import { originOf } from './feeds.ts';

const tileId = z.string().min(1).max(80);
const preferencesBody = z.object({
  rubriques: z.array(slug).max(200, '200 rubriques au plus'),
  feeds: z.array(z.string().trim().min(1).max(2000)).max(MAX_FEEDS, `${MAX_FEEDS} flux externes au plus`),
  hiddenTiles: z.array(tileId).max(100).default([]),
  order: z.array(tileId).max(100).default([]),
});

const titleOf = (tile: Tile) => {
  const config = tile.config as { title?: unknown };
  return typeof config.title === 'string' && config.title ? config.title : tile.type;
};

export function meRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();

  /** The viewer's own site and reading context; 401 when anonymous. */
  async function own(c: Context<ViewerEnv>): Promise<{ ctx: ResolveContext; userId: number }> {
    const viewer = c.get('viewer');
    c.header('Cache-Control', 'private, no-store');
    c.header('Vary', 'Cookie');
    if (viewer.kind !== 'user') throw unauthorized();
    const site = await deps.store.sites.byId(viewer.siteId);
    if (!site) throw notFound();
    return { ctx: await contextFor(deps, site, viewer), userId: viewer.id };
  }

  const blogChoices = (ctx: ResolveContext) =>
    ctx.rubriques.filter((r) => ctx.access.readable.has(r.id) && r.services.includes('blog')).map((r) => ({ slug: r.slug, title: r.title }));

  app.get('/me/preferences', async (c) => {
    const { ctx, userId } = await own(c);
    const [preferences, page] = await Promise.all([deps.store.preferences.get(userId), deps.store.pages.get(ctx.site.id, 'personal-home')]);
    const optional = page.filter((t) => t.optional);
    const optionalIds = new Set(optional.map((t) => t.id));
    const choices = blogChoices(ctx);
    const body: PreferencesResponse = {
      // What the viewer reads today: a rubrique closed since is no longer listed.
      rubriques: readableWith(ctx, preferences.rubriques ?? choices.map((r) => r.slug), 'blog').map((id) => ctx.rubriques.find((r) => r.id === id)!.slug),
      feeds: preferences.feeds,
      hiddenTiles: preferences.hiddenTiles.filter((id) => optionalIds.has(id)),
      order: preferences.order.filter((id) => optionalIds.has(id)),
      choices: { rubriques: choices, optionalTiles: optional.map((t) => ({ id: t.id, type: t.type, title: titleOf(t) })) },
    };
    return c.json(body);
  });

  app.put('/me/preferences', jsonBody(preferencesBody), async (c) => {
    const { ctx, userId } = await own(c);
    const body = c.req.valid('json');
    const fields: Record<string, string> = {};
    body.rubriques.forEach((s, i) => {
      if (readableWith(ctx, [s], 'blog').length === 0) fields[`rubriques[${i}]`] = `rubrique « ${s} » inconnue, sans articles ou non accessible`;
    });
    const feeds = [...new Set(body.feeds)];
    const refusals = await Promise.all(feeds.map((url) => refusalOf(url, deps.feedLimits.allowPrivate)));
    refusals.forEach((reason, i) => {
      if (reason) fields[`feeds[${body.feeds.indexOf(feeds[i])}]`] = `« ${feeds[i]} » : ${reason}`;
    });
    const page = await deps.store.pages.get(ctx.site.id, 'personal-home');
    const optional = new Set(page.filter((t) => t.optional).map((t) => t.id));
    const known = new Set(page.map((t) => t.id));
    for (const name of ['hiddenTiles', 'order'] as const) {
      body[name].forEach((id, i) => {
        if (!optional.has(id)) fields[`${name}[${i}]`] = known.has(id) ? `la tuile « ${id} » est obligatoire` : `tuile « ${id} » inconnue`;
      });
    }
    if (Object.keys(fields).length > 0) throw invalid(fields, Object.values(fields)[0]);
    const preferences: Preferences = { rubriques: [...new Set(body.rubriques)], feeds, hiddenTiles: [...new Set(body.hiddenTiles)], order: [...new Set(body.order)] };
    await deps.store.preferences.put(userId, preferences, deps.now());
    return c.json({ ...preferences, rubriques: preferences.rubriques ?? [] });
  });

  const myFeeds = async (c: Context<ViewerEnv>): Promise<MyFeedsResponse> => {
    const { ctx, userId } = await own(c);
    const token = await deps.store.feedTokens.of(userId);
    const { feeds, privateRubriques } = feedLinks(ctx, originOf(c, deps), token);
    return { active: token !== null, feeds, privateRubriques };
  };

  app.get('/me/feeds', async (c) => c.json(await myFeeds(c)));

  // A new secret: the previous URLs stop working at once.
  app.post('/me/feeds/renew', async (c) => {
    const { userId } = await own(c);
    await deps.store.feedTokens.replace(userId, newToken(), deps.now());
    return c.json(await myFeeds(c));
  });

  app.delete('/me/feeds', async (c) => {
    const { userId } = await own(c);
    await deps.store.feedTokens.revoke(userId);
    return c.json(await myFeeds(c));
  });

  return app;
}
