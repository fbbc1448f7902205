import { embedConfig, type EmbedData } from '../../contract/tiles/embed.ts';
import { embedProviderOf, embedProviders } from '../../contract/embed-providers.ts';
import type { TileResolver } from './context.ts';

const providerNames = embedProviders.map((p) => p.name).join(', ');

export const embed: TileResolver<typeof embedConfig, EmbedData> = {
  config: embedConfig,
  check(config, site): Record<string, string> {
    return embedProviderOf(config.url, site.peertubeHosts)
      ? {}
      : { url: `Adresse non autorisée : seuls ${providerNames} (instances Peertube de l'établissement) peuvent être intégrés, en https.` };
  },
  async resolve(config, ctx) {
    // Checked again at read time: the site may have removed a Peertube instance since.
    const provider = embedProviderOf(config.url, ctx.site.peertubeHosts);
    if (!provider) throw new Error('embed provider no longer allowed');
    return {
      provider: provider.id,
      providerName: provider.name,
      src: config.url,
      height: config.height,
      sandbox: provider.sandbox,
      allow: provider.allow,
    };
  },
};
