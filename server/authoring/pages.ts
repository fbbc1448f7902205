/**
 * Page composition (site admins): the saved source, saves guarded by the version the
 * composer started from, the versions and their restore. A save announces a content
 * change (freshness/), so shared anonymous copies go at once, here and elsewhere.
 */
import { z } from 'zod';
import type { Tile } from '../../contract/tiles/index.ts';
import { pageKinds, type PageKind } from '../../contract/vocabulary.ts';
import type { Site, Rubrique, PageVersion } from '../store/index.ts';
import type { PageVersionJson } from '../../contract/authoring.ts';
import { StaleVersionError } from '../store/pages.ts';
import { byMember, recordAudit } from './audit.ts';
import { checkPageTiles, storedConfig } from '../tiles/registry.ts';
import type { Sanitize } from '../content/sanitize.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import type { MemberContext } from './actor.ts';
import type { ContentChanges } from '../freshness/changes.ts';

/** A tile as the composer sends it: checked here, type and config included. */
export const tileInput = z.object({
  id: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'lettres, chiffres, « - » et « _ » uniquement')
    .optional(),
  type: z.string().max(40),
  config: z.unknown().optional(),
  /** On personal-home: the user may hide or move this tile. */
  optional: z.boolean().optional(),
});
export const tilesInput = z.array(tileInput).max(100, '100 tuiles au plus');

export const pageSave = z.object({
  version: z.number().int().min(0),
  tiles: tilesInput,
});

export function pageKindOf(value: string): PageKind {
  if (!(pageKinds as readonly string[]).includes(value)) throw notFound(`Page inconnue « ${value} ».`);
  return value as PageKind;
}

/**
 * Every tile checked as the site document import checks it: a known type, a config
 * its schema and its `check` accept, on a page where the type may stand, rubriques
 * that exist. The text tile's HTML is stored sanitized. All the faults at once, under
 * `tiles[i]...`; nothing is saved when there is one.
 */
export function checkTiles(
  input: z.infer<typeof tilesInput>,
  site: Site,
  kind: PageKind,
  rubriques: readonly Rubrique[],
  sanitize: Sanitize,
): Tile[] {
  const fields: Record<string, string> = {};
  const checked = checkPageTiles(input, site, kind, { rubriques: new Set(rubriques.map((r) => r.slug)) }, (i) => `tiles[${i}]`, fields);
  const tiles = checked.map((tile) => ({ ...tile, config: storedConfig(tile.type, tile.config, site, sanitize) }) as Tile);
  if (Object.keys(fields).length > 0) throw invalid(fields, "La page n'a pas été enregistrée : certaines tuiles sont invalides.");
  return tiles;
}

export interface PagesDeps {
  sanitize: Sanitize;
  changes: ContentChanges;
}

const staleMessage = (current: number) =>
  `La page a été modifiée entre-temps (version ${current}) : rechargez-la avant d'enregistrer.`;

/** Saves a new version if `version` is still current (409 otherwise, nothing written). */
export async function savePage(
  deps: PagesDeps,
  ctx: MemberContext,
  kind: PageKind,
  input: z.infer<typeof pageSave>,
): Promise<{ version: number }> {
  const tiles = checkTiles(input.tiles, ctx.site, kind, ctx.rubriques, deps.sanitize);
  const version = await writeVersion(ctx, kind, input.version, tiles, 'page.save');
  deps.changes.changed(ctx.site.id);
  return { version };
}

async function writeVersion(
  ctx: MemberContext,
  kind: PageKind,
  expected: number,
  tiles: Tile[],
  action: 'page.save' | 'page.restore',
  detail: Record<string, unknown> = {},
): Promise<number> {
  try {
    return await ctx.store.transaction(async (tx) => {
      const version = await tx.pages.save(ctx.site.id, kind, expected, tiles, ctx.viewer.id, ctx.now);
      await recordAudit(tx, byMember(ctx, action, { kind: 'page', id: kind }, { ...detail, version }));
      return version;
    });
  } catch (error) {
    if (error instanceof StaleVersionError) throw conflict(staleMessage(error.current), 'stale_version');
    // Another save from the same version won the race for the next number (PostgreSQL).
    const current = (await ctx.store.pages.source(ctx.site.id, kind)).version;
    if (current !== expected) throw conflict(staleMessage(current), 'stale_version');
    throw error;
  }
}

/**
 * Publishes version `number` again as a new version. The old tiles are checked again:
 * the site may have changed since (a rubrique deleted, a Peertube host removed), and a
 * page never holds a tile that a save would refuse.
 */
export async function restorePage(deps: PagesDeps, ctx: MemberContext, kind: PageKind, number: number): Promise<{ version: number }> {
  const tiles = await ctx.store.pages.version(ctx.site.id, kind, number);
  if (!tiles) throw notFound(`Version ${number} introuvable.`);
  const checked = checkTiles(tiles, ctx.site, kind, ctx.rubriques, deps.sanitize);
  const current = (await ctx.store.pages.source(ctx.site.id, kind)).version;
  const version = await writeVersion(ctx, kind, current, checked, 'page.restore', { from: number });
  deps.changes.changed(ctx.site.id);
  return { version };
}

export const versionJson = (v: PageVersion): PageVersionJson => ({
  number: v.number,
  author: v.authorName === null ? null : { id: v.authorId, displayName: v.authorName },
  date: v.createdAt,
});
