/** Actualités: the latest articles of the chosen blog-enabled rubriques. */
import { z } from 'zod';
import { slug } from '../vocabulary.ts';
import type { ResolvedArticle } from '../items.ts';
import { flag, maxItems, title } from './common.ts';

export const newsConfig = z.object({
  title: title('Actualités'),
  rubriques: z.array(slug).max(200).default([]),
  max: maxItems,
  showDates: flag,
  showIllustration: flag,
  showSummary: flag,
});
export type NewsConfig = z.infer<typeof newsConfig>;

export interface NewsData {
  items: ResolvedArticle[];
}
