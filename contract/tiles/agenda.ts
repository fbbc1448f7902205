/** Agenda: upcoming events of the chosen agenda-enabled rubriques, soonest first. */
import { z } from 'zod';
import { slug } from '../vocabulary.ts';
import type { ResolvedEvent } from '../items.ts';
import { flag, maxItems, title } from './common.ts';
import { tileDefaults } from './defaults.ts';

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

export interface AgendaData {
  items: ResolvedEvent[];
}
