/**
 * Mes actualités: the viewer's chosen blog rubriques, through the reading door (only
 * those they may read today), merged with the items of their external feeds. Choices
 * come from the viewer's preferences; never chosen: every blog rubrique they may read.
 */
import { mesActualitesConfig, type MesActualitesData, type MesActualitesItem } from '../../contract/tiles/mes-actualites.ts';
import type { TileResolver } from './context.ts';
import { readableFeed, readableWith } from '../reading/readable.ts';
import { derived } from '../reading/memo.ts';

const newestFirst = (a: MesActualitesItem, b: MesActualitesItem) => (b.date ?? '').localeCompare(a.date ?? '');

export const mesActualites: TileResolver<typeof mesActualitesConfig, MesActualitesData> = {
  config: mesActualitesConfig,
  personalOnly: true,
  async resolve(config, ctx) {
    if (ctx.viewer.kind !== 'user') return { items: [], problems: [], chosen: false };
    const preferences = await (ctx.preferences ?? ctx.store.preferences.get(ctx.viewer.id));
    const slugs = preferences.rubriques ?? ctx.rubriques.map((r) => r.slug);
    const rubriques = readableWith(ctx, slugs, 'blog');
    const [articles, feeds] = await Promise.all([
      // Kept per content version like the news tile's (reading/memo.ts): a class's pupils share it.
      readableFeed(ctx, rubriques, config.max),
      Promise.all(preferences.feeds.map((url) => (ctx.feeds ? ctx.feeds.read(url) : Promise.resolve({ ok: false as const, url, message: 'Flux indisponible.' })))),
    ]);
    // The feed's items, made once per kept feed (its key holds config.max): shared by its
    // readers. The feed is newest first and at most max long already; sorted and cut again
    // so that this list keeps its own promise whatever the feed's query becomes.
    const fromArticles = derived(articles, 'mes-actualites', (): MesActualitesItem[] =>
      articles.map((article): MesActualitesItem => ({ kind: 'article', date: article.activityAt, article })).sort(newestFirst).slice(0, config.max),
    );
    const chosen = preferences.rubriques !== null || preferences.feeds.length > 0;
    if (feeds.length === 0) return derived(fromArticles, `mes-actualites|${chosen}`, () => ({ items: fromArticles, problems: [], chosen }));
    const items: MesActualitesItem[] = [...fromArticles];
    const problems: MesActualitesData['problems'] = [];
    for (const feed of feeds) {
      if (!feed.ok) {
        problems.push({ url: feed.url, message: feed.message });
        continue;
      }
      for (const item of feed.items.slice(0, config.max)) items.push({ kind: 'external', date: item.date, source: feed.title, item });
    }
    return { items: items.sort(newestFirst).slice(0, config.max), problems, chosen };
  },
};
