import { textConfig, type TextData } from '../../contract/tiles/text.ts';
import { htmlProblem } from '../content/sanitize.ts';
import type { TileResolver } from './context.ts';

export const text: TileResolver<typeof textConfig, TextData> = {
  config: textConfig,
  check(config): Record<string, string> {
    const problem = htmlProblem(config.html);
    return problem ? { html: problem } : {};
  },
  // Sanitized once, when saved; served as stored.
  stored: (config, { site, sanitize }) => ({ ...config, html: sanitize(config.html, { peertubeHosts: site.peertubeHosts }) }),
  async resolve(config) {
    return { html: config.html };
  },
};
