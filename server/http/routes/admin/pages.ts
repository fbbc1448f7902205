/** Page composition for site admins: source, save, versions, restore, preview. */
import { Hono, type Context } from 'hono';
import type { Deps } from '../../../deps.ts';
import type { ViewerEnv } from '../../middleware/session.ts';
import { jsonBody } from '../../middleware/validate.ts';
import { adminContext } from '../../../authoring/actor.ts';
import { pageKindOf, pageSave, restorePage, savePage, versionJson } from '../../../authoring/pages.ts';
import { previewPage, previewRequest } from '../../../authoring/preview.ts';
import { notFound } from '../../../errors.ts';

/** What only an admin sees is never stored by a shared cache. */
export const privateJson = (c: Context, body: unknown, status: 200 | 201 = 200) => {
  c.header('Cache-Control', 'private, no-store');
  c.header('Vary', 'Cookie');
  return c.json(body, status);
};

export function adminPageRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const admin = (c: Context<ViewerEnv>) => adminContext(deps, c.req.param('site')!, c.get('viewer'));

  // With the site's Peertube instances: the embed tile's editor says at once whether a video address will be accepted.
  app.get('/sites/:site/pages/:kind/source', async (c) => {
    const ctx = await admin(c);
    const source = await ctx.store.pages.source(ctx.site.id, pageKindOf(c.req.param('kind')));
    return privateJson(c, { ...source, peertubeHosts: ctx.site.peertubeHosts });
  });

  app.put('/sites/:site/pages/:kind', jsonBody(pageSave), async (c) => {
    const ctx = await admin(c);
    return privateJson(c, await savePage(deps, ctx, pageKindOf(c.req.param('kind')), c.req.valid('json')));
  });

  app.get('/sites/:site/pages/:kind/versions', async (c) => {
    const ctx = await admin(c);
    const versions = await ctx.store.pages.versions(ctx.site.id, pageKindOf(c.req.param('kind')));
    return privateJson(c, { versions: versions.map(versionJson) });
  });

  app.post('/sites/:site/pages/:kind/versions/:n/restore', async (c) => {
    const ctx = await admin(c);
    const kind = pageKindOf(c.req.param('kind'));
    const n = c.req.param('n');
    if (!/^[1-9]\d{0,8}$/.test(n)) throw notFound(`Version ${n} introuvable.`);
    return privateJson(c, await restorePage(deps, ctx, kind, Number(n)));
  });

  app.post('/sites/:site/pages/:kind/preview', jsonBody(previewRequest), async (c) => {
    const ctx = await admin(c);
    const page = await previewPage(deps, ctx, pageKindOf(c.req.param('kind')), c.req.valid('json'));
    return privateJson(c, { page });
  });

  return app;
}
