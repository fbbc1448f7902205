/**
 * What the embed editor says about an address as it is typed: the provider recognised,
 * or why the server will refuse it. Recognition is the contract's own
 * (`embedProviderOf`, the same function the server's check calls); this only adds words.
 */
import { embedProviderOf, embedProviders } from '../../../contract/embed-providers.ts';

export type EmbedUrlStatus = { ok: true; message: string } | { ok: false; message: string } | { ok: null; message: string };

const names = embedProviders.map((p) => p.name).join(', ');
/** « Peertube (…), Digipad, Pearltrees et Genially »: Peertube only from the instances the site declares. */
const acceptedNames = (() => {
  const said = embedProviders.map((p) => (p.name === 'Peertube' ? 'Peertube (sur les instances déclarées par l’établissement)' : p.name));
  return said.length > 1 ? `${said.slice(0, -1).join(', ')} et ${said.at(-1)}` : said.join('');
})();
/**
 * What may be embedded, after a refusal. The server says it too (server/tiles/embed.ts),
 * but its « Genially (instances Peertube de l'établissement) » read as if the
 * parenthesis were about Genially.
 */
export const acceptedProviders = `Seuls ${acceptedNames} peuvent être intégrés, en https.`;

/** Paths Peertube serves its videos and playlists under. */
const peertubePath = /^\/(?:w|videos\/(?:watch|embed)|video-playlists|w\/p)\//;

/**
 * `peertubeHosts`: the site's Peertube instances; undefined when the editor was not
 * told them, in which case a Peertube-looking address on an unknown host is left for
 * the server to judge.
 */
export function embedUrlStatus(value: string, peertubeHosts: readonly string[] | undefined): EmbedUrlStatus {
  const url = value.trim();
  if (!url) return { ok: null, message: `Collez l’adresse de la page à intégrer (${names}).` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, message: 'Adresse incomplète : elle doit commencer par https://' };
  }
  const provider = embedProviderOf(url, peertubeHosts ?? []);
  if (provider) return { ok: true, message: `${provider.name} reconnu` };
  if (parsed.protocol !== 'https:') return { ok: false, message: `Refusée : seules les adresses en https:// peuvent être intégrées. ${acceptedProviders}` };
  if (parsed.username || parsed.password) return { ok: false, message: 'Refusée : l’adresse ne doit pas contenir d’identifiant ni de mot de passe.' };
  if (parsed.port) return { ok: false, message: `Refusée : l’adresse précise un port (${parsed.port}) ; seules les adresses sans port sont acceptées.` };
  if (peertubePath.test(parsed.pathname)) {
    if (peertubeHosts === undefined) {
      return { ok: null, message: `Vidéo Peertube ? Elle ne sera acceptée que si ${parsed.hostname} est une instance Peertube déclarée par l’établissement.` };
    }
    return { ok: false, message: `Refusée : ${parsed.hostname} n’est pas une instance Peertube déclarée par l’établissement. ${acceptedProviders}` };
  }
  return { ok: false, message: `Refusée : ${parsed.hostname} n’est pas un fournisseur reconnu. ${acceptedProviders}` };
}
