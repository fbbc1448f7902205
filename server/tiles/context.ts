/** The shape of a tile resolver. What it may read comes from the reading door (server/reading/). */
import type { z } from 'zod';
import type { Site } from '../store/index.ts';
import type { Sanitize } from '../content/sanitize.ts';
import type { ResolveContext } from '../reading/context.ts';

export type { ResolveContext };

/** What saving a config may reject beyond its schema (needs the site: Peertube hosts...). */
export type SiteCheck<C> = (config: C, site: Site) => Record<string, string>;

export interface TileResolver<Schema extends z.ZodType, Data> {
  config: Schema;
  /** Only on the personal page: its data is about the logged-in viewer. */
  personalOnly?: boolean;
  check?: SiteCheck<z.infer<Schema>>;
  /**
   * The config as it is saved, once checked: rich text is sanitized here, at write
   * time, and served as stored (readers never sanitize).
   */
  stored?(config: z.infer<Schema>, tools: { site: Site; sanitize: Sanitize }): z.infer<Schema>;
  resolve(config: z.infer<Schema>, ctx: ResolveContext): Promise<Data>;
  /**
   * The config as this viewer may see it. Configs go out with the data (the elements
   * read their display options), so whatever names content — article ids, rubrique
   * slugs, raw HTML — is cut down to what the viewer may read. `data` is null when the
   * tile failed. It reads nothing of the viewer but what they may read
   * (`ctx.access.readable`, `ctx.rubriques`): a tile resolved from kept data is made once
   * per readable set and shared by every viewer with that set (registry.ts resolveTile).
   */
  visibleConfig?(config: z.infer<Schema>, ctx: ResolveContext, data: Data | null): z.infer<Schema>;
}
