/** Actualités: the latest articles of the chosen blog-enabled rubriques. */
import { z } from 'zod';
import { slug } from '../vocabulary.ts';
import type { ResolvedArticle } from '../items.ts';
import { flag, maxItems, title } from './common.ts';
import { tileDefaults } from './defaults.ts';

const d = tileDefaults.news;

export const newsConfig = z.object({
  title: title(d.title),
  rubriques: z.array(slug).max(200).default(d.rubriques),
  max: maxItems(d.max),
  showDates: flag(d.showDates),
  showIllustration: flag(d.showIllustration),
  showSummary: flag(d.showSummary),
});
export type NewsConfig = z.infer<typeof newsConfig>;

export interface NewsData {
  items: ResolvedArticle[];
}
