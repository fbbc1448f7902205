/**
 * The portal's server-rendered pages: `/` (the default site's homepage), `/sites/:site/`
 * (any site's), and `/moi` (the personal page's shell, in the viewer's state).
 *
 * The homepage is an anonymous answer like the API's JSON: one copy per site, shared by
 * every anonymous visitor, cleared by every content change (deps.changes), with a strong
 * ETag per encoding, 304 on revalidation, brotli or gzip by the visitor's q-values, and
 * `Cache-Control: public, max-age=TUILES_PUBLIC_MAX_AGE`. A logged-in viewer's homepage
 * (their rights may show more) is rendered for them, `private, no-store`.
 */
import { Hono, type Context } from 'hono';
import type { Deps } from '../../deps.ts';
import { viewerOwn, type ViewerEnv } from '../middleware/session.ts';
import type { HeaderOf } from '../middleware/request-headers.ts';
import type { Site } from '../../store/index.ts';
import { loadSiteAssets } from '../../render/assets.ts';
import { renderHome, renderMissing, renderSiteList } from '../../render/home.ts';
import { renderMoi, type MoiRequest } from '../../render/moi.ts';
import { serverElements } from '../../render/elements.ts';
import { contextFor } from '../../reading/context.ts';
import { resolvePersonalHome } from '../../tiles/personal-home.ts';
import { capabilitiesOf, noCapabilities } from '../../authoring/capabilities.ts';
import { absoluteUrl } from '../../render/layout.ts';
import { defaultSite, homePathOf } from '../../render/default-site.ts';
import { preferredEncoding, type Coding } from '../../render/negotiate.ts';
import { SharedCopies, answerOf, encodedOnce, respond, type Copy } from '../../render/shared-copies.ts';
import { pageCsp } from './static.ts';

const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function homePages(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const assets = loadSiteAssets(deps.staticRoots.site);
  const copies = new SharedCopies(deps.publicMaxAge, deps.now);
  deps.changes.onChange(() => copies.clear());

  const pageHeaders = (anonymous: boolean): Record<string, string> => ({
    'Content-Type': 'text/html; charset=UTF-8',
    'Content-Security-Policy': pageCsp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    Vary: anonymous ? 'Cookie, Accept-Encoding' : 'Cookie',
    'Cache-Control': anonymous ? `public, max-age=${deps.publicMaxAge}` : 'private, no-store',
  });
  const sharedHeaders = (etag: string, coding: Coding): Record<string, string> => {
    const headers: Record<string, string> = { ...pageHeaders(true), ETag: etag };
    if (coding !== 'identity') headers['Content-Encoding'] = coding;
    return headers;
  };

  /** One shared copy, in the encoding the visitor prefers; 304 when they hold it already. */
  const send = (c: Context, copy: Copy) =>
    respond(answerOf(copy, preferredEncoding(c.req.header('Accept-Encoding')), sharedHeaders), c.req.header('If-None-Match'));

  /** A page made for one viewer: compressed for this answer only, never revalidated from a shared tag (it has none). */
  const sendPrivate = (c: Context, html: string) => {
    const coding = preferredEncoding(c.req.header('Accept-Encoding'));
    const headers = pageHeaders(false);
    if (coding !== 'identity') headers['Content-Encoding'] = coding;
    return new Response(encodedOnce(html, coding), { status: 200, headers });
  };

  /**
   * An anonymous homepage straight from its shared copy, before any routing or
   * middleware (createApp calls it first, as the API's answerFromCache): a GET without
   * any cookie is anonymous, and a copy is only ever made for anonymous visitors.
   * Undefined (a cookie, a query, no fresh copy, another path): the routes answer.
   */
  const answerShared = (request: Request, header: HeaderOf): Response | undefined => {
    if (request.method !== 'GET' || header('cookie') !== undefined) return undefined;
    const url = request.url;
    const path = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    // Keys are the exact paths `/` and `/sites/<slug>/`: a query (`?site=`) or an
    // encoded path is not one of them and goes to the routes.
    const copy = copies.peek(path);
    return copy && respond(answerOf(copy, preferredEncoding(header('accept-encoding')), sharedHeaders), header('if-none-match'));
  };

  const home = async (c: Context<ViewerEnv>, site: Site, path: string) => {
    const viewer = c.get('viewer');
    const moiHref = path === '/' ? '/moi' : `/moi?site=${encodeURIComponent(site.slug)}`;
    const build = () =>
      renderHome(deps, assets, { site, viewer, canonical: absoluteUrl(deps.publicOrigin, c.req.url, path), path, moiHref });
    if (viewer.kind !== 'anonymous') return sendPrivate(c, await build());
    return send(c, await copies.get(path, build));
  };

  // An anonymous visitor's homepage straight from its shared copy, keyed by path: no
  // query at all (not even which site `/` is) while the copy is fresh.
  const fromCopy = async (c: Context<ViewerEnv>, next: () => Promise<void>) => {
    const copy = c.get('viewer').kind === 'anonymous' && c.req.query('site') === undefined ? copies.peek(c.req.path) : undefined;
    if (copy) return send(c, copy);
    await next();
  };
  app.get('/', fromCopy);
  app.get('/sites/:site/', fromCopy);

  app.get('/', async (c) => {
    // Links of the client-rendered portal (`/?site=slug`) keep working.
    const wanted = c.req.query('site');
    if (wanted !== undefined && slugPattern.test(wanted)) return c.redirect(`/sites/${wanted}/`, 301);
    const { site, sites } = await defaultSite(deps);
    if (site) return home(c, site, '/');
    return c.body(renderSiteList(assets, sites, absoluteUrl(deps.publicOrigin, c.req.url, '/')), 200, pageHeaders(false));
  });

  app.get('/sites/:site/', async (c) => {
    const slug = c.req.param('site');
    const site = slugPattern.test(slug) ? await deps.store.sites.bySlug(slug) : null;
    if (!site) return c.body(renderMissing(assets, absoluteUrl(deps.publicOrigin, c.req.url, c.req.path)), 404, pageHeaders(false));
    return home(c, site, `/sites/${site.slug}/`);
  });
  app.get('/sites/:site', (c) => c.redirect(`/sites/${encodeURIComponent(c.req.param('site'))}/`, 301));

  app.get('/moi', async (c) => {
    const viewer = c.get('viewer');
    let site: Site | null;
    if (viewer.kind === 'user') site = await deps.store.sites.byId(viewer.siteId);
    else {
      const wanted = c.req.query('site');
      site = wanted && slugPattern.test(wanted) ? await deps.store.sites.bySlug(wanted) : (await defaultSite(deps)).site;
    }
    const homeHref = site ? await homePathOf(deps, site.slug) : '/';
    const html = renderMoi(assets, {
      viewer,
      site: site && { slug: site.slug, name: site.name },
      may: site ? await capabilitiesOf(deps, site, viewer) : noCapabilities,
      homeHref,
      canonical: absoluteUrl(deps.publicOrigin, c.req.url, '/moi'),
      page: site && viewer.kind === 'user' ? await personalPage(c, site) : undefined,
    });
    // Never shared: it says who is logged in, and shows their page.
    return sendPrivate(c, html);
  });

  /**
   * The viewer's personal page as `/moi` shows it first: resolved as the API resolves it,
   * with what the session already read (preferences, read receipts), and rendered by the
   * elements. A failure leaves the page to the browser (it asks the API, which says what
   * went wrong): the rest of `/moi` still works.
   */
  const personalPage = async (c: Context<ViewerEnv>, site: Site): Promise<MoiRequest['page']> => {
    try {
      const ctx = await contextFor(deps, site, c.get('viewer'), viewerOwn(c));
      const data = await resolvePersonalHome(ctx);
      const html = await (await serverElements()).renderPage(data, { page: 'personal-home', now: ctx.now });
      return { html, data };
    } catch (error) {
      deps.log('/moi: the personal page could not be rendered on the server', error);
      return undefined;
    }
  };

  return { routes: app, answerShared };
}
