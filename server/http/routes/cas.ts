/**
 * Tuiles as a CAS server (CAS protocol 3.0): /cas/login, /cas/logout,
 * /cas/serviceValidate, /cas/p3/serviceValidate, /cas/proxyValidate,
 * /cas/p3/proxyValidate, /cas/proxy. And the admin's list of the other services the
 * site trusts: GET|PUT /api/sites/:site/settings/cas-services.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { ViewerEnv } from '../middleware/session.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { jsonBody } from '../middleware/validate.ts';
import { checkCredentials, openSession } from '../../auth/login.ts';
import { clearSessionCookie } from '../../auth/sessions.ts';
import { mintLoginTicket, mintServiceTicket, proxyTicketFor, spendLoginTicket, validate } from '../../auth/cas/protocol.ts';
import { registeredService, sitesAdmitting, type RegisteredService } from '../../auth/cas/services.ts';
import { authenticationFailure, authenticationSuccess, proxyFailure, proxySuccess } from '../../auth/cas/xml.ts';
import { casPageHeaders, loginPage, messagePage, type LoginFormState } from '../../auth/cas/pages.ts';
import { adminContext } from '../../authoring/actor.ts';
import { webUrl } from '../../../contract/vocabulary.ts';

/** `renew=true` (or any value: the spec says "if this parameter is set"). */
const isSet = (value: string | undefined) => value !== undefined && value !== 'false';

/** `service` with `ticket` appended (spec Appendix B: `?` or `&`, the rest kept). */
export function withTicket(service: string, ticket: string): string {
  const url = new URL(service);
  url.searchParams.append('ticket', ticket);
  return url.toString();
}

export function casRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();

  const page = (c: Context, body: ReturnType<typeof messagePage>, status: 200 | 401 | 403 | 429 | 503 = 200) => {
    for (const [name, value] of Object.entries(casPageHeaders)) c.header(name, value);
    return c.html(body, status);
  };
  const refused = (c: Context) =>
    page(c, messagePage('Service non autorisé', "Ce service n'est pas enregistré auprès de l'ENT : aucune connexion ne lui est transmise."), 403);

  async function form(c: Context, state: Omit<LoginFormState, 'lt'>, siteId: number | null, status: 200 | 401 | 429 | 503 = 200) {
    // The login ticket is bound to nothing but time; site 0 is not a site, so use the first admitting one.
    const lt = await mintLoginTicket(deps, siteId ?? (await anySiteId()));
    return page(c, loginPage({ ...state, lt }), status);
  }
  async function anySiteId(): Promise<number> {
    const [first] = await deps.store.sites.list();
    return first?.id ?? 0;
  }

  async function redirectWithTicket(c: Context, service: string, registration: RegisteredService, userId: number, fromLogin: boolean, sessionHash: string | null) {
    const ticket = await mintServiceTicket(deps, { service, registration, userId, fromLogin, sessionHash });
    c.header('Cache-Control', 'no-store');
    return c.redirect(withTicket(service, ticket), 302);
  }

  app.get('/cas/login', async (c) => {
    const viewer = c.get('viewer');
    const service = c.req.query('service') || undefined;
    const renew = isSet(c.req.query('renew'));
    // Spec: ignore gateway when renew is set.
    const gateway = !renew && isSet(c.req.query('gateway'));
    if (service) {
      const admitting = viewer.kind === 'user' ? [await registeredService(deps.store, viewer.siteId, service)].filter((r) => r !== null) : await sitesAdmitting(deps.store, service);
      if (admitting.length === 0) return refused(c);
      if (viewer.kind === 'user' && !renew) return redirectWithTicket(c, service, admitting[0], viewer.id, false, c.get('sessionTokenHash'));
      if (gateway) {
        c.header('Cache-Control', 'no-store');
        return c.redirect(service, 302);
      }
      return form(c, { service, serviceName: admitting[0].name, renew }, admitting[0].siteId);
    }
    if (viewer.kind === 'user' && !renew) {
      return page(c, messagePage('Vous êtes connecté', `Vous êtes connecté à l'ENT en tant que ${viewer.displayName}.`, { href: '/moi', label: 'Aller à ma page' }));
    }
    return form(c, { renew }, viewer.kind === 'user' ? viewer.siteId : null);
  });

  app.post('/cas/login', async (c) => {
    const body = await c.req.parseBody();
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const service = text('service') || undefined;
    const renew = isSet(text('renew') || undefined);
    const username = text('username').trim();
    const password = text('password');
    const admitting = service ? await sitesAdmitting(deps.store, service) : [];
    if (service && admitting.length === 0) return refused(c);
    const state = { service, serviceName: admitting[0]?.name, renew, username };
    const siteId = admitting[0]?.siteId ?? null;

    if (!(await spendLoginTicket(deps, text('lt')))) {
      return form(c, { ...state, error: 'Le formulaire a expiré. Saisissez à nouveau votre identifiant et votre mot de passe.' }, siteId, 401);
    }
    if (!username || !password || username.length > 100 || password.length > 200) {
      return form(c, { ...state, error: 'Saisissez votre identifiant et votre mot de passe.' }, siteId, 401);
    }
    // When exactly one site trusts the service, the login is looked up there (same login on two sites).
    const site = admitting.length === 1 ? (await deps.store.sites.byId(admitting[0].siteId))?.slug : undefined;
    const checked = await checkCredentials(deps, c, { client: clientAddress(c), login: username, password, site });
    if (!checked.ok && checked.reason === 'busy') {
      c.header('Retry-After', '1');
      return form(c, { ...state, error: 'Le serveur est très sollicité. Réessayez dans quelques secondes.' }, siteId, 503);
    }
    if (!checked.ok && checked.reason === 'too_many_attempts') {
      c.header('Retry-After', String(checked.retryAfterSeconds));
      return form(c, { ...state, error: 'Trop de tentatives. Réessayez dans quelques minutes.' }, siteId, 429);
    }
    if (!checked.ok) return form(c, { ...state, error: 'Identifiant ou mot de passe incorrect.' }, siteId, 401);

    const sessionHash = await openSession(c, deps, checked.userId, c.get('sessionTokenHash'));
    checked.rememberDevice();
    if (!service) {
      return page(c, messagePage('Connexion réussie', "Vous êtes connecté à l'ENT.", { href: '/moi', label: 'Aller à ma page' }));
    }
    const user = (await deps.store.users.byId(checked.userId))!;
    const registration = await registeredService(deps.store, user.siteId, service);
    if (!registration) return refused(c);
    return redirectWithTicket(c, service, registration, user.id, true, sessionHash);
  });

  app.get('/cas/logout', async (c) => {
    const tokenHash = c.get('sessionTokenHash');
    if (tokenHash) {
      await deps.store.cas.endSession(tokenHash);
      await deps.store.sessions.delete(tokenHash);
    }
    clearSessionCookie(c);
    const service = c.req.query('service');
    const viewer = c.get('viewer');
    // Only to a registered service (spec 2.3.2): never an open redirect.
    const admitted = service && (viewer.kind === 'user' ? await registeredService(deps.store, viewer.siteId, service) : (await sitesAdmitting(deps.store, service))[0]);
    if (service && admitted) {
      c.header('Cache-Control', 'no-store');
      return c.redirect(service, 302);
    }
    return page(c, messagePage('Vous êtes déconnecté', "Vous êtes déconnecté de l'ENT.", { href: '/moi', label: 'Se reconnecter' }));
  });

  const xml = (c: Context, body: string) => {
    c.header('Content-Type', 'application/xml; charset=utf-8');
    c.header('Cache-Control', 'no-store');
    return c.body(body, 200);
  };

  const validation = (acceptProxyTickets: boolean) => async (c: Context) => {
    try {
      const result = await validate(deps, {
        ticket: c.req.query('ticket'),
        service: c.req.query('service'),
        renew: isSet(c.req.query('renew')),
        pgtUrl: c.req.query('pgtUrl') || undefined,
        acceptProxyTickets,
      });
      return xml(c, result.ok ? authenticationSuccess(result) : authenticationFailure(result.code, result.message));
    } catch (error) {
      deps.log('CAS validation failed', error);
      return xml(c, authenticationFailure('INTERNAL_ERROR', 'Erreur interne du serveur CAS.'));
    }
  };
  app.get('/cas/serviceValidate', validation(false));
  app.get('/cas/p3/serviceValidate', validation(false));
  app.get('/cas/proxyValidate', validation(true));
  app.get('/cas/p3/proxyValidate', validation(true));

  app.get('/cas/proxy', async (c) => {
    try {
      const result = await proxyTicketFor(deps, c.req.query('pgt'), c.req.query('targetService'));
      return xml(c, result.ok ? proxySuccess(result.proxyTicket) : proxyFailure(result.code, result.message));
    } catch (error) {
      deps.log('CAS proxy failed', error);
      return xml(c, proxyFailure('INTERNAL_ERROR', 'Erreur interne du serveur CAS.'));
    }
  });

  return app;
}

const casServicesBody = z.object({
  services: z
    .array(z.object({ name: z.string().trim().min(1).max(100), urlPattern: webUrl.refine((s) => /^https?:\/\//i.test(s), 'adresse http(s) complète attendue') }))
    .max(100),
});

/** The other services the site's CAS server trusts (Pronote is in the Pronote settings). */
export function casServiceAdminRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  app.get('/sites/:site/settings/cas-services', async (c) => {
    const ctx = await adminContext(deps, c.req.param('site'), c.get('viewer'));
    c.header('Cache-Control', 'private, no-store');
    const services = await deps.store.cas.services(ctx.site.id);
    return c.json({ services: services.map((s) => ({ name: s.name, urlPattern: s.urlPattern })) });
  });
  app.put('/sites/:site/settings/cas-services', jsonBody(casServicesBody), async (c) => {
    const ctx = await adminContext(deps, c.req.param('site'), c.get('viewer'));
    const { services } = c.req.valid('json');
    await deps.store.transaction((tx) => tx.cas.putServices(ctx.site.id, services));
    c.header('Cache-Control', 'private, no-store');
    return c.json({ services });
  });
  return app;
}
