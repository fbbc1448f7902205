/** Sélection d'articles ("À la une"): hand-picked articles in the admin's order. */
import { z } from 'zod';
import { documentId } from '../vocabulary.ts';
import type { ResolvedArticle } from '../items.ts';
import { flag, title } from './common.ts';
import { tileDefaults } from './defaults.ts';

const d = tileDefaults.selection;

export const selectionConfig = z.object({
  title: title(d.title),
  articles: z.array(documentId).max(50).default(d.articles),
  showIllustration: flag(d.showIllustration),
  showSummary: flag(d.showSummary),
});
export type SelectionConfig = z.infer<typeof selectionConfig>;

export interface SelectionData {
  items: ResolvedArticle[];
}
