/**
 * What the composer shows of a tile type before any is placed: its French label, one
 * sentence saying what it shows, the pages it may go on, and the config a new tile
 * starts with. Zod-free and type-only here; each `contract/tiles/<type>.ts` exports its
 * own entry beside its schema, gathered as `tileCatalogue` in `./index.ts`.
 */
import type { PageKind } from '../vocabulary.ts';

export interface TileCatalogueEntry<Config = unknown> {
  /** The type's French name (« Actualités »): the composer's « Ajouter une tuile » list and card names. */
  label: string;
  /** One French sentence: what a visitor sees in it. */
  description: string;
  /** The pages the server accepts it on (`personalOnly` resolvers: the personal page only). */
  pages: PageKind[];
  /** A new tile's config: passes the schema and the site checks, and shows something where it can. */
  stubConfig: Config;
}

/** Every page kind: for the tile types the server accepts anywhere. */
export const anyPage = (): PageKind[] => ['public-home', 'personal-home'];
