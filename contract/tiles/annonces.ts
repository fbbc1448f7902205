/** Annonces (communication ciblée): the viewer's current targeted announcements. */
import { z } from 'zod';
import { maxItems, title } from './common.ts';
import { tileDefaults } from './defaults.ts';
import type { TileCatalogueEntry } from './catalogue-entry.ts';
import type { AnnonceKind } from '../annonces.ts';

const d = tileDefaults.annonces;

export const annoncesConfig = z.object({ title: title(d.title), max: maxItems(d.max) });
export type AnnoncesConfig = z.infer<typeof annoncesConfig>;

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const annoncesTile: TileCatalogueEntry<z.input<typeof annoncesConfig>> = {
  label: 'Annonces',
  description: 'Les annonces ciblées en cours adressées à la personne connectée.',
  pages: ['personal-home'],
  stubConfig: { title: 'Annonces', max: 6 },
};

export interface AnnonceItem {
  id: string;
  kind: AnnonceKind;
  title: string;
  /** Sanitized HTML. */
  body: string;
  /** The linked article (only when this viewer may read it) or external page; null: none. */
  url: string | null;
  /** True when `url` leaves the site. */
  external: boolean;
  illustration: { url: string; alt: string; width: number | null; height: number | null } | null;
  /** Calendar days of the publication window. */
  start: string;
  end: string;
  read: boolean;
  /** `POST` here (with the session) to mark it read. */
  readUrl: string;
}

/** Alertes first, then unread before read. */
export interface AnnoncesData {
  items: AnnonceItem[];
}
