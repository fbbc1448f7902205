/** Portail: shortcuts to services as icon tiles, optionally per profile. */
import { z } from 'zod';
import { profiles, webUrl } from '../vocabulary.ts';
import { title } from './common.ts';
import { tileDefaults } from './defaults.ts';
import type { TileCatalogueEntry } from './catalogue-entry.ts';

const d = tileDefaults.portal;

export const portalConfig = z.object({
  title: title(d.title),
  links: z
    .array(
      z.object({
        label: z.string().min(1).max(100),
        url: webUrl,
        icon: webUrl.optional(),
        profiles: z.array(z.enum(profiles)).optional(),
      }),
    )
    .max(50)
    .default(d.links),
});
export type PortalConfig = z.infer<typeof portalConfig>;

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const portalTile: TileCatalogueEntry<z.input<typeof portalConfig>> = {
  label: 'Portail de services',
  description: 'Des raccourcis vers les services en ligne, éventuellement selon le profil.',
  pages: ['personal-home'],
  stubConfig: {
    title: 'Mes services',
    links: [
      { label: 'EduConnect', url: 'https://educonnect.education.gouv.fr/', profiles: ['eleve', 'parent'] },
      { label: 'Onisep', url: 'https://www.onisep.fr/' },
    ],
  },
};

export interface PortalData {
  links: { label: string; url: string; icon: string | null }[];
}
