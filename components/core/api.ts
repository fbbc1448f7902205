/**
 * The one way to the Tuiles server, for the elements and the site pages alike: a
 * `fetch` wrapper that speaks the JSON API (contract/api.ts) — GET, POST, PUT, PATCH,
 * DELETE with a JSON body, credentials, an AbortSignal, 204 as null — and turns every
 * failure into a `FetchError` carrying the HTTP status (0 when the server could not be
 * reached) and the server's `{"error": {code, message, fields?}}`. Also the URLs of the
 * API and the resolution of the URLs found in its data.
 */
import type { ApiError } from '../../contract/api.ts';
import type { PageKind } from '../../contract/vocabulary.ts';

export class FetchError extends Error {
  /** HTTP status, or 0 when the request never got an answer (network, CORS, DNS). */
  readonly status: number;
  /** The server's error code (`not_found`...), when it sent its JSON error. */
  readonly code: string | undefined;
  /** Field path (`password`, `rubriques.0`) -> message, when the server named fields at fault (400). */
  readonly fields: Record<string, string>;

  constructor(status: number, message: string, code?: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'FetchError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/** The status to report for any error a fetch may throw. */
export function statusOf(error: unknown): number {
  return error instanceof FetchError ? error.status : 0;
}

/** The server's origin without a trailing slash: `server` if given, else this page's origin. */
export function serverBase(server?: string | null): string {
  const given = server?.trim();
  return (given || globalThis.location?.origin || '').replace(/\/+$/, '');
}

/** `rubriques="a, b"` -> `a,b`; empty when nothing is listed. */
export function listParam(value: string | null | undefined): string {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(',');
}

function siteBase(server: string | undefined, site: string): string {
  return `${serverBase(server)}/api/sites/${encodeURIComponent(site)}`;
}

/** `GET /api/sites/:site/pages/:kind` */
export function pageUrl(server: string | undefined, site: string, kind: PageKind): string {
  return `${siteBase(server, site)}/pages/${kind}`;
}

/** `GET /api/sites/:site/tiles/:type?…`; empty and undefined parameters are left out. */
export function tileUrl(
  server: string | undefined,
  site: string,
  type: string,
  params: Record<string, string | number | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  const search = query.toString();
  return `${siteBase(server, site)}/tiles/${type}${search ? `?${search}` : ''}`;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, with `content-type: application/json` (only then: a bare GET needs no CORS preflight). */
  body?: unknown;
  /** Aborting is not a failure: the abort error is rethrown as it is, never as a `FetchError`. */
  signal?: AbortSignal;
  /**
   * `omit` (default): no cookie, so an anonymous answer is one cached copy for everyone.
   * `include` for the viewer's own data (personal page); `same-origin` for the site pages.
   */
  credentials?: RequestCredentials;
}

/** Calls the API and resolves with its JSON answer, or with null on 204 No Content. */
export async function request<T>(
  url: string,
  { method = 'GET', body, signal, credentials = 'omit' }: RequestOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal,
      credentials,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    // An abort is not a failure: the task that asked has been superseded.
    if (signal?.aborted) throw error;
    throw new FetchError(0, 'server unreachable');
  }
  if (response.status === 204) return null as T;
  if (!response.ok) {
    let error: Partial<ApiError['error']> | undefined;
    try {
      error = ((await response.json()) as Partial<ApiError>).error;
    } catch {
      // Not our JSON error (a proxy's HTML page): the status says enough.
    }
    throw new FetchError(response.status, error?.message ?? `HTTP ${response.status}`, error?.code, error?.fields);
  }
  try {
    return (await response.json()) as T;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchError(response.status, 'invalid JSON');
  }
}

/**
 * Item and image URLs are relative to the Tuiles server unless absolute: resolve them
 * against `server` so an element embedded on another site still points home.
 */
export function resolveUrl(url: string, server?: string): string {
  const base = serverBase(server);
  // Rendered on the server (no page, no `server`): a path stays a path, relative to the portal.
  if (!base) return url;
  try {
    return new URL(url, `${base}/`).href;
  } catch {
    return url;
  }
}

/**
 * A link target, or undefined when the URL is empty or not http(s). Lit does not
 * sanitize `href` bindings, so a `javascript:` URL must never get this far.
 */
export function resolveLink(url: string | null | undefined, server?: string): string | undefined {
  if (!url) return undefined;
  const base = serverBase(server);
  try {
    // Rendered on the server (no page, no `server`): a path stays a path, checked against a stand-in origin.
    const resolved = new URL(url, base ? `${base}/` : 'http://portal.invalid/');
    if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') return undefined;
    return base || resolved.origin !== 'http://portal.invalid' ? resolved.href : url;
  } catch {
    return undefined;
  }
}

/** Resolves each URL of a `srcset` ("a.jpg 800w, b.jpg 1600w") against the server. */
export function resolveSrcset(srcset: string, server: string | undefined): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      return [resolveUrl(url, server), ...descriptor].join(' ');
    })
    .join(', ');
}
