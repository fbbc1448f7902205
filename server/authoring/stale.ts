/**
 * What gives a site a poor image, so the composer can warn: blog rubriques silent for
 * 60 days or without any published article, and the tiles of the public homepage that
 * show nothing to an anonymous visitor (resolved as that visitor, through the reading
 * door, like any anonymous request). Each warning's `message` is the finished French
 * sentence the composer shows as it is.
 */
import { showsNothing } from '../../contract/tiles/shows-nothing.ts';
import { anonymous } from '../access/viewer.ts';
import { contextFor, type ReadingDeps } from '../reading/context.ts';
import { resolvePage } from '../tiles/registry.ts';
import type { MemberContext } from './actor.ts';
import type { StaleWarning } from '../../contract/authoring.ts';
import { tileCatalogue } from '../../contract/tiles/index.ts';

export const STALE_DAYS = 60;
const DAY = 86_400_000;

export async function staleContent(deps: ReadingDeps, ctx: MemberContext): Promise<StaleWarning[]> {
  const warnings: StaleWarning[] = [];
  const now = ctx.now.getTime();
  for (const rubrique of ctx.rubriques.filter((r) => r.services.includes('blog'))) {
    // One index walk per rubrique, stopping at its newest article (articles_feed).
    const [latest] = await ctx.store.articles.latestPublished([rubrique.id], 1, ctx.now);
    if (!latest) {
      warnings.push({ kind: 'rubrique-empty', rubrique: rubrique.slug, message: `La rubrique ${rubrique.title} n’a encore publié aucun article` });
      continue;
    }
    const days = Math.floor((now - Date.parse(latest.activityAt)) / DAY);
    if (days >= STALE_DAYS) {
      warnings.push({
        kind: 'rubrique-silent',
        rubrique: rubrique.slug,
        days,
        lastActivity: latest.activityAt,
        message: `La rubrique ${rubrique.title} n’a rien publié depuis ${days} jours`,
      });
    }
  }
  const visitor = await contextFor(deps, ctx.site, anonymous);
  const tiles = await ctx.store.pages.get(ctx.site.id, 'public-home');
  const resolved = await resolvePage(tiles, visitor);
  resolved.forEach((tile, i) => {
    if (!showsNothing(tile)) return;
    const title = (tiles[i].config as { title?: string }).title;
    // Untitled, the tile goes by its type's label, as the composer's card names it.
    const name = `« ${title || tileCatalogue[tile.type].label} »`;
    warnings.push({
      kind: 'tile-empty',
      page: 'public-home',
      tile: tile.id,
      type: tile.type,
      message: `La tuile ${name} de la page d’accueil n’affiche rien pour un visiteur anonyme`,
    });
  });
  return warnings;
}
