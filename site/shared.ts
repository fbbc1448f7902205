/**
 * What the portal pages (home, personal page) share: same-origin JSON calls, the
 * choice of the site shown, and the school's name in the header and the title.
 */
import type { ApiError, SiteSummary } from '../contract/api.ts';

/** A failed API call: HTTP status (0 when the server could not be reached) and the server's error. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export const unreachable = 'Le serveur est injoignable. Vérifiez votre connexion, puis réessayez.';

/** A same-origin call to the Tuiles API; the session cookie goes along. Resolves with null on 204. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiFailure(0, unreachable);
  }
  if (response.status === 204) return null as T;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  if (!response.ok) {
    const error = (body as ApiError | null)?.error;
    const message = error?.message ?? `Le serveur a répondu ${response.status}. Réessayez dans un moment.`;
    throw new ApiFailure(response.status, message, error?.code, error?.fields ?? {});
  }
  return body as T;
}

const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** `?site=slug` when given and well-formed, else undefined. */
export function requestedSite(): string | undefined {
  const slug = new URLSearchParams(location.search).get('site')?.trim().toLowerCase();
  return slug && slugPattern.test(slug) ? slug : undefined;
}

/**
 * The site this page shows: the one named by `?site=`, else the first one the server
 * lists (a one-school deployment). Null when `?site=` names no site, or none exists.
 */
export async function chooseSite(wanted = requestedSite()): Promise<SiteSummary | null> {
  const { sites } = await api<{ sites: SiteSummary[] }>('/api/sites');
  if (wanted) return sites.find((s) => s.slug === wanted) ?? null;
  return sites[0] ?? null;
}

/** The school's name in the header, the footer and the window title ("Collège Jean Moulin — Accueil"). */
export function showSite(site: SiteSummary | null, pageName: string): void {
  const name = site?.name ?? 'Portail de l’établissement';
  for (const el of document.querySelectorAll('[data-site-name]')) el.textContent = name;
  document.title = `${site?.name ?? 'Tuiles'} — ${pageName}`;
}

/** Keeps `?site=` on internal links, so a multi-school portal stays on the same school. */
export function keepSiteParam(): void {
  const slug = requestedSite();
  if (!slug) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-site]')) {
    const url = new URL(link.href);
    url.searchParams.set('site', slug);
    link.href = url.pathname + url.search;
  }
}

/** Replaces `main`'s content with a notice (what went wrong and what to do). */
export function showNotice(main: HTMLElement, lines: (string | Node)[]): void {
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'alert');
  for (const line of lines) {
    const p = document.createElement('p');
    p.append(line);
    box.append(p);
  }
  main.replaceChildren(box);
}

export function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}
