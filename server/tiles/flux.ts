/**
 * Flux externe: read through the shared feed reader (content/feeds-in), so the
 * visitor's browser never calls the feed's server. A feed that cannot be read is not a
 * failed tile: its French reason is the tile's content, and the page loads as usual.
 */
import { fluxConfig, type FluxData } from '../../contract/tiles/flux.ts';
import type { TileResolver } from './context.ts';

export const flux: TileResolver<typeof fluxConfig, FluxData> = {
  config: fluxConfig,
  async resolve(config, ctx) {
    if (!ctx.feeds) throw new Error('no feed reader in this context');
    const read = await ctx.feeds.read(config.url);
    if (!read.ok) return { source: null, items: [], problem: read.message };
    return { source: { title: read.title, link: read.link }, items: read.items.slice(0, config.max), problem: null };
  },
};
