/**
 * The French words of the tile editors: per tile type, each config field's label, an
 * optional hint, and (for the fields that name content or need more than a text box)
 * the widget that edits it. Field names are the schema's (contract/tiles/<type>.ts);
 * a field missing here falls back to its name, which the element tests forbid.
 */
import type { TileType } from '../../../contract/tiles/index.ts';
import type { MediaUsage } from '../../../contract/media-crop.ts';

/** Fields edited by something other than the generated input. */
export type Widget =
  | { kind: 'rubriques'; service: 'blog' | 'agenda' }
  | { kind: 'articles' }
  | { kind: 'article' }
  | { kind: 'image'; usage: MediaUsage }
  | { kind: 'embed-url' }
  | { kind: 'textarea' };

export interface FieldWords {
  label: string;
  hint?: string;
  widget?: Widget;
  /** Arrays of objects: the one-item name (« Lien ») and the item fields' words. */
  item?: { name: string; fields: Record<string, FieldWords> };
}

const title: FieldWords = { label: 'Titre' };
const showDates: FieldWords = { label: 'Afficher les dates' };
const showIllustration: FieldWords = { label: 'Afficher les illustrations' };
const showSummary: FieldWords = { label: 'Afficher les résumés' };

export const fieldWords: Record<TileType, Record<string, FieldWords>> = {
  top: {
    image: { label: 'Image', hint: 'Bandeau de 2000 × 453 pixels : l’image est recadrée autour du point focal.', widget: { kind: 'image', usage: 'top' } },
    article: { label: 'Article lié', hint: 'Facultatif : l’image mène à cet article.', widget: { kind: 'article' } },
    enabled: { label: 'Afficher la tuile' },
  },
  news: {
    title,
    rubriques: { label: 'Rubriques', hint: 'Seules les rubriques avec un blog sont proposées.', widget: { kind: 'rubriques', service: 'blog' } },
    max: { label: 'Nombre d’articles' },
    showDates,
    showIllustration,
    showSummary,
  },
  selection: {
    title,
    articles: { label: 'Articles', hint: 'Affichés dans cet ordre.', widget: { kind: 'articles' } },
    showIllustration,
    showSummary,
  },
  agenda: {
    title,
    rubriques: { label: 'Rubriques', hint: 'Seules les rubriques avec un agenda sont proposées.', widget: { kind: 'rubriques', service: 'agenda' } },
    max: { label: 'Nombre d’événements' },
    showDates,
    showSummary,
    showLocation: { label: 'Afficher les lieux' },
  },
  embed: {
    title,
    url: { label: 'Adresse (URL)', widget: { kind: 'embed-url' } },
    height: { label: 'Hauteur (en pixels)' },
  },
  text: {
    title,
    html: { label: 'Contenu', hint: 'En HTML : paragraphes, listes, liens. Le serveur retire tout ce qui pourrait être dangereux.', widget: { kind: 'textarea' } },
  },
  annonces: { title, max: { label: 'Nombre d’annonces' } },
  pronote: {
    title,
    showGrades: { label: 'Afficher les notes' },
    showEvaluations: { label: 'Afficher les évaluations' },
    showVieScolaire: { label: 'Afficher la vie scolaire' },
    showHomework: { label: 'Afficher le travail à faire' },
    max: { label: 'Nombre d’éléments par liste' },
  },
  portal: {
    title,
    links: {
      label: 'Liens',
      item: {
        name: 'Lien',
        fields: {
          label: { label: 'Libellé' },
          url: { label: 'Adresse', hint: 'https://… ou un chemin du site commençant par « / ».' },
          icon: { label: 'Icône (adresse de l’image)', hint: 'Facultatif.' },
          profiles: { label: 'Profils', hint: 'Aucun coché : le lien est montré à tout le monde.' },
        },
      },
    },
  },
  flux: {
    title,
    url: { label: 'Adresse du flux RSS ou Atom', hint: 'https://… : le serveur lit le flux, jamais le navigateur des visiteurs.' },
    max: { label: 'Nombre d’éléments' },
  },
  'mes-actualites': { title, max: { label: 'Nombre d’éléments' } },
};

/** The words of enum values the schemas use (profiles). */
export const optionWords: Record<string, string> = {
  eleve: 'Élèves',
  parent: 'Parents',
  enseignant: 'Enseignants',
  personnel: 'Personnels',
  admin: 'Administrateurs',
  invite: 'Invités',
};
