/**
 * Tuiles as a SAML 2.0 service provider (EduConnect, an académie's IdP), on
 * @node-saml/node-saml. Checked on every response: the assertion's signature by the
 * provider's certificate (wantAssertionsSigned), audience, NotBefore/NotOnOrAfter,
 * InResponseTo against an AuthnRequest this server sent (kept in the database, taken
 * once), the Response's Destination and the assertion's Recipient, the Issuer when
 * configured; then the assertion and response ids are remembered in the database until
 * they expire, so a replay is refused by every instance.
 */
import { randomBytes } from 'node:crypto';
import { SAML, ValidateInResponseTo, type CacheItem, type CacheProvider, type Profile } from '@node-saml/node-saml';
import { XMLParser } from 'fast-xml-parser';
import type { Store } from '../store/index.ts';
import { IdentityRefused, type Attributes, type SamlSettings } from './identities.ts';

/** How long the IdP may take to answer an AuthnRequest (the user logs in meanwhile). */
const REQUEST_TTL_MS = 10 * 60_000;
/** Remembered ids live at least this long, at most a day, whatever the assertion says. */
const MIN_USED_MS = 10 * 60_000;
const MAX_USED_MS = 24 * 3600_000;

export interface SamlEndpoints {
  spEntityId: string;
  acsUrl: string;
  metadataUrl: string;
}

export function samlEndpoints(origin: string, site: string, provider: string, settings: SamlSettings): SamlEndpoints {
  const base = `${origin}/auth/saml/${encodeURIComponent(site)}/${encodeURIComponent(provider)}`;
  return { spEntityId: settings.spEntityId ?? `${base}/metadata`, acsUrl: `${base}/acs`, metadataUrl: `${base}/metadata` };
}

interface SamlDeps {
  store: Store;
  now: () => Date;
  /** Our key pair, when configured: AuthnRequests signed, encrypted assertions read. */
  samlKeys?: { privateKey: string; certificate: string };
}

/** node-saml's request-id cache, in the database: the AuthnRequest may come back to another instance. */
class DatabaseRequestCache implements CacheProvider {
  constructor(
    private readonly deps: SamlDeps,
    private readonly providerId: number,
  ) {}
  private key = (id: string) => `saml:${this.providerId}:request:${id}`;
  async saveAsync(id: string, value: string): Promise<CacheItem | null> {
    const now = this.deps.now();
    await this.deps.store.identities.putPending(this.key(id), this.providerId, value, now, new Date(now.getTime() + REQUEST_TTL_MS));
    return { value, createdAt: now.getTime() };
  }
  async getAsync(id: string): Promise<string | null> {
    const found = await this.deps.store.identities.pending(this.key(id), this.deps.now());
    return found && found.providerId === this.providerId ? (found.data as string) : null;
  }
  async removeAsync(id: string | null): Promise<string | null> {
    if (id === null) return null;
    await this.deps.store.identities.dropPending(this.key(id));
    return id;
  }
}

function client(deps: SamlDeps, providerId: number, settings: SamlSettings, endpoints: SamlEndpoints, requestId?: string): SAML {
  return new SAML({
    ...(requestId ? { generateUniqueId: () => requestId } : {}),
    entryPoint: settings.entryPoint,
    issuer: endpoints.spEntityId,
    callbackUrl: endpoints.acsUrl,
    audience: endpoints.spEntityId,
    idpCert: settings.idpCert,
    idpIssuer: settings.idpEntityId,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: settings.wantAuthnResponseSigned,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_TTL_MS,
    acceptedClockSkewMs: settings.clockSkewSeconds * 1000,
    cacheProvider: new DatabaseRequestCache(deps, providerId),
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    ...(deps.samlKeys
      ? { privateKey: deps.samlKeys.privateKey, publicCert: deps.samlKeys.certificate, decryptionPvk: deps.samlKeys.privateKey, signatureAlgorithm: 'sha256' as const }
      : {}),
  });
}

/** The IdP's URL carrying a new AuthnRequest (HTTP-Redirect binding), and the request's id (remembered in the database). */
export async function samlLoginUrl(deps: SamlDeps, providerId: number, settings: SamlSettings, endpoints: SamlEndpoints): Promise<{ url: string; requestId: string }> {
  // An XML id starts with a letter or "_".
  const requestId = `_${randomBytes(20).toString('hex')}`;
  const url = await client(deps, providerId, settings, endpoints, requestId).getAuthorizeUrlAsync('', undefined, {});
  return { url, requestId };
}

export function samlMetadata(deps: SamlDeps, providerId: number, settings: SamlSettings, endpoints: SamlEndpoints): string {
  const certificate = deps.samlKeys?.certificate ?? null;
  return client(deps, providerId, settings, endpoints).generateServiceProviderMetadata(certificate, certificate);
}

export interface SamlIdentity {
  nameId: string | null;
  attributes: Attributes;
}

const TRANSIENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';

const xmlAttributes = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, attributeNamePrefix: '@', processEntities: false });

type Xml2Js = Record<string, any>;
const first = (node: unknown): Xml2Js | undefined => (Array.isArray(node) ? node[0] : undefined);

/** Validates a posted SAMLResponse; refuses with IdentityRefused, never a half-checked identity. */
export async function checkSamlResponse(
  deps: SamlDeps,
  providerId: number,
  settings: SamlSettings,
  endpoints: SamlEndpoints,
  samlResponse: string,
  /** The request id this browser started with (cookie), when it can be known (https): must be the one answered. */
  browserRequestId: string | null | undefined,
): Promise<SamlIdentity> {
  const refused = (detail: string, message = "La réponse du fournisseur d'identité n'est pas valable.") => new IdentityRefused(message, detail);
  const response = xmlAttributes.parse(Buffer.from(samlResponse, 'base64').toString('utf8'))?.Response ?? {};
  // A valid response obtained by someone else, posted from this browser (login CSRF), answers another request.
  if (browserRequestId !== undefined && browserRequestId !== response['@InResponseTo']) {
    throw refused(`InResponseTo ${String(response['@InResponseTo'])} is not this browser's request`, 'Cette connexion n\'a pas été commencée dans ce navigateur : recommencez.');
  }
  let profile: Profile | null;
  try {
    ({ profile } = await client(deps, providerId, settings, endpoints).validatePostResponseAsync({ SAMLResponse: samlResponse }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // An expired bearer confirmation shows as "no valid subject confirmation".
    if (/expired|no valid subject confirmation/i.test(detail)) {
      throw refused(detail, "La réponse du fournisseur d'identité a expiré (ou l'heure d'un des serveurs est fausse) : reconnectez-vous.");
    }
    throw refused(detail);
  }
  if (!profile) throw refused('no assertion (passive login refused)');

  // Checked by us: node-saml leaves these to the caller.
  const destination: unknown = response['@Destination'];
  if (destination !== undefined && destination !== endpoints.acsUrl) throw refused(`Destination ${String(destination)} is not ${endpoints.acsUrl}`);
  if (settings.idpEntityId !== undefined && profile.issuer !== settings.idpEntityId) throw refused(`Issuer ${profile.issuer} is not ${settings.idpEntityId}`);

  const assertion = (profile.getAssertion?.() as Xml2Js | undefined)?.Assertion as Xml2Js | undefined;
  const assertionId: unknown = assertion?.$?.ID;
  if (typeof assertionId !== 'string' || !assertionId) throw refused('assertion without ID');
  const confirmations: Xml2Js[] = (first(assertion!.Subject)?.SubjectConfirmation ?? []).map((s: Xml2Js) => first(s.SubjectConfirmationData)?.$ ?? {});
  // Inside the signed assertion: the bearer confirmation names where it may be presented.
  if (!confirmations.some((data) => data.Recipient === endpoints.acsUrl)) throw refused(`no SubjectConfirmation for Recipient ${endpoints.acsUrl}`);

  const now = deps.now();
  const limits = [first(assertion!.Conditions)?.$?.NotOnOrAfter, ...confirmations.map((d) => d.NotOnOrAfter)]
    .filter((v): v is string => typeof v === 'string')
    .map((v) => Date.parse(v) + settings.clockSkewSeconds * 1000)
    .filter((t) => Number.isFinite(t));
  const until = Math.min(Math.max(now.getTime() + MIN_USED_MS, ...limits), now.getTime() + MAX_USED_MS);
  const ids = [`saml:${providerId}:assertion:${assertionId}`];
  const responseId: unknown = response['@ID'];
  if (typeof responseId === 'string' && responseId) ids.push(`saml:${providerId}:response:${responseId}`);
  for (const key of ids) {
    if (!(await deps.store.identities.markUsed(key, now, new Date(until)))) throw refused(`replayed ${key}`, 'Cette réponse a déjà servi : reconnectez-vous.');
  }

  const nameId = profile.nameID && profile.nameIDFormat !== TRANSIENT ? profile.nameID : null;
  return { nameId, attributes: (profile.attributes as Attributes | undefined) ?? {} };
}
