/** Sélection d'articles ("À la une"): hand-picked articles in the admin's order. */
import { z } from 'zod';
import { documentId } from '../vocabulary.ts';
import type { ResolvedArticle } from '../items.ts';
import { flag, title } from './common.ts';

export const selectionConfig = z.object({
  title: title("Sélection d'articles"),
  articles: z.array(documentId).max(50).default([]),
  showIllustration: flag,
  showSummary: flag,
});
export type SelectionConfig = z.infer<typeof selectionConfig>;

export interface SelectionData {
  items: ResolvedArticle[];
}
