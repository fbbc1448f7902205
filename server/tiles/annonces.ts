/**
 * Annonces (communication ciblée). The config schema lets pages hold the tile today;
 * it resolves to an empty list until the annonces model lands (its own issue).
 */
import { annoncesConfig, type AnnoncesData } from '../../contract/tiles/annonces.ts';
import type { TileResolver } from './context.ts';

export const annonces: TileResolver<typeof annoncesConfig, AnnoncesData> = {
  config: annoncesConfig,
  personalOnly: true,
  async resolve() {
    return { items: [] };
  },
};
