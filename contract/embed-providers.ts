/**
 * The external tools a tile may frame. Anything else is refused when a page is saved.
 * `sandbox` lists only what each provider needs to work: scripts and its own origin
 * (for its player/API calls); popups only for tools that open documents in a new tab.
 */
export interface EmbedProvider {
  id: 'peertube' | 'digipad' | 'pearltrees' | 'genially';
  name: string;
  /** Hosts served by this provider; Peertube instances are configured per site. */
  hosts: readonly string[];
  sandbox: string;
  allow: string;
}

export const embedProviders: readonly EmbedProvider[] = [
  {
    id: 'peertube',
    name: 'Peertube',
    hosts: [],
    sandbox: 'allow-scripts allow-same-origin allow-popups',
    allow: 'fullscreen; picture-in-picture',
  },
  {
    id: 'digipad',
    name: 'Digipad',
    hosts: ['digipad.app'],
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    allow: 'fullscreen',
  },
  {
    id: 'pearltrees',
    name: 'Pearltrees',
    hosts: ['www.pearltrees.com', 'pearltrees.com'],
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    allow: 'fullscreen',
  },
  {
    id: 'genially',
    name: 'Genially',
    hosts: ['view.genial.ly', 'view.genially.com', 'app.genial.ly'],
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    allow: 'fullscreen',
  },
];

/**
 * The provider serving `url`, or null. Only https URLs on an exact listed host and the
 * default port count (no suffix matching: `evil-digipad.app` is not `digipad.app`, and
 * `https://digipad.app:8443/` is not Digipad).
 */
export function embedProviderOf(url: string, peertubeHosts: readonly string[]): EmbedProvider | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Default port only (the URL parser empties an explicit :443): a provider's host on
  // another port is another service, not the provider.
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port !== '') return null;
  const host = parsed.hostname.toLowerCase();
  for (const provider of embedProviders) {
    const hosts = provider.id === 'peertube' ? peertubeHosts : provider.hosts;
    if (hosts.some((h) => h.toLowerCase() === host)) return provider;
  }
  return null;
}
