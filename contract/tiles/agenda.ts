/** Agenda: upcoming events of the chosen agenda-enabled rubriques, soonest first. */
import { z } from 'zod';
import { slug } from '../vocabulary.ts';
import type { ResolvedEvent } from '../items.ts';
import { flag, maxItems, title } from './common.ts';

export const agendaConfig = z.object({
  title: title('Agenda'),
  rubriques: z.array(slug).max(200).default([]),
  max: maxItems,
  showDates: flag,
  showSummary: flag,
  showLocation: flag,
});
export type AgendaConfig = z.infer<typeof agendaConfig>;

export interface AgendaData {
  items: ResolvedEvent[];
}
