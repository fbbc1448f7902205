/** Sélection d'articles ("À la une"): hand-picked articles in the admin's order. */
import { z } from 'zod';
import { documentId } from '../vocabulary.ts';
import type { ResolvedArticle } from '../items.ts';
import { flag, title } from './common.ts';
import { tileDefaults } from './defaults.ts';
import { anyPage, type TileCatalogueEntry } from './catalogue-entry.ts';

const d = tileDefaults.selection;

export const selectionConfig = z.object({
  title: title(d.title),
  articles: z.array(documentId).max(50).default(d.articles),
  showIllustration: flag(d.showIllustration),
  showSummary: flag(d.showSummary),
});
export type SelectionConfig = z.infer<typeof selectionConfig>;

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const selectionTile: TileCatalogueEntry<z.input<typeof selectionConfig>> = {
  label: 'Sélection d’articles',
  description: 'Des articles choisis un par un, dans l’ordre voulu (« À la une »).',
  pages: anyPage(),
  stubConfig: { title: 'À la une', articles: [], showIllustration: true, showSummary: true },
};

export interface SelectionData {
  items: ResolvedArticle[];
}
