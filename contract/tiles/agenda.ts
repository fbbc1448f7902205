/** Agenda: upcoming events of the chosen agenda-enabled rubriques, soonest first. */
import { z } from 'zod';
import { slug } from '../vocabulary.ts';
import type { ResolvedEvent } from '../items.ts';
import { flag, maxItems, title } from './common.ts';
import { tileDefaults } from './defaults.ts';
import { anyPage, type TileCatalogueEntry } from './catalogue-entry.ts';

const d = tileDefaults.agenda;

export const agendaConfig = z.object({
  title: title(d.title),
  rubriques: z.array(slug).max(200).default(d.rubriques),
  max: maxItems(d.max),
  showDates: flag(d.showDates),
  showSummary: flag(d.showSummary),
  showLocation: flag(d.showLocation),
});
export type AgendaConfig = z.infer<typeof agendaConfig>;

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const agendaTile: TileCatalogueEntry<z.input<typeof agendaConfig>> = {
  label: 'Agenda',
  description: 'Les prochains événements des rubriques choisies, les plus proches d’abord.',
  pages: anyPage(),
  stubConfig: { title: 'Agenda', rubriques: [], max: 6, showDates: true, showSummary: true, showLocation: true },
};

export interface AgendaData {
  items: ResolvedEvent[];
}
