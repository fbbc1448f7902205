/** Actualités: the latest articles of the chosen blog-enabled rubriques. */
import { z } from 'zod';
import { slug } from '../vocabulary.ts';
import type { ResolvedArticle } from '../items.ts';
import { flag, maxItems, title } from './common.ts';
import { tileDefaults } from './defaults.ts';
import { anyPage, type TileCatalogueEntry } from './catalogue-entry.ts';

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

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const newsTile: TileCatalogueEntry<z.input<typeof newsConfig>> = {
  label: 'Actualités',
  description: 'Les derniers articles des rubriques choisies, les plus récents d’abord.',
  pages: anyPage(),
  stubConfig: { title: 'Actualités', rubriques: [], max: 6, showDates: true, showIllustration: true, showSummary: true },
};

export interface NewsData {
  items: ResolvedArticle[];
}
