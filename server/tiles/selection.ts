import { selectionConfig, type SelectionData } from '../../contract/tiles/selection.ts';
import type { TileResolver } from './context.ts';
import { readableArticles } from '../reading/readable.ts';
import { toResolvedArticle } from '../reading/wire.ts';
import { derived } from '../reading/memo.ts';

export const selection: TileResolver<typeof selectionConfig, SelectionData> = {
  config: selectionConfig,
  async resolve(config, ctx) {
    const found = await readableArticles(ctx, config.articles);
    // Made once per kept answer (its key names these very ids, in this order): shared.
    return derived(found, 'selection', () => {
      const byId = new Map(found.map((a) => [a.id, a]));
      // The admin's order; an article the viewer may not read is left out without a trace.
      const items = config.articles.flatMap((id) => {
        const article = byId.get(id);
        return article ? [toResolvedArticle(article, ctx)] : [];
      });
      return { items };
    });
  },
  visibleConfig: (config, _ctx, data) => ({ ...config, articles: data ? data.items.map((a) => a.id) : [] }),
};
