/**
 * createApp(deps) -> the Hono app. Every dependency comes in through `deps`; nothing
 * here reads the environment or opens a database (main.ts does). The middleware chain
 * of each channel is written here, once, so a reader sees what guards what.
 */
import { Hono } from 'hono';
import type { Deps } from './deps.ts';
import { viewerMiddleware, type ViewerEnv } from './http/middleware/session.ts';
import { onError, notFoundRoute } from './http/middleware/errors.ts';
import { PublicResponseCache, servedFromCache } from './http/middleware/cache.ts';
import { sameOrigin } from './http/middleware/same-origin.ts';
import { jsonOrMultipart, limitBody } from './http/middleware/body.ts';
import { publicRoutes } from './http/routes/public.ts';
import { personalRoutes } from './http/routes/personal.ts';
import { authRoutes } from './http/routes/auth.ts';
import { itemPageRoutes } from './http/routes/item-pages.ts';
import { staticRoutes } from './http/routes/static.ts';

export function createApp(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  app.onError(onError(deps.log));
  app.notFound(notFoundRoute);
  const publicCache = new PublicResponseCache(deps.publicMaxAge, deps.now);
  // A write must reach anonymous readers at once, not after max-age: drop the shared
  // copies on every change (the cache is small and rebuilt on the next request).
  deps.changes.onChange(() => publicCache.clear());
  app.use('/api/sites/*', servedFromCache(publicCache, deps.publicMaxAge));

  app.get('/api/health', (c) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.json({ status: 'ok' });
  });

  const api = new Hono<ViewerEnv>();
  api.use(async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  api.use(limitBody(64 * 1024));
  api.use(sameOrigin(deps.publicOrigin));
  api.use(jsonOrMultipart);
  api.use(viewerMiddleware(deps));
  api.route('/', publicRoutes(deps, publicCache));
  api.route('/', personalRoutes(deps, publicCache));
  api.route('/', authRoutes(deps));
  app.route('/api', api);

  const itemPages = new Hono<ViewerEnv>();
  itemPages.use('/sites/*', viewerMiddleware(deps));
  itemPages.route('/', itemPageRoutes(deps));
  app.route('/', itemPages);
  app.route('/', staticRoutes(deps));

  return Object.assign(app, { publicCache });
}
