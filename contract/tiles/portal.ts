/** Portail: shortcuts to services as icon tiles, optionally per profile. */
import { z } from 'zod';
import { profiles, webUrl } from '../vocabulary.ts';
import { title } from './common.ts';
import { tileDefaults } from './defaults.ts';

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

export interface PortalData {
  links: { label: string; url: string; icon: string | null }[];
}
