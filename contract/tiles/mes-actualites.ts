/**
 * Mes actualités (personal page only): the latest articles of the blog rubriques the
 * viewer chose (among those they may read) and the items of the external feeds they
 * added, newest first. The choices live in the viewer's preferences
 * (`GET|PUT /api/me/preferences`), not in the tile's config.
 */
import { z } from 'zod';
import type { ResolvedArticle } from '../items.ts';
import { maxItems, title } from './common.ts';
import { tileDefaults } from './defaults.ts';
import type { TileCatalogueEntry } from './catalogue-entry.ts';

const d = tileDefaults['mes-actualites'];
import type { ExternalItem } from './flux.ts';

export const mesActualitesConfig = z.object({
  title: title(d.title),
  max: maxItems(d.max),
});
export type MesActualitesConfig = z.infer<typeof mesActualitesConfig>;

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const mesActualitesTile: TileCatalogueEntry<z.input<typeof mesActualitesConfig>> = {
  label: 'Mes actualités',
  description: 'Les articles des rubriques et les flux que chaque personne choisit elle-même.',
  pages: ['personal-home'],
  stubConfig: { title: 'Mes actualités', max: 10 },
};

export type MesActualitesItem =
  | { kind: 'article'; date: string; article: ResolvedArticle }
  | { kind: 'external'; date: string | null; source: string; item: ExternalItem };

export interface MesActualitesData {
  items: MesActualitesItem[];
  /** One line per external feed that could not be read: its name or URL, and why (French). */
  problems: { url: string; message: string }[];
  /** False until the viewer chose anything: the element then invites them to. */
  chosen: boolean;
}

/** The viewer's choices for the personal page, as `GET|PUT /api/me/preferences` carry them. */
export interface PreferencesBody {
  /** Blog rubriques for « Mes actualités » (slugs). */
  rubriques: string[];
  /** External RSS/Atom feed URLs, at most 10. */
  feeds: string[];
  /** Optional personal-home tiles the viewer hid (tile ids). */
  hiddenTiles: string[];
  /** Optional personal-home tiles in the viewer's order (tile ids). */
  order: string[];
}

/** `GET /api/me/preferences`: the choices, and what may be chosen. */
export interface PreferencesResponse extends PreferencesBody {
  choices: {
    rubriques: { slug: string; title: string }[];
    optionalTiles: { id: string; type: string; title: string }[];
  };
}

export const MAX_FEEDS = 10;
