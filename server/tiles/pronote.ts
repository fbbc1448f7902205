/**
 * Pronote block. The config schema lets pages hold the tile today; it resolves to
 * "not available" until the Pronote connector lands (its own issue).
 */
import { pronoteConfig, type PronoteData } from '../../contract/tiles/pronote.ts';
import type { TileResolver } from './context.ts';

export const pronote: TileResolver<typeof pronoteConfig, PronoteData> = {
  config: pronoteConfig,
  personalOnly: true,
  async resolve() {
    return { available: false };
  },
};
