/**
 * The shape of a site document (the import/export format) as the demo writes it.
 * The server validates documents with its own zod schema on import; these types only
 * keep the demo honest at compile time. Tile configs are the contract's own types.
 */
import type { PageKind, Profile, Role, Service, Visibility, ArticleStatus } from '../../contract/vocabulary.ts';
import type { Tile, TileConfig, TileType } from '../../contract/tiles/index.ts';
import type { PronoteSettingsInput } from '../../contract/tiles/pronote.ts';

export type RubriqueRight =
  | { profile: Profile; role: Role }
  | { group: string; role: Role }
  | { user: string; role: Role };

export interface DocumentSite {
  slug: string;
  name: string;
  peertubeHosts?: string[];
  /** Fonctions of `personnel` allowed to write annonces. */
  annoncesFonctions?: string[];
}

export interface DocumentGroup {
  slug: string;
  name: string;
}

export interface DocumentUser {
  login: string;
  password: string;
  displayName: string;
  profile: Profile;
  niveau?: string;
  fonction?: string;
  /** Group slugs. */
  groups?: string[];
  /** Where annonces sent by e-mail go. */
  email?: string;
  /** What PRONOTE recognises the user by (CAS service profile « identité »). */
  nom?: string;
  prenom?: string;
  /** yyyy-mm-dd */
  birthDate?: string;
  postalCode?: string;
  pronoteId?: string;
}

export interface DocumentRubrique {
  slug: string;
  title: string;
  /** Slug of the parent rubrique, which comes earlier in the array. */
  parent?: string;
  visibility: Visibility;
  services: Service[];
  rights: RubriqueRight[];
}

export interface DocumentIllustration {
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface DocumentArticle {
  id: string;
  rubrique: string;
  title: string;
  summary: string;
  /** HTML: <p>, <ul>/<li>, <a href>, <strong>. */
  body: string;
  status: ArticleStatus;
  /** ISO 8601, UTC. In the future for a scheduled article. */
  publishedAt: string;
  updatedAt?: string;
  /** Login of the author. */
  author?: string;
  illustration?: DocumentIllustration;
}

export interface DocumentEvent {
  id: string;
  rubrique: string;
  title: string;
  summary?: string;
  location?: string;
  /** ISO 8601, UTC; midnight UTC of the first day for an all-day event. */
  start: string;
  /** ISO 8601, UTC; midnight UTC of the last day for an all-day event. */
  end: string;
  allDay?: boolean;
}

export interface DocumentAnnonce {
  kind: 'information' | 'avertissement' | 'alerte';
  title: string;
  /** HTML, sanitized on import. */
  body: string;
  /** An article id, or an http(s) URL. */
  link?: string;
  /** Calendar days (YYYY-MM-DD), Paris time, inclusive. */
  start: string;
  end: string;
  targets: { profile?: Profile; niveau?: string; fonction?: string; group?: string }[];
  email?: boolean;
  /** Login of the author. */
  author?: string;
}

export interface SiteDocument {
  site: DocumentSite;
  groups: DocumentGroup[];
  users: DocumentUser[];
  rubriques: DocumentRubrique[];
  articles: DocumentArticle[];
  events: DocumentEvent[];
  pages: Record<PageKind, Tile[]>;
  annonces?: DocumentAnnonce[];
  pronote?: PronoteSettingsInput;
  casServices?: { name: string; urlPattern: string }[];
}

/** A tile whose config is checked against its own type's schema at compile time. */
export function tile<T extends TileType>(id: string, type: T, config: TileConfig<T>): Tile {
  return { id, type, config } as Tile;
}
