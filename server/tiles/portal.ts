import { portalConfig, type PortalData } from '../../contract/tiles/portal.ts';
import type { TileResolver } from './context.ts';
import { derived } from '../reading/memo.ts';

export const portal: TileResolver<typeof portalConfig, PortalData> = {
  config: portalConfig,
  personalOnly: true,
  async resolve(config, { viewer }) {
    const profile = viewer.kind === 'user' ? viewer.profile : null;
    // One list per profile and saved page, shared by everyone of that profile.
    return derived(config, `portal|${profile}`, () => ({
      links: config.links
        .filter((link) => !link.profiles || (profile !== null && link.profiles.includes(profile)))
        .map((link) => ({ label: link.label, url: link.url, icon: link.icon ?? null })),
    }));
  },
  // Another profile's shortcuts (and who they are for) stay on the server.
  visibleConfig: (config) => ({ ...config, links: [] }),
};
