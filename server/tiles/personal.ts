/**
 * Tile types of the personal page. `portal` is complete; `annonces` and `pronote` have
 * their config schemas here so pages can hold them, and resolve to an empty state until
 * their own issues land (annonces model, Pronote connector).
 */
import { portalConfig, type PortalData } from '../../contract/tiles/portal.ts';
import { annoncesConfig, type AnnoncesData } from '../../contract/tiles/annonces.ts';
import { pronoteConfig, type PronoteData } from '../../contract/tiles/pronote.ts';
import type { TileResolver } from './context.ts';

export const portal: TileResolver<typeof portalConfig, PortalData> = {
  config: portalConfig,
  async resolve(config, { viewer }) {
    const profile = viewer.kind === 'user' ? viewer.profile : null;
    const links = config.links
      .filter((link) => !link.profiles || (profile !== null && link.profiles.includes(profile)))
      .map((link) => ({ label: link.label, url: link.url, icon: link.icon ?? null }));
    return { links };
  },
};

export const annonces: TileResolver<typeof annoncesConfig, AnnoncesData> = {
  config: annoncesConfig,
  async resolve() {
    return { items: [] };
  },
};

export const pronote: TileResolver<typeof pronoteConfig, PronoteData> = {
  config: pronoteConfig,
  async resolve() {
    return { available: false };
  },
};
