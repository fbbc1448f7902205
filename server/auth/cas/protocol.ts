/**
 * The CAS server's protocol, apart from HTTP: minting tickets, validating them,
 * proxy-granting and proxy tickets. Every ticket is a row (store/cas.ts), so any
 * instance validates what another minted, and validation consumes atomically.
 */
import type { Store } from '../../store/index.ts';
import type { Profile } from '../../../contract/vocabulary.ts';
import { ticketId } from './ticket-ids.ts';
import { acceptableCallback, registeredService, type RegisteredService } from './services.ts';
import { releaseFor, type Attributes } from './attributes.ts';
import type { ProxyFailureCode, ValidationFailureCode } from './xml.ts';

/** Seconds a ticket lives unvalidated. Service tickets: 10 s (they go straight back to the service). */
export const ticketLifetimes = { ST: 10, PT: 30, PGT: 2 * 3600, LT: 30 * 60 } as const;

export interface CasDeps {
  store: Store;
  now: () => Date;
  /** The proxy callback call (tests and the real thing: global fetch). */
  fetch?: typeof fetch;
}

export async function mintServiceTicket(
  deps: CasDeps,
  grant: { service: string; registration: RegisteredService; userId: number; fromLogin: boolean; sessionHash: string | null },
): Promise<string> {
  const now = deps.now();
  const id = ticketId('ST');
  await deps.store.cas.deleteExpired(now);
  await deps.store.cas.mint(
    {
      id,
      kind: 'ST',
      siteId: grant.registration.siteId,
      userId: grant.userId,
      service: grant.service,
      serviceKey: grant.registration.key,
      fromLogin: grant.fromLogin,
      proxies: [],
      sessionHash: grant.sessionHash,
    },
    now,
    ticketLifetimes.ST,
  );
  return id;
}

/**
 * A proxy ticket minted by Tuiles for itself: the portal asks PRONOTE for the user's
 * summary on the user's behalf, as ENTs do (it is its own CAS server, so it needs no
 * proxy-granting ticket to do so).
 */
export async function mintOwnProxyTicket(deps: CasDeps, grant: { siteId: number; userId: number; service: string; serviceKey: string }): Promise<string> {
  const now = deps.now();
  const id = ticketId('PT');
  await deps.store.cas.mint(
    { id, kind: 'PT', siteId: grant.siteId, userId: grant.userId, service: grant.service, serviceKey: grant.serviceKey, fromLogin: false, proxies: [], sessionHash: null },
    now,
    ticketLifetimes.PT,
  );
  return id;
}

export async function mintLoginTicket(deps: CasDeps, siteId: number): Promise<string> {
  const now = deps.now();
  const id = ticketId('LT');
  await deps.store.cas.mint(
    { id, kind: 'LT', siteId, userId: null, service: '', serviceKey: '', fromLogin: false, proxies: [], sessionHash: null },
    now,
    ticketLifetimes.LT,
  );
  return id;
}

/** Spends a login ticket: true when it was live and unused. */
export async function spendLoginTicket(deps: CasDeps, id: string): Promise<boolean> {
  const ticket = await deps.store.cas.consume(id, ['LT']);
  return ticket !== null && ticket.expiresAt > deps.now().toISOString();
}

export type Validation =
  | { ok: true; user: string; attributes: Attributes; pgtIou?: string; proxies: string[] }
  | { ok: false; code: ValidationFailureCode; message: string };

const fail = (code: ValidationFailureCode, message: string): Validation => ({ ok: false, code, message });

export interface ValidationRequest {
  ticket?: string;
  service?: string;
  renew?: boolean;
  pgtUrl?: string;
  /** /proxyValidate also accepts proxy tickets; /serviceValidate must not. */
  acceptProxyTickets: boolean;
}

export async function validate(deps: CasDeps, request: ValidationRequest): Promise<Validation> {
  const { ticket, service } = request;
  if (!ticket || !service) return fail('INVALID_REQUEST', "Les paramètres 'ticket' et 'service' sont obligatoires.");
  if (!/^(ST|PT)-[A-Za-z0-9-]{1,250}$/.test(ticket)) return fail('INVALID_TICKET_SPEC', `Ticket ${ticket.slice(0, 40)} mal formé.`);
  // Consumed first, whatever comes next: a ticket is good for one attempt (spec 3.1.1).
  const found = await deps.store.cas.consume(ticket, ['ST', 'PT']);
  if (!found) return fail('INVALID_TICKET', `Ticket ${ticket} non reconnu.`);
  if (found.kind === 'PT' && !request.acceptProxyTickets) {
    return fail('INVALID_TICKET', `Ticket ${ticket} : un ticket de proxy ne se valide pas par serviceValidate.`);
  }
  if (found.expiresAt <= deps.now().toISOString()) return fail('INVALID_TICKET', `Ticket ${ticket} expiré.`);
  if (found.service !== service) return fail('INVALID_SERVICE', `Ticket ${ticket} émis pour un autre service.`);
  if (request.renew && !found.fromLogin) return fail('INVALID_TICKET', `Ticket ${ticket} non issu d'une saisie du mot de passe (renew).`);

  const registration = await registeredService(deps.store, found.siteId, service);
  if (!registration || registration.key !== found.serviceKey) return fail('INVALID_SERVICE', "Ce service n'est plus autorisé.");
  const user = found.userId === null ? null : await deps.store.users.byId(found.userId);
  if (!user || user.siteId !== found.siteId) return fail('INVALID_TICKET', `Ticket ${ticket} non reconnu.`);

  const [identity, settings] = await Promise.all([deps.store.pronote.identity(user.id), deps.store.pronote.settings(found.siteId)]);
  const released = releaseFor(registration.kind, { login: user.login, displayName: user.displayName, profile: user.profile as Profile, identity }, settings);

  let pgtIou: string | undefined;
  if (request.pgtUrl) {
    const granted = await grantProxyTicket(deps, request.pgtUrl, found);
    if (!granted.ok) return granted;
    pgtIou = granted.pgtIou;
  }
  return { ok: true, ...released, pgtIou, proxies: found.proxies };
}

/**
 * Spec 2.5.4: the callback must be https and registered, and must answer 200 to
 * GET pgtUrl?pgtId=…&pgtIou=… before the IOU goes into the response. Otherwise the
 * whole validation fails (INVALID_PROXY_CALLBACK / UNAUTHORIZED_SERVICE_PROXY).
 */
async function grantProxyTicket(
  deps: CasDeps,
  pgtUrl: string,
  validated: { siteId: number; userId: number | null; proxies: string[]; sessionHash: string | null },
): Promise<{ ok: true; pgtIou: string } | { ok: false; code: ValidationFailureCode; message: string }> {
  if (!acceptableCallback(pgtUrl)) return { ok: false, code: 'INVALID_PROXY_CALLBACK', message: 'Le pgtUrl doit être une adresse https.' };
  const registration = await registeredService(deps.store, validated.siteId, pgtUrl);
  if (!registration) {
    return { ok: false, code: 'UNAUTHORIZED_SERVICE_PROXY', message: "Ce service n'est pas autorisé à demander des tickets de proxy." };
  }
  const pgtId = ticketId('PGT', 40);
  const pgtIou = ticketId('PGTIOU', 40);
  const callback = new URL(pgtUrl);
  callback.searchParams.set('pgtId', pgtId);
  callback.searchParams.set('pgtIou', pgtIou);
  try {
    const answer = await (deps.fetch ?? fetch)(callback, { redirect: 'follow', signal: AbortSignal.timeout(5000) });
    await answer.body?.cancel();
    if (answer.status !== 200) throw new Error(`status ${answer.status}`);
  } catch {
    return { ok: false, code: 'INVALID_PROXY_CALLBACK', message: "Le pgtUrl n'a pas répondu 200." };
  }
  await deps.store.cas.mint(
    {
      id: pgtId,
      kind: 'PGT',
      siteId: validated.siteId,
      userId: validated.userId,
      service: pgtUrl,
      serviceKey: registration.key,
      fromLogin: false,
      // The chain a proxy ticket will report: this callback first, then earlier proxies.
      proxies: [pgtUrl, ...validated.proxies],
      sessionHash: validated.sessionHash,
    },
    deps.now(),
    ticketLifetimes.PGT,
  );
  return { ok: true, pgtIou };
}

export type ProxyGrant = { ok: true; proxyTicket: string } | { ok: false; code: ProxyFailureCode; message: string };

/** /proxy: a proxy ticket for `targetService`, from a proxy-granting ticket. */
export async function proxyTicketFor(deps: CasDeps, pgt?: string, targetService?: string): Promise<ProxyGrant> {
  if (!pgt || !targetService) return { ok: false, code: 'INVALID_REQUEST', message: "Les paramètres 'pgt' et 'targetService' sont obligatoires." };
  const granting = await deps.store.cas.grantingTicket(pgt, deps.now());
  if (!granting) return { ok: false, code: 'INVALID_TICKET', message: `Ticket ${pgt.slice(0, 50)} non reconnu.` };
  const registration = await registeredService(deps.store, granting.siteId, targetService);
  if (!registration) return { ok: false, code: 'UNAUTHORIZED_SERVICE', message: "Ce service cible n'est pas autorisé." };
  const now = deps.now();
  const id = ticketId('PT');
  await deps.store.cas.mint(
    {
      id,
      kind: 'PT',
      siteId: granting.siteId,
      userId: granting.userId,
      service: targetService,
      serviceKey: registration.key,
      fromLogin: false,
      proxies: granting.proxies,
      sessionHash: granting.sessionHash,
    },
    now,
    ticketLifetimes.PT,
  );
  return { ok: true, proxyTicket: id };
}
