/**
 * createApp(deps) -> the Hono app. Every dependency comes in through `deps`; nothing
 * here reads the environment or opens a database (main.ts does). The middleware chain
 * of each channel is written here, once, so a reader sees what guards what.
 */
import { Hono } from 'hono';
import type { Deps } from './deps.ts';
import { viewerMiddleware, type ViewerEnv } from './http/middleware/session.ts';
import { onError, notFoundRoute } from './http/middleware/errors.ts';
import { PublicResponseCache, answerFromCache, isCompleteAnswer } from './http/middleware/cache.ts';
import { headerReader } from './http/middleware/request-headers.ts';
import { sameOrigin } from './http/middleware/same-origin.ts';
import { jsonOrMultipart, limitBody } from './http/middleware/body.ts';
import { publicRoutes } from './http/routes/public.ts';
import { personalRoutes } from './http/routes/personal.ts';
import { authRoutes } from './http/routes/auth.ts';
import { itemPageRoutes } from './http/routes/item-pages.ts';
import { staticRoutes } from './http/routes/static.ts';
import { adminPageRoutes } from './http/routes/admin/pages.ts';
import { adminStaleRoutes } from './http/routes/admin/stale.ts';
import { mediaUploadRoutes } from './http/routes/admin/media-upload.ts';
import { mediaRoutes } from './http/routes/media.ts';
import { annonceRoutes } from './http/routes/annonces.ts';
import { unsubscribeRoutes } from './http/routes/unsubscribe.ts';
import { casRoutes, casServiceAdminRoutes } from './http/routes/cas.ts';
import { MAX_CSV_BYTES, pronoteImportRoutes, pronoteSettingsRoutes } from './http/routes/admin/pronote.ts';
import { articleRoutes, isArticleWrite, ARTICLE_REQUEST_LIMIT } from './http/routes/admin/articles.ts';
import { eventRoutes } from './http/routes/admin/events.ts';
import { rubriqueRoutes } from './http/routes/admin/rubriques.ts';
import { peopleRoutes } from './http/routes/admin/people.ts';
import { auditRoutes } from './http/routes/admin/audit.ts';
import { feedListRoutes, feedRoutes } from './http/routes/feeds.ts';
import { meRoutes } from './http/routes/me.ts';
import { identityProviderListRoutes, ssoRoutes } from './http/routes/sso.ts';
import { homePages } from './http/routes/home.ts';

export function createApp(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  app.onError(onError(deps.log));
  app.notFound(notFoundRoute);
  const publicCache = new PublicResponseCache(deps.publicMaxAge, deps.now);
  // A write must reach anonymous readers at once, not after max-age: drop the shared
  // copies on every change (the cache is small and rebuilt on the next request).
  deps.changes.onChange(() => publicCache.clear());

  app.get('/api/health', (c) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.json({ status: 'ok' });
  });

  // Uploads carry their own 10 MB limit and guards: mounted before the API's 64 KB one.
  app.route('/api', mediaUploadRoutes(deps));
  // The "identifiants PRONOTE" upload: its own body limit (a CSV of a few thousand lines),
  // mounted before the API so the API's 64 Kio limit never sees it.
  const pronoteImport = new Hono<ViewerEnv>();
  for (const path of ['/sites/:site/settings/pronote/identifiants', '/sites/:site/settings/pronote/identifiants/preview']) {
    pronoteImport.use(path, limitBody(MAX_CSV_BYTES + 64 * 1024), sameOrigin(deps.publicOrigin), viewerMiddleware(deps));
  }
  pronoteImport.route('/', pronoteImportRoutes(deps));
  app.route('/api', pronoteImport);

  const api = new Hono<ViewerEnv>();
  api.use(async (c, next) => {
    // Set before the route answers (c.json and c.body take it), and after only when the
    // answer was built without it: a header set on a finished response makes Hono copy
    // the whole response (~50 µs, more than an answer from the shared cache costs).
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
    // An answer made whole has it (reading its headers would build a Headers object).
    if (!isCompleteAnswer(c.res) && !c.res.headers.has('X-Content-Type-Options')) c.header('X-Content-Type-Options', 'nosniff');
  });
  // One body limit per request: an article's (images inline) or the API's 64 KB. A plain
  // middleware, not hono/combine's except(): each of those wrapped every request of the
  // API in two more async frames.
  const apiLimit = limitBody(64 * 1024);
  const articleLimit = limitBody(ARTICLE_REQUEST_LIMIT);
  api.use((c, next) => (isArticleWrite(c) ? articleLimit : apiLimit)(c, next));
  api.use(sameOrigin(deps.publicOrigin));
  api.use(jsonOrMultipart);
  api.use(viewerMiddleware(deps));
  api.route('/', publicRoutes(deps, publicCache));
  api.route('/', personalRoutes(deps, publicCache));
  api.route('/', authRoutes(deps));
  api.route('/', adminPageRoutes(deps));
  api.route('/', adminStaleRoutes(deps));
  api.route('/', annonceRoutes(deps));
  api.route('/', pronoteSettingsRoutes(deps));
  api.route('/', casServiceAdminRoutes(deps));
  api.route('/', articleRoutes(deps));
  api.route('/', eventRoutes(deps));
  api.route('/', rubriqueRoutes(deps));
  api.route('/', peopleRoutes(deps));
  api.route('/', auditRoutes(deps));
  api.route('/', meRoutes(deps));
  api.route('/', feedListRoutes(deps, publicCache));
  api.route('/', identityProviderListRoutes(deps));
  app.route('/api', api);

  // The CAS server: HTML login form and XML validation, outside the JSON API.
  const cas = new Hono<ViewerEnv>();
  cas.use('/cas/*', limitBody(16 * 1024), sameOrigin(deps.publicOrigin), viewerMiddleware(deps));
  cas.route('/', casRoutes(deps));
  app.route('/', cas);

  app.route('/', feedRoutes(deps));

  // Login through identity providers: browser redirects and the SAML ACS (a form POST
  // from the provider's origin), outside the JSON-only, same-origin /api chain.
  app.route('/auth', ssoRoutes(deps));
  // The server-rendered portal pages: `/`, `/sites/:site/`, `/moi` (http/routes/home.ts).
  const home = homePages(deps);
  const portalPages = new Hono<ViewerEnv>();
  for (const path of ['/', '/sites/:site/', '/moi']) portalPages.use(path, viewerMiddleware(deps));
  portalPages.route('/', home.routes);
  app.route('/', portalPages);

  const itemPages = new Hono<ViewerEnv>();
  itemPages.use('/sites/*', viewerMiddleware(deps));
  itemPages.route('/', itemPageRoutes(deps));
  app.route('/', itemPages);
  app.route('/', mediaRoutes(deps));
  app.route('/', unsubscribeRoutes(deps));
  app.route('/', staticRoutes(deps));

  // Anonymous answers already shared go out before any routing or middleware: the
  // cheapest path is the one most visitors take (an embed, the homepage, its data).
  // Both answer synchronously, which @hono/node-server writes without a promise.
  const routed = app.fetch;
  app.fetch = (request, env, ...rest) => {
    const header = headerReader(request, env);
    return answerFromCache(request, header, publicCache, deps.publicMaxAge) ?? home.answerShared(request, header) ?? routed(request, env, ...rest);
  };
  return Object.assign(app, { publicCache });
}
