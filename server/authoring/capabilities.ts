/**
 * What a member may do on the site's write side, as the /admin screens and /moi's links
 * need it: one answer computed from the role table (never a second rule), so a link is
 * shown exactly when the screen behind it would let the viewer do something.
 */
import type { Capabilities } from '../../contract/api.ts';
import type { Viewer } from '../access/viewer.ts';
import type { Site } from '../store/index.ts';
import { contextFor, type ReadingDeps } from '../reading/context.ts';

export const noCapabilities: Capabilities = { admin: false, write: false, moderate: false, manageRubriques: false };

export async function capabilitiesOf(deps: ReadingDeps, site: Site, viewer: Viewer): Promise<Capabilities> {
  if (viewer.kind !== 'user' || viewer.siteId !== site.id) return noCapabilities;
  const { rubriques, access } = await contextFor(deps, site, viewer);
  const any = (test: (r: (typeof rubriques)[number]) => boolean) => rubriques.some(test);
  return {
    admin: viewer.profile === 'admin',
    write: any((r) => (r.services.includes('blog') || r.services.includes('agenda')) && access.can(r.id, 'writeOwn')),
    moderate: any((r) => r.services.includes('blog') && access.can(r.id, 'validateAny')),
    manageRubriques: viewer.profile === 'admin' || any((r) => access.can(r.id, 'manageSubRubriques')),
  };
}
