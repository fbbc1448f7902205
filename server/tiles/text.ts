import { textConfig, type TextData } from '../../contract/tiles/text.ts';
import { htmlProblem } from '../content/sanitize.ts';
import type { TileResolver } from './context.ts';
import { derived } from '../reading/memo.ts';

export const text: TileResolver<typeof textConfig, TextData> = {
  config: textConfig,
  check(config): Record<string, string> {
    const problem = htmlProblem(config.html);
    return problem ? { html: problem } : {};
  },
  // Sanitized once, when saved; served as stored.
  stored: (config, { site, sanitize }) => ({ ...config, html: sanitize(config.html, { peertubeHosts: site.peertubeHosts }) }),
  // Made once per saved page (its config is shared): serialized once (http/json-bytes.ts).
  async resolve(config) {
    return derived(config, 'text', () => ({ html: config.html }));
  },
};
