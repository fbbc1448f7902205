/** Tuile haute: one wide image (2000×453 recommended), optionally linked to an article. */
import { z } from 'zod';
import { documentId, illustration } from '../vocabulary.ts';
import type { Illustration } from '../items.ts';
import { tileDefaults } from './defaults.ts';
import { anyPage, type TileCatalogueEntry } from './catalogue-entry.ts';

const d = tileDefaults.top;

export const topConfig = z.object({
  image: illustration.nullable().default(d.image),
  article: documentId.nullable().default(d.article),
  enabled: z.boolean().default(d.enabled),
});
export type TopConfig = z.infer<typeof topConfig>;

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const topTile: TileCatalogueEntry<z.input<typeof topConfig>> = {
  label: 'Tuile haute',
  description: 'Une grande image en bandeau (2000 × 453), qui peut mener à un article.',
  pages: anyPage(),
  stubConfig: { image: null, article: null, enabled: true },
};

export interface TopData {
  /** Null when the tile is disabled or has no image. */
  image: Illustration | null;
  /** The linked article, only when the viewer may read it; otherwise null and no hint. */
  article: { id: string; title: string; summary: string; url: string } | null;
}
