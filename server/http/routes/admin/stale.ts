/** `GET /api/sites/:site/stale`: what the composer warns about (site admins). */
import { Hono } from 'hono';
import type { Deps } from '../../../deps.ts';
import type { ViewerEnv } from '../../middleware/session.ts';
import { adminContext } from '../../../authoring/actor.ts';
import { staleContent } from '../../../authoring/stale.ts';
import { privateJson } from './pages.ts';

export function adminStaleRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  app.get('/sites/:site/stale', async (c) => {
    const ctx = await adminContext(deps, c.req.param('site'), c.get('viewer'));
    return privateJson(c, { warnings: await staleContent(deps, ctx) });
  });
  return app;
}
