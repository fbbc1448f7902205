/** Annonces (communication ciblée): the viewer's current targeted announcements. Built later. */
import { z } from 'zod';
import { maxItems, title } from './common.ts';
import { tileDefaults } from './defaults.ts';

const d = tileDefaults.annonces;

export const annoncesConfig = z.object({ title: title(d.title), max: maxItems(d.max) });
export type AnnoncesConfig = z.infer<typeof annoncesConfig>;

export interface AnnoncesData {
  items: { id: string; kind: 'information' | 'avertissement' | 'alerte'; title: string; body: string; url: string | null }[];
}
