/** The site `/` shows: TUILES_DEFAULT_SITE when it exists, else the only one; null when there are several (or none). */
import type { Site, Store } from '../store/index.ts';

export async function defaultSite(deps: { store: Store; defaultSite?: string }): Promise<{ site: Site | null; sites: Site[] }> {
  if (deps.defaultSite) {
    const site = await deps.store.sites.bySlug(deps.defaultSite);
    if (site) return { site, sites: [site] };
  }
  const sites = await deps.store.sites.list();
  return { site: sites.length === 1 ? sites[0] : null, sites };
}

/** Where a site's homepage is: `/` for the default site, `/sites/:slug/` for any other. */
export async function homePathOf(deps: { store: Store; defaultSite?: string }, slug: string): Promise<string> {
  return (await defaultSite(deps)).site?.slug === slug ? '/' : `/sites/${slug}/`;
}
