/**
 * What the portal pages (home, personal page) share: the French words for a failed API
 * call, the choice of the site shown, and the school's name in the header and the title.
 * Calls go through the elements' one fetch helper (`components/core/api.ts`).
 */
import type { SiteSummary } from '../contract/api.ts';
import { FetchError, request } from '../components/core/api.ts';

export const unreachable = 'Le serveur est injoignable. Vérifiez votre connexion, puis réessayez.';

/**
 * What to tell the user about a failed call: the server's own message when it sent its
 * JSON error, a French sentence with the status otherwise, `unreachable` when no answer came.
 */
export function failureMessage(error: unknown): string {
  if (!(error instanceof FetchError) || error.status === 0) return unreachable;
  return error.code === undefined ? `Le serveur a répondu ${error.status}. Réessayez dans un moment.` : error.message;
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
  const { sites } = await request<{ sites: SiteSummary[] }>('/api/sites', { credentials: 'same-origin' });
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
