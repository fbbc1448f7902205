/**
 * Stand-in for `tileCatalogue` (contract/tiles/index.ts, written by the editors'
 * branch): the same shape, so that once it lands `catalogue.ts` imports it instead and
 * this file goes. Labels are the ones the end-to-end tests look for.
 */
import { tileDefaults } from '../../../contract/tiles/defaults.ts';
import type { TileType } from '../../../contract/tiles/index.ts';
import type { PageKind } from '../../../contract/vocabulary.ts';

export interface CatalogueEntry {
  label: string;
  description: string;
  pages: PageKind[];
  stubConfig: unknown;
}

const both: PageKind[] = ['public-home', 'personal-home'];
const personal: PageKind[] = ['personal-home'];

export const tileCatalogue: Record<TileType, CatalogueEntry> = {
  top: { label: 'Tuile haute', description: 'Une grande image en haut de la page, éventuellement liée à un article.', pages: both, stubConfig: { ...tileDefaults.top } },
  news: { label: 'Actualités', description: 'Les derniers articles des rubriques choisies.', pages: both, stubConfig: { ...tileDefaults.news } },
  selection: { label: 'Sélection d’articles', description: 'Des articles choisis un à un, dans l’ordre voulu.', pages: both, stubConfig: { ...tileDefaults.selection } },
  agenda: { label: 'Agenda', description: 'Les prochains événements des rubriques choisies.', pages: both, stubConfig: { ...tileDefaults.agenda } },
  embed: { label: 'Intégration', description: 'Une vidéo ou un outil d’un service reconnu (Peertube, Genially…).', pages: both, stubConfig: { ...tileDefaults.embed, url: 'https://' } },
  text: { label: 'Texte', description: 'Un texte libre avec des liens.', pages: both, stubConfig: { ...tileDefaults.text, html: '<p>Votre texte ici.</p>' } },
  annonces: { label: 'Annonces', description: 'Les annonces adressées à la personne connectée.', pages: personal, stubConfig: { ...tileDefaults.annonces } },
  pronote: { label: 'Pronote', description: 'Notes, devoirs et vie scolaire depuis Pronote.', pages: personal, stubConfig: { ...tileDefaults.pronote } },
  portal: { label: 'Portail de services', description: 'Des raccourcis vers les services de l’établissement.', pages: personal, stubConfig: { ...tileDefaults.portal } },
  flux: { label: 'Flux externe', description: 'Les dernières nouvelles d’un flux RSS ou Atom.', pages: both, stubConfig: { ...tileDefaults.flux, url: 'https://' } },
  'mes-actualites': { label: 'Mes actualités', description: 'Les rubriques et flux que chacun choisit de suivre.', pages: personal, stubConfig: { ...tileDefaults['mes-actualites'] } },
};
