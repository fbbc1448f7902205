import { newsConfig, type NewsData } from '../../contract/tiles/news.ts';
import type { TileResolver } from './context.ts';
import { readableFeed, readableSlugs, readableWith } from '../reading/readable.ts';

export const news: TileResolver<typeof newsConfig, NewsData> = {
  config: newsConfig,
  async resolve(config, ctx) {
    const rubriques = readableWith(ctx, config.rubriques, 'blog');
    // The kept array itself, not a copy: its text is serialized once (http/json-text.ts).
    return { items: (await readableFeed(ctx, rubriques, config.max)) as NewsData['items'] };
  },
  visibleConfig: (config, ctx) => ({ ...config, rubriques: readableSlugs(ctx, config.rubriques) }),
};
