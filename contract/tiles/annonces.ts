/** Annonces (communication ciblée): the viewer's current targeted announcements. Built later. */
import { z } from 'zod';
import { maxItems, title } from './common.ts';

export const annoncesConfig = z.object({ title: title('Annonces'), max: maxItems });
export type AnnoncesConfig = z.infer<typeof annoncesConfig>;

export interface AnnoncesData {
  items: { id: string; kind: 'information' | 'avertissement' | 'alerte'; title: string; body: string; url: string | null }[];
}
