/** Outil externe: an allowlisted provider's page in a sandboxed iframe. */
import { z } from 'zod';
import type { EmbedProvider } from '../embed-providers.ts';
import { title } from './common.ts';
import { tileDefaults } from './defaults.ts';
import { anyPage, type TileCatalogueEntry } from './catalogue-entry.ts';

const d = tileDefaults.embed;

export const embedConfig = z.object({
  title: title(d.title),
  url: z.string().url().max(2000),
  height: z.number().int().min(100).max(2000).default(d.height),
});
export type EmbedConfig = z.infer<typeof embedConfig>;

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const embedTile: TileCatalogueEntry<z.input<typeof embedConfig>> = {
  label: 'Intégration',
  description: 'Un outil externe autorisé (Peertube, Digipad, Pearltrees, Genially) affiché dans la page.',
  pages: anyPage(),
  stubConfig: { title: 'Mur collaboratif', url: 'https://digipad.app/', height: 400 },
};

export interface EmbedData {
  provider: EmbedProvider['id'];
  /** The provider's name, for the iframe title ("Peertube", "Genially"...). */
  providerName: string;
  src: string;
  height: number;
  /** Tokens of the iframe `sandbox` attribute this provider needs. */
  sandbox: string;
  /** The iframe `allow` attribute (fullscreen, autoplay...). */
  allow: string;
}
