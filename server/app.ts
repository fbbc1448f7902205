/**
 * createApp(deps) -> the Hono app. Every dependency comes in through `deps`; nothing
 * here reads the environment or opens a database (main.ts does).
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Deps } from './deps.ts';
import { viewerMiddleware, type ViewerEnv } from './http/session.ts';
import { onError, notFoundRoute, errorBody } from './http/errors.ts';
import { siteRoutes } from './http/sites.ts';
import { PublicResponseCache, servedFromCache } from './http/cache.ts';
import { authRoutes } from './http/auth.ts';
import { sameOrigin } from './http/same-origin.ts';
import { staticRoutes } from './http/static.ts';
import { itemPageRoutes } from './http/item-pages.ts';

export function createApp(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  app.onError(onError(deps.log));
  app.notFound(notFoundRoute);
  const publicCache = new PublicResponseCache(deps.publicMaxAge, deps.now);
  app.use('/api/sites/*', servedFromCache(publicCache, deps.publicMaxAge));

  app.get('/api/health', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });

  const api = new Hono<ViewerEnv>();
  const limitBody = bodyLimit({
    maxSize: 64 * 1024,
    onError: (c) => c.json(errorBody('too_large', 'Requête trop volumineuse (64 Kio au plus).'), 413),
  });
  // Only where a body may come: reading c.req.raw.body on a GET makes @hono/node-server
  // build a full undici Request, the largest cost of a cached response.
  api.use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS' ? next() : limitBody(c, next)));
  api.use(sameOrigin(deps.publicOrigin));
  api.use(viewerMiddleware(deps));
  api.route('/', siteRoutes(deps, publicCache));
  api.route('/', authRoutes(deps));
  app.route('/api', api);

  const itemPages = new Hono<ViewerEnv>();
  itemPages.use('/sites/*', viewerMiddleware(deps));
  itemPages.route('/', itemPageRoutes(deps));
  app.route('/', itemPages);
  app.route('/', staticRoutes(deps));

  return Object.assign(app, { publicCache });
}
