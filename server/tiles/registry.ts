/**
 * Tile type -> resolver. Validating a page and resolving it for a viewer both go
 * through here; a tile that fails alone comes back with an error, never the page.
 */
import type { z } from 'zod';
import type { Tile, TileType, ResolvedTile } from '../../contract/tiles/index.ts';
import type { Site } from '../store/index.ts';
import type { Sanitize } from '../content/sanitize.ts';
import { fieldsOf } from '../errors.ts';
import type { PageKind } from '../../contract/vocabulary.ts';
import type { ResolveContext, TileResolver } from './context.ts';
import { top } from './top.ts';
import { news } from './news.ts';
import { selection } from './selection.ts';
import { agenda } from './agenda.ts';
import { embed } from './embed.ts';
import { text } from './text.ts';
import { portal } from './portal.ts';
import { annonces } from './annonces.ts';
import { pronote } from './pronote.ts';
import { flux } from './flux.ts';
import { mesActualites } from './mes-actualites.ts';

export const resolvers: { [T in TileType]: TileResolver<z.ZodType, unknown> } = {
  top,
  news,
  selection,
  agenda,
  embed,
  text,
  annonces,
  pronote,
  portal,
  flux,
  'mes-actualites': mesActualites,
} as never;

export const isTileType = (type: string): type is TileType => Object.hasOwn(resolvers, type);

export type ConfigResult = { ok: true; config: unknown } | { ok: false; fields: Record<string, string> };

/** Parses a tile config for a site: schema first, then the site's own rules. */
export function validateTileConfig(type: TileType, input: unknown, site: Site, page: PageKind): ConfigResult {
  const resolver = resolvers[type];
  if (resolver.personalOnly && page !== 'personal-home') {
    return { ok: false, fields: { '(type)': 'cette tuile ne peut figurer que sur la page personnelle' } };
  }
  const parsed = resolver.config.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, fields: fieldsOf(parsed.error.issues, '(config)') };
  }
  const fields = resolver.check?.(parsed.data, site) ?? {};
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, config: parsed.data };
}

/**
 * A checked config as it must be saved (and previewed): what the type cleans at write
 * time (a text tile's HTML) is cleaned. Every page save and preview goes through here.
 */
export function storedConfig(type: TileType, config: unknown, site: Site, sanitize: Sanitize): unknown {
  return resolvers[type].stored?.(config, { site, sanitize }) ?? config;
}
/** The personal page's optional flag goes out with the tile: the viewer's page offers to hide or move it. */
const optionalOf = (tile: Tile) => (tile.optional ? { optional: true } : {});

export async function resolveTile(tile: Tile, ctx: ResolveContext): Promise<ResolvedTile> {
  const resolver = resolvers[tile.type];
  const visible = (data: unknown) => resolver.visibleConfig?.(tile.config, ctx, data) ?? tile.config;
  try {
    const data = await resolver.resolve(tile.config, ctx);
    return { id: tile.id, type: tile.type, config: visible(data), data, ...optionalOf(tile) } as ResolvedTile;
  } catch (error) {
    ctx.reportError(error, `tile ${tile.id} (${tile.type})`);
    return {
      id: tile.id,
      type: tile.type,
      config: visible(null),
      data: null,
      error: { code: 'tile_unavailable', message: 'Cette tuile est momentanément indisponible.' },
      ...optionalOf(tile),
    } as ResolvedTile;
  }
}

export const resolvePage = (tiles: Tile[], ctx: ResolveContext) => Promise.all(tiles.map((tile) => resolveTile(tile, ctx)));
