/** Texte libre: fixed rich text and links, sanitized on the server. */
import { z } from 'zod';
import { title } from './common.ts';
import { tileDefaults } from './defaults.ts';
import { anyPage, type TileCatalogueEntry } from './catalogue-entry.ts';

const d = tileDefaults.text;

export const textConfig = z.object({
  title: title(d.title),
  html: z.string().max(100_000).default(d.html),
});
export type TextConfig = z.infer<typeof textConfig>;

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const textTile: TileCatalogueEntry<z.input<typeof textConfig>> = {
  label: 'Texte',
  description: 'Un texte libre mis en forme, avec des liens : horaires, contacts, informations pratiques.',
  pages: anyPage(),
  stubConfig: { title: 'Informations', html: '<p>Horaires, contacts, liens utiles : écrivez ici ce que les visiteurs doivent savoir.</p>' },
};

export interface TextData {
  /** Sanitized: no script, no event handler, no javascript: URL, no unlisted iframe. */
  html: string;
}
