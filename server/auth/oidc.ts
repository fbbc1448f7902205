/**
 * Tuiles as an OpenID Connect relying party (openid-client v6): authorization code
 * flow with PKCE, state and nonce. The login under way (state -> nonce, code verifier)
 * is kept in the database, so the callback may reach another instance, and taken once;
 * the browser holds the state in a cookie, so a callback is accepted only in the browser
 * that started the login. The provider's discovery document is cached per instance for
 * an hour (public data; each instance fetches its own copy).
 */
import * as client from 'openid-client';
import type { Store } from '../store/index.ts';
import { IdentityRefused, type Attributes, type OidcSettings } from './identities.ts';

const LOGIN_TTL_MS = 10 * 60_000;
const DISCOVERY_TTL_MS = 3600_000;

interface OidcDeps {
  store: Store;
  now: () => Date;
}

const discovered = new Map<number, { key: string; at: number; config: Promise<client.Configuration> }>();

function configuration(providerId: number, settings: OidcSettings): Promise<client.Configuration> {
  const key = JSON.stringify(settings);
  const cached = discovered.get(providerId);
  if (cached && cached.key === key && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
  const issuer = new URL(settings.issuer);
  const config = client.discovery(
    issuer,
    settings.clientId,
    settings.clientSecret ? { client_secret: settings.clientSecret } : undefined,
    settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
    // identities.ts allows http:// only towards this machine.
    issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  discovered.set(providerId, { key, at: Date.now(), config });
  config.catch(() => discovered.delete(providerId));
  return config;
}

const pendingKey = (state: string) => `oidc:${state}`;

interface Pending {
  nonce: string;
  verifier: string;
}

/** Starts a login: the provider's authorization URL, and the state the browser keeps. */
export async function oidcLoginUrl(deps: OidcDeps, providerId: number, settings: OidcSettings, callbackUrl: string): Promise<{ url: string; state: string }> {
  let config: client.Configuration;
  try {
    config = await configuration(providerId, settings);
  } catch (error) {
    throw new IdentityRefused("Le fournisseur d'identité ne répond pas. Réessayez plus tard.", `discovery: ${(error as Error).message}`);
  }
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const now = deps.now();
  await deps.store.identities.putPending(pendingKey(state), providerId, { nonce, verifier } satisfies Pending, now, new Date(now.getTime() + LOGIN_TTL_MS));
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl,
    scope: settings.scope,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  return { url: url.href, state };
}

export interface OidcIdentity {
  sub: string;
  attributes: Attributes;
}

/**
 * Finishes a login: the state must be this browser's and one this server issued (taken
 * once), then the code is exchanged and the ID token checked (signature, issuer,
 * audience, expiry, nonce) by openid-client.
 */
export async function finishOidcLogin(
  deps: OidcDeps,
  providerId: number,
  settings: OidcSettings,
  callbackUrl: string,
  query: URLSearchParams,
  browserState: string | undefined,
): Promise<OidcIdentity> {
  const refused = (detail: string, message = "La réponse du fournisseur d'identité n'est pas valable.") => new IdentityRefused(message, detail);
  const error = query.get('error');
  if (error) throw refused(`provider error ${error}`, "Le fournisseur d'identité n'a pas autorisé la connexion.");
  const state = query.get('state');
  if (!state || !browserState || state !== browserState) throw refused('state missing or not this browser\'s');
  const pending = await deps.store.identities.takePending(pendingKey(state), deps.now());
  if (!pending || pending.providerId !== providerId) throw refused('unknown or expired state', 'Cette connexion a expiré : recommencez.');
  const { nonce, verifier } = pending.data as Pending;

  try {
    const config = await configuration(providerId, settings);
    const currentUrl = new URL(callbackUrl);
    currentUrl.search = query.toString();
    const tokens = await client.authorizationCodeGrant(config, currentUrl, { expectedState: state, expectedNonce: nonce, pkceCodeVerifier: verifier });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    let attributes: Attributes = { ...claims };
    if (settings.userinfo && config.serverMetadata().userinfo_endpoint) {
      const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      attributes = { ...userinfo, ...claims };
    }
    return { sub: claims.sub, attributes };
  } catch (error) {
    throw refused(describe(error));
  }
}

/** openid-client's error, with the OAuth error code and the causes (the claim at fault), for the log. */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as any, depth = 0; e && depth < 4; e = e.cause, depth++) {
    if (typeof e !== 'object') break;
    parts.push(`${e.message ?? ''}${e.error ? ` (${e.error}${e.error_description ? `: ${e.error_description}` : ''})` : ''}${e.claim ? ` [claim ${e.claim}]` : ''}`);
  }
  return parts.filter(Boolean).join(' <- ') || String(error);
}
