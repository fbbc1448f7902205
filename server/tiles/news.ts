import { newsConfig, type NewsData } from '../../contract/tiles/news.ts';
import type { TileResolver } from './context.ts';
import { readableFeed, readableSlugs, readableWith } from '../reading/readable.ts';
import { derived } from '../reading/memo.ts';

export const news: TileResolver<typeof newsConfig, NewsData> = {
  config: newsConfig,
  async resolve(config, ctx) {
    const rubriques = readableWith(ctx, config.rubriques, 'blog');
    const items = (await readableFeed(ctx, rubriques, config.max)) as NewsData['items'];
    // Made once per kept list: sent as the same bytes to all its readers (http/json-bytes.ts).
    return derived(items, 'news', () => ({ items }));
  },
  visibleConfig: (config, ctx) => ({ ...config, rubriques: readableSlugs(ctx, config.rubriques) }),
};
