/**
 * Preview: a page's draft resolved exactly as one kind of viewer would see it, through
 * the ordinary reading door (contextFor -> access -> resolvers). Nothing is saved. The
 * viewer is synthetic: a member of the site with the given profile, niveau, fonction
 * and groups, and no account of its own (no right names it personally).
 */
import { z } from 'zod';
import { profiles, type PageKind } from '../../contract/vocabulary.ts';
import type { ResolvedTile } from '../../contract/tiles/index.ts';
import { anonymous, type Viewer } from '../access/viewer.ts';
import type { Sanitize } from '../content/sanitize.ts';
import { contextFor, type ReadingDeps } from '../reading/context.ts';
import { resolvePage } from '../tiles/registry.ts';
import { invalid } from '../errors.ts';
import { checkTiles, tilesInput } from './pages.ts';
import type { MemberContext } from './actor.ts';

export const previewViewer = z
  .object({
    profile: z.enum(profiles),
    niveau: z.string().min(1).max(40).nullable().optional(),
    fonction: z.string().min(1).max(120).nullable().optional(),
    /** Group slugs of the site. */
    groups: z.array(z.string().min(1).max(80)).max(50).default([]),
  })
  .nullable();

export const previewRequest = z.object({ tiles: tilesInput, as: previewViewer });

/** No real account has this id: rights given to one user never name the preview. */
const PREVIEW_USER_ID = -1;

export async function viewerFor(ctx: MemberContext, as: z.infer<typeof previewViewer>): Promise<Viewer> {
  if (as === null) return anonymous;
  const groups = await ctx.store.users.groups(ctx.site.id);
  const ids = new Map(groups.map((g) => [g.slug, g.id]));
  const fields: Record<string, string> = {};
  as.groups.forEach((slug, i) => {
    if (!ids.has(slug)) fields[`as.groups[${i}]`] = `groupe inconnu « ${slug} »`;
  });
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return {
    kind: 'user',
    id: PREVIEW_USER_ID,
    siteId: ctx.site.id,
    login: '(aperçu)',
    displayName: 'Aperçu',
    profile: as.profile,
    niveau: as.niveau ?? null,
    fonction: as.fonction ?? null,
    groups: as.groups.map((slug) => ids.get(slug)!),
  };
}

export async function previewPage(
  deps: ReadingDeps & { sanitize: Sanitize },
  ctx: MemberContext,
  kind: PageKind,
  request: z.infer<typeof previewRequest>,
): Promise<{ kind: PageKind; tiles: ResolvedTile[] }> {
  const tiles = checkTiles(request.tiles, ctx.site, kind, ctx.rubriques, deps.sanitize);
  const viewer = await viewerFor(ctx, request.as);
  const seen = await contextFor(deps, ctx.site, viewer);
  return { kind, tiles: await resolvePage(tiles, seen) };
}
