/**
 * Tile type -> resolver. Validating a page and resolving it for a viewer both go
 * through here; a tile that fails alone comes back with an error, never the page.
 */
import type { z } from 'zod';
import type { Tile, TileType, ResolvedTile } from '../../contract/tiles/index.ts';
import type { Site } from '../store/index.ts';
import type { Sanitize } from '../content/sanitize.ts';
import { fieldsOf } from '../errors.ts';
import { frenchErrors } from '../../contract/french-errors.ts';
import type { PageKind } from '../../contract/vocabulary.ts';
import type { ResolveContext, TileResolver } from './context.ts';
import { derivedFromBoth, isShared } from '../reading/memo.ts';
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
  const parsed = resolver.config.safeParse(input ?? {}, { error: frenchErrors });
  if (!parsed.success) {
    return { ok: false, fields: fieldsOf(parsed.error.issues, '(config)') };
  }
  const fields = resolver.check?.(parsed.data, site) ?? {};
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, config: parsed.data };
}

/** A tile as a page save or a site document gives it, before any check. */
export interface TileInput {
  id?: string;
  type: string;
  config?: unknown;
  optional?: boolean;
}

/**
 * Every tile of a page checked as the page save and the site import both need: a known
 * type, an id given once, a config its schema and its site rules accept on this page,
 * and rubriques (and, when `known.articles` is given, articles) that exist. Faults go
 * into `fields` under `path(i)`; the tiles that passed come back as saved (not yet
 * cleaned: see `storedConfig`). `optional` stands only on the personal page.
 */
export function checkPageTiles(
  input: readonly TileInput[],
  site: Site,
  kind: PageKind,
  known: { rubriques: { has(slug: string): boolean }; articles?: { has(id: string): boolean } },
  path: (i: number) => string,
  fields: Record<string, string>,
): Tile[] {
  const ids = new Set<string>();
  return input.flatMap((tile, i): Tile[] => {
    const at = path(i);
    if (!isTileType(tile.type)) {
      fields[`${at}.type`] = `type de tuile inconnu « ${tile.type} »`;
      return [];
    }
    const id = tile.id ?? `${tile.type}-${i + 1}`;
    if (ids.has(id)) fields[`${at}.id`] = `tuile « ${id} » en double`;
    ids.add(id);
    const result = validateTileConfig(tile.type, tile.config, site, kind);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fields)) {
        fields[field === '(type)' ? `${at}.type` : field === '(config)' ? `${at}.config` : `${at}.config.${field}`] = message;
      }
      return [];
    }
    const config = result.config as { rubriques?: string[]; articles?: string[]; article?: string | null };
    config.rubriques?.forEach((slug, j) => {
      if (!known.rubriques.has(slug)) fields[`${at}.config.rubriques[${j}]`] = `rubrique inconnue « ${slug} »`;
    });
    const articles = known.articles;
    if (articles) {
      config.articles?.forEach((articleId, j) => {
        if (!articles.has(articleId)) fields[`${at}.config.articles[${j}]`] = `article inconnu « ${articleId} »`;
      });
      if (config.article && !articles.has(config.article)) fields[`${at}.config.article`] = `article inconnu « ${config.article} »`;
    }
    const optional = tile.optional === true && kind === 'personal-home' ? { optional: true } : {};
    return [{ id, type: tile.type, config, ...optional } as Tile];
  });
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

/** The config as this viewer may see it (visibleConfig), `data` null when the tile failed. */
function visibleConfigOf(tile: Tile, ctx: ResolveContext, data: unknown): unknown {
  return resolvers[tile.type].visibleConfig?.(tile.config, ctx, data) ?? tile.config;
}

function resolvedTile(tile: Tile, ctx: ResolveContext, data: unknown): ResolvedTile {
  return { id: tile.id, type: tile.type, config: visibleConfigOf(tile, ctx, data), data, ...optionalOf(tile) } as ResolvedTile;
}

// Module-level functions, no closures per call: the runtime (tsx) names every named
// closure as it is made, which cost more than the rest of this function.
export async function resolveTile(tile: Tile, ctx: ResolveContext): Promise<ResolvedTile> {
  try {
    const data = await resolvers[tile.type].resolve(tile.config, ctx);
    // A kept tile (a saved page's, a parsed query's) with kept data: what goes out depends
    // on them and on what the viewer may read alone (visibleConfig's contract, context.ts),
    // so it is made once per readable set and sent as the same bytes (http/json-bytes.ts).
    if (isShared(tile) && data !== null && typeof data === 'object' && isShared(data)) {
      return derivedFromBoth(data, tile, ctx.access.readableKey, () => resolvedTile(tile, ctx, data));
    }
    return resolvedTile(tile, ctx, data);
  } catch (error) {
    ctx.reportError(error, `tile ${tile.id} (${tile.type})`);
    return {
      id: tile.id,
      type: tile.type,
      config: visibleConfigOf(tile, ctx, null),
      data: null,
      error: { code: 'tile_unavailable', message: 'Cette tuile est momentanément indisponible.' },
      ...optionalOf(tile),
    } as ResolvedTile;
  }
}

export const resolvePage = (tiles: readonly Tile[], ctx: ResolveContext) => Promise.all(tiles.map((tile) => resolveTile(tile, ctx)));
