import { newsConfig, type NewsData } from '../../contract/tiles/news.ts';
import type { TileResolver } from './context.ts';
import { readableFeed, readableSlugs, readableWith } from '../reading/readable.ts';
import { toResolvedArticle } from '../reading/wire.ts';

export const news: TileResolver<typeof newsConfig, NewsData> = {
  config: newsConfig,
  async resolve(config, ctx) {
    const rubriques = readableWith(ctx, config.rubriques, 'blog');
    const articles = await readableFeed(ctx, rubriques, config.max);
    return { items: articles.map((a) => toResolvedArticle(a, ctx)) };
  },
  visibleConfig: (config, ctx) => ({ ...config, rubriques: readableSlugs(ctx, config.rubriques) }),
};
