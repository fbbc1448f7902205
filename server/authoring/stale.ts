/**
 * What gives a site a poor image, so the composer can warn: blog rubriques silent for
 * 60 days or without any published article, and the tiles of the public homepage that
 * show nothing to an anonymous visitor (resolved as that visitor, through the reading
 * door, like any anonymous request).
 */
import type { ResolvedTile } from '../../contract/tiles/index.ts';
import { anonymous } from '../access/viewer.ts';
import { contextFor, type ReadingDeps } from '../reading/context.ts';
import { resolvePage } from '../tiles/registry.ts';
import type { MemberContext } from './actor.ts';

export const STALE_DAYS = 60;
const DAY = 86_400_000;

export type StaleWarning =
  | { kind: 'rubrique-silent'; rubrique: string; days: number; lastActivity: string; message: string }
  | { kind: 'rubrique-empty'; rubrique: string; message: string }
  | { kind: 'tile-empty'; page: 'public-home'; tile: string; type: string; message: string };

const tileLabels: Record<string, string> = {
  top: 'tuile haute',
  news: 'actualités',
  selection: "sélection d'articles",
  agenda: 'agenda',
  embed: 'intégration',
  text: 'texte libre',
  annonces: 'annonces',
  pronote: 'Pronote',
  portal: 'portail',
};

/** Whether a resolved tile shows nothing at all. */
export function showsNothing(tile: ResolvedTile): boolean {
  if (tile.data === null || 'error' in tile) return true;
  const data = tile.data as { items?: unknown[]; image?: unknown; html?: string; links?: unknown[] };
  switch (tile.type) {
    case 'news':
    case 'selection':
    case 'agenda':
    case 'annonces':
      return (data.items ?? []).length === 0;
    case 'top':
      return data.image === null;
    case 'text':
      return (data.html ?? '').replace(/<[^>]*>/g, '').trim() === '' && !/<(img|iframe|video|audio)\b/i.test(data.html ?? '');
    case 'portal':
      return (data.links ?? []).length === 0;
    default:
      return false;
  }
}

export async function staleContent(deps: ReadingDeps, ctx: MemberContext): Promise<StaleWarning[]> {
  const warnings: StaleWarning[] = [];
  const now = ctx.now.getTime();
  for (const rubrique of ctx.rubriques.filter((r) => r.services.includes('blog'))) {
    // One index walk per rubrique, stopping at its newest article (articles_feed).
    const [latest] = await ctx.store.articles.latestPublished([rubrique.id], 1, ctx.now);
    if (!latest) {
      warnings.push({ kind: 'rubrique-empty', rubrique: rubrique.slug, message: `la rubrique ${rubrique.title} n'a encore publié aucun article` });
      continue;
    }
    const days = Math.floor((now - Date.parse(latest.activityAt)) / DAY);
    if (days >= STALE_DAYS) {
      warnings.push({
        kind: 'rubrique-silent',
        rubrique: rubrique.slug,
        days,
        lastActivity: latest.activityAt,
        message: `la rubrique ${rubrique.title} n'a rien publié depuis ${days} jours`,
      });
    }
  }
  const visitor = await contextFor(deps, ctx.site, anonymous);
  const tiles = await ctx.store.pages.get(ctx.site.id, 'public-home');
  const resolved = await resolvePage(tiles, visitor);
  resolved.forEach((tile, i) => {
    if (!showsNothing(tile)) return;
    const title = (tiles[i].config as { title?: string }).title;
    const name = title ? `« ${title} »` : `« ${tileLabels[tile.type] ?? tile.type} »`;
    warnings.push({
      kind: 'tile-empty',
      page: 'public-home',
      tile: tile.id,
      type: tile.type,
      message: `la tuile ${name} de la page d'accueil n'affiche rien pour un visiteur anonyme`,
    });
  });
  return warnings;
}
