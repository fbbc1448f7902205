import { textConfig, type TextData } from '../../contract/tiles/text.ts';
import type { TileResolver } from './context.ts';

export const text: TileResolver<typeof textConfig, TextData> = {
  config: textConfig,
  // Sanitized when read as well as when saved: a stricter sanitizer applies to old pages.
  async resolve(config, ctx) {
    return { html: ctx.sanitize(config.html, { peertubeHosts: ctx.site.peertubeHosts }) };
  },
  // The raw HTML stays on the server: only its sanitized form goes out, in `data`.
  visibleConfig: (config, _ctx, data) => ({ ...config, html: data?.html ?? '' }),
};
