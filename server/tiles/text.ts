import { textConfig, type TextData } from '../../contract/tiles/text.ts';
import type { TileResolver } from './context.ts';
import { siteHtml } from '../reading/wire.ts';

export const text: TileResolver<typeof textConfig, TextData> = {
  config: textConfig,
  async resolve(config, ctx) {
    return { html: siteHtml(ctx, config.html) };
  },
  // The raw HTML stays on the server: only its sanitized form goes out, in `data`.
  visibleConfig: (config, _ctx, data) => ({ ...config, html: data?.html ?? '' }),
};
