/**
 * Flux externe: the latest items of an external RSS/Atom feed (a town hall's news, a
 * Mastodon or PeerTube channel), fetched by the Tuiles server, never by the visitor's
 * browser.
 */
import { z } from 'zod';
import { maxItems, title } from './common.ts';
import { tileDefaults } from './defaults.ts';
import { anyPage, type TileCatalogueEntry } from './catalogue-entry.ts';

const d = tileDefaults.flux;

export const fluxConfig = z.object({
  title: title(d.title),
  url: z
    .string()
    .max(2000)
    .refine((s) => /^https?:\/\/[^\s\\]+$/i.test(s), 'adresse http:// ou https:// du flux RSS ou Atom attendue'),
  max: maxItems(d.max),
});
export type FluxConfig = z.infer<typeof fluxConfig>;

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const fluxTile: TileCatalogueEntry<z.input<typeof fluxConfig>> = {
  label: 'Flux externe',
  description: 'Les derniers éléments d’un flux RSS ou Atom d’un autre site (mairie, chaîne vidéo…).',
  pages: anyPage(),
  stubConfig: { title: 'Flux externe', url: 'https://www.lemonde.fr/education/rss_full.xml', max: 5 },
};

/** One item of an external feed: plain text title, http(s) link or null, ISO date or null. */
export interface ExternalItem {
  title: string;
  url: string | null;
  date: string | null;
}

export interface FluxData {
  /** The feed's own name and site, when it could be read. */
  source: { title: string; link: string | null } | null;
  items: ExternalItem[];
  /** Why the feed could not be read (French), shown in place of the items; null when it was. */
  problem: string | null;
}
