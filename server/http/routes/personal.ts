/** The logged-in viewer's own page. Never shared: every answer is private. */
import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { viewerOwn, type ViewerEnv } from '../middleware/session.ts';
import { viewerJson, type PublicResponseCache } from '../middleware/cache.ts';
import { resolveContext } from '../../reading/context.ts';
import { resolvePersonalHome } from '../../tiles/personal-home.ts';
import type { PageResponse } from '../../../contract/api.ts';
import { unauthorized } from '../../errors.ts';

export function personalRoutes(deps: Deps, cache: PublicResponseCache) {
  const app = new Hono<ViewerEnv>();

  // `:kind` as for the public page (routes/public.ts); any other kind goes on to a 404.
  app.get('/sites/:site/pages/:kind', async (c, next) => {
    if (c.req.param('kind') !== 'personal-home') return next();
    const viewer = c.get('viewer');
    if (viewer.kind === 'anonymous') throw unauthorized('Connectez-vous pour voir votre page personnelle.');
    return viewerJson(c, viewer, cache, deps.publicMaxAge, async (): Promise<PageResponse> => {
      // Read with the session (middleware/session.ts): the layout and « Mes actualités »
      // need the preferences, the annonces their receipts. In the context as it is made,
      // not added by a spread of it.
      return resolvePersonalHome(await resolveContext(deps, c.req.param('site'), viewer, viewerOwn(c)));
    });
  });

  return app;
}
