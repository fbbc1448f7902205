import { topConfig, type TopData } from '../../contract/tiles/top.ts';
import type { TileResolver } from './context.ts';
import { readableArticles } from '../reading/readable.ts';
import { articleUrl, withSrcset } from '../reading/wire.ts';

export const top: TileResolver<typeof topConfig, TopData> = {
  config: topConfig,
  async resolve(config, ctx) {
    if (!config.enabled || !config.image) return { image: null, article: null };
    const image = {
      url: config.image.url,
      alt: config.image.alt ?? '',
      width: config.image.width ?? null,
      height: config.image.height ?? null,
      ...withSrcset(config.image.url),
    };
    if (!config.article) return { image, article: null };
    const [article] = await readableArticles(ctx, [config.article]);
    // Unreadable or unpublished: the image alone, no title, no link, no hint.
    if (!article) return { image, article: null };
    return {
      image,
      article: { id: article.id, title: article.title, summary: article.summary, url: articleUrl(ctx.site, article.id) },
    };
  },
  visibleConfig: (config, _ctx, data) => ({ ...config, article: data?.article?.id ?? null }),
};
