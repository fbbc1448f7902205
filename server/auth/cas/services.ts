/**
 * Which services the CAS server gives tickets to: only registered ones (spec 2.1.1:
 * "STRONGLY RECOMMENDED"; an open CAS server lets anyone phish tickets). A site
 * registers its Pronote URL (Pronote settings, with « SSO Pronote avec CAS ») and any
 * other service (Pix, e-sidoc…) by URL pattern.
 *
 * A pattern is a URL prefix: same scheme, host and port, and the service's path starts
 * with the pattern's path at a segment boundary. `https://pronote.example.fr/pronote/`
 * admits `https://pronote.example.fr/pronote/eleve.html?x=1`, never
 * `https://pronote.example.fr.evil.example/` nor `https://pronote.example.fr/pronote-bis/`.
 */
import type { Store } from '../../store/index.ts';

export type ServiceKind = 'pronote' | 'other';

export interface RegisteredService {
  /** `pronote`, or `service:<id>`: stored with each ticket. */
  key: string;
  kind: ServiceKind;
  name: string;
  siteId: number;
}

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

export function matchesPattern(service: string, pattern: string): boolean {
  const s = parse(service);
  const p = parse(pattern);
  if (!s || !p || s.username || s.password) return false;
  if (s.protocol !== p.protocol || s.host !== p.host) return false;
  const base = p.pathname;
  if (s.pathname === base) return true;
  if (base.endsWith('/')) return s.pathname.startsWith(base);
  return s.pathname.startsWith(`${base}/`);
}

/** The services a site has registered (Pronote first). */
async function servicesOf(store: Store, siteId: number): Promise<{ pattern: string; service: RegisteredService }[]> {
  const [settings, others] = await Promise.all([store.pronote.settings(siteId), store.cas.services(siteId)]);
  const list: { pattern: string; service: RegisteredService }[] = [];
  if (settings?.url && settings.sso === 'cas') {
    list.push({ pattern: settings.url, service: { key: 'pronote', kind: 'pronote', name: 'Pronote', siteId } });
  }
  for (const s of others) list.push({ pattern: s.urlPattern, service: { key: `service:${s.id}`, kind: 'other', name: s.name, siteId } });
  return list;
}

/** The site's registration that admits this service URL, or null. */
export async function registeredService(store: Store, siteId: number, service: string): Promise<RegisteredService | null> {
  const found = (await servicesOf(store, siteId)).find((entry) => matchesPattern(service, entry.pattern));
  return found?.service ?? null;
}

/**
 * Every site that admits this service URL: before login the site is not known yet,
 * and the form must not appear for a service no site trusts.
 */
export async function sitesAdmitting(store: Store, service: string): Promise<RegisteredService[]> {
  const sites = await store.sites.list();
  const found: RegisteredService[] = [];
  for (const site of sites) {
    const registration = await registeredService(store, site.id, service);
    if (registration) found.push(registration);
  }
  return found;
}

/** A proxy callback must be https (spec 2.5.4); plain http only on this machine's loopback. */
export function acceptableCallback(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'https:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}
