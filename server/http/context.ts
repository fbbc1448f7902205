import type { Deps } from '../deps.ts';
import type { Viewer } from '../access/viewer.ts';
import { accessFor } from '../access/access.ts';
import type { ResolveContext } from '../tiles/context.ts';
import { notFound } from '../errors.ts';

/** viewer -> access -> the context every resolver of this request shares. */
export async function resolveContext(deps: Deps, siteSlug: string, viewer: Viewer): Promise<ResolveContext> {
  const site = await deps.store.sites.bySlug(siteSlug);
  if (!site) throw notFound(`Site inconnu « ${siteSlug} ».`);
  const rubriques = await deps.store.rubriques.list(site.id);
  return {
    site,
    viewer,
    access: accessFor(viewer, site.id, rubriques),
    rubriques,
    store: deps.store,
    now: deps.now(),
    sanitize: deps.sanitize,
    timeZone: deps.timeZone,
    reportError: deps.log,
  };
}
