/**
 * Login through a site's identity providers. These are browser redirects, not the JSON
 * API: mounted outside /api, answered with redirects or a short French HTML page. The
 * SAML ACS is a form POST from the provider's origin: the same-origin guard does not
 * apply to it (its authenticity is the signature, its freshness InResponseTo and the
 * replay table). The list of a site's providers for the login form is public JSON.
 */
import { Hono, type Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { Deps } from '../../deps.ts';
import type { Site } from '../../store/index.ts';
import { viewerMiddleware, type ViewerEnv } from '../middleware/session.ts';
import { limitBody } from '../middleware/body.ts';
import { isHttps } from '../../auth/sessions.ts';
import { openSession } from '../../auth/open-session.ts';
import { findOrCreateUser, IdentityRefused, mapAttributes, parseProvider, type ParsedProvider } from '../../auth/identities.ts';
import { checkSamlResponse, samlEndpoints, samlLoginUrl, samlMetadata } from '../../auth/saml.ts';
import { finishOidcLogin, oidcLoginUrl } from '../../auth/oidc.ts';
import { notFound } from '../../errors.ts';

const OIDC_STATE_COOKIE = 'tuiles_oidc_state';
const SAML_REQUEST_COOKIE = 'tuiles_saml_request';
const samlCookiePath = (site: Site, provider: ParsedProvider) => `/auth/saml/${encodeURIComponent(site.slug)}/${encodeURIComponent(provider.slug)}/`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** What the user sees when a login through a provider fails: why, and the way back. */
function failurePage(c: Context, status: 400 | 401 | 404 | 502, message: string, site?: string) {
  const back = `/moi${site ? `?site=${encodeURIComponent(site)}` : ''}`;
  c.header('Cache-Control', 'no-store');
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
  return c.html(
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Connexion impossible</title><style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style></head>` +
      `<body><main><h1>Connexion impossible</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">Revenir à la page de connexion</a></p></main></body></html>`,
    status,
  );
}

export function ssoRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const origin = (c: Context) => deps.publicOrigin ?? new URL(c.req.url).origin;

  async function providerOf(c: Context, kind: 'saml' | 'oidc'): Promise<{ site: Site; provider: ParsedProvider } | null> {
    const site = await deps.store.sites.bySlug(c.req.param('site')!);
    const row = site ? await deps.store.identities.provider(site.id, c.req.param('provider')!) : null;
    const provider = row && row.kind === kind ? parseProvider(row) : null;
    return site && provider ? { site, provider } : null;
  }

  /** Mapped, found or created, session opened: the user lands on their page. */
  async function logIn(c: Context<ViewerEnv>, site: Site, provider: ParsedProvider, attributes: Record<string, unknown>, protocolSubject: string | null) {
    const mapped = mapAttributes(provider.rules, attributes, protocolSubject, provider.kind === 'saml' ? 'nameID' : 'sub');
    const userId = await findOrCreateUser(deps.store, site, provider, mapped, deps.now());
    await openSession(c, deps, userId, c.get('sessionTokenHash'));
    c.header('Cache-Control', 'no-store');
    return c.redirect(`/moi?site=${encodeURIComponent(site.slug)}`, 303);
  }

  function refusal(c: Context, error: unknown, provider: ParsedProvider, site: Site) {
    if (!(error instanceof IdentityRefused)) throw error;
    deps.log(`login through ${provider.kind} provider "${site.slug}/${provider.slug}" refused: ${error.message}`);
    return failurePage(c, 401, error.userMessage, site.slug);
  }

  app.use('*', viewerMiddleware(deps));

  app.get('/saml/:site/:provider/metadata', async (c) => {
    const found = await providerOf(c, 'saml');
    if (!found || found.provider.kind !== 'saml') throw notFound("Fournisseur d'identité inconnu.");
    const { site, provider } = found;
    c.header('Content-Type', 'application/samlmetadata+xml; charset=utf-8');
    return c.body(samlMetadata(deps, provider.id, provider.config, samlEndpoints(origin(c), site.slug, provider.slug, provider.config)));
  });

  app.get('/saml/:site/:provider/login', async (c) => {
    const found = await providerOf(c, 'saml');
    if (!found || found.provider.kind !== 'saml') return failurePage(c, 404, "Ce fournisseur d'identité n'existe pas sur ce portail.");
    const { site, provider } = found;
    const { url, requestId } = await samlLoginUrl(deps, provider.id, provider.config, samlEndpoints(origin(c), site.slug, provider.slug, provider.config));
    // The response comes back as a cross-site POST: only a SameSite=None cookie rides
    // along, and browsers keep those over https only. Over http (development) the
    // binding to the browser is left out.
    if (isHttps(c)) {
      setCookie(c, SAML_REQUEST_COOKIE, requestId, { httpOnly: true, sameSite: 'None', secure: true, path: samlCookiePath(site, provider), maxAge: 600 });
    }
    c.header('Cache-Control', 'no-store');
    return c.redirect(url, 302);
  });

  app.post('/saml/:site/:provider/acs', limitBody(512 * 1024), async (c) => {
    const found = await providerOf(c, 'saml');
    if (!found || found.provider.kind !== 'saml') return failurePage(c, 404, "Ce fournisseur d'identité n'existe pas sur ce portail.");
    const { site, provider } = found;
    const type = c.req.header('Content-Type')?.split(';')[0].trim().toLowerCase();
    const body = type === 'application/x-www-form-urlencoded' ? await c.req.parseBody() : {};
    const samlResponse = body.SAMLResponse;
    if (typeof samlResponse !== 'string' || !samlResponse) return failurePage(c, 400, "Aucune réponse du fournisseur d'identité n'a été reçue.", site.slug);
    const browserRequestId = isHttps(c) ? (getCookie(c, SAML_REQUEST_COOKIE) ?? null) : undefined;
    if (browserRequestId !== undefined) deleteCookie(c, SAML_REQUEST_COOKIE, { path: samlCookiePath(site, provider), secure: true, sameSite: 'None' });
    try {
      const endpoints = samlEndpoints(origin(c), site.slug, provider.slug, provider.config);
      const identity = await checkSamlResponse(deps, provider.id, provider.config, endpoints, samlResponse, browserRequestId);
      return await logIn(c, site, provider, identity.attributes, identity.nameId);
    } catch (error) {
      return refusal(c, error, provider, site);
    }
  });

  const oidcCallbackUrl = (c: Context, site: Site, provider: ParsedProvider) =>
    `${origin(c)}/auth/oidc/${encodeURIComponent(site.slug)}/${encodeURIComponent(provider.slug)}/callback`;
  const oidcCookiePath = (site: Site, provider: ParsedProvider) => `/auth/oidc/${encodeURIComponent(site.slug)}/${encodeURIComponent(provider.slug)}/`;

  app.get('/oidc/:site/:provider/login', async (c) => {
    const found = await providerOf(c, 'oidc');
    if (!found || found.provider.kind !== 'oidc') return failurePage(c, 404, "Ce fournisseur d'identité n'existe pas sur ce portail.");
    const { site, provider } = found;
    try {
      const { url, state } = await oidcLoginUrl(deps, provider.id, provider.config, oidcCallbackUrl(c, site, provider));
      // SameSite=Lax: sent back on the provider's top-level redirect to the callback.
      setCookie(c, OIDC_STATE_COOKIE, state, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: oidcCookiePath(site, provider), maxAge: 600 });
      c.header('Cache-Control', 'no-store');
      return c.redirect(url, 302);
    } catch (error) {
      if (!(error instanceof IdentityRefused)) throw error;
      deps.log(`oidc provider "${site.slug}/${provider.slug}": ${error.message}`);
      return failurePage(c, 502, error.userMessage, site.slug);
    }
  });

  app.get('/oidc/:site/:provider/callback', async (c) => {
    const found = await providerOf(c, 'oidc');
    if (!found || found.provider.kind !== 'oidc') return failurePage(c, 404, "Ce fournisseur d'identité n'existe pas sur ce portail.");
    const { site, provider } = found;
    const browserState = getCookie(c, OIDC_STATE_COOKIE);
    deleteCookie(c, OIDC_STATE_COOKIE, { path: oidcCookiePath(site, provider), secure: isHttps(c) });
    try {
      const query = new URL(c.req.url).searchParams;
      const identity = await finishOidcLogin(deps, provider.id, provider.config, oidcCallbackUrl(c, site, provider), query, browserState);
      return await logIn(c, site, provider, identity.attributes, identity.sub);
    } catch (error) {
      return refusal(c, error, provider, site);
    }
  });

  return app;
}

/** GET /api/sites/:site/identity-providers: what the login form offers, public. */
export function identityProviderListRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  app.get('/sites/:site/identity-providers', async (c) => {
    const site = await deps.store.sites.bySlug(c.req.param('site'));
    if (!site) throw notFound('Site introuvable.');
    const rows = await deps.store.identities.providers(site.id);
    const listed = rows.flatMap((row) => {
      // A provider whose stored settings no longer pass the rules is not offered.
      const provider = parseProvider(row);
      if (!provider) return [];
      return [{ slug: provider.slug, kind: provider.kind, label: provider.label, loginUrl: `/auth/${provider.kind}/${encodeURIComponent(site.slug)}/${encodeURIComponent(provider.slug)}/login` }];
    });
    return c.json(listed);
  });
  return app;
}
