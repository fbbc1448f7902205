/**
 * The ENT's words, shared by the server, the elements and the composer.
 * One thing, one name: these strings are DB values, JSON values and TS types at once.
 */
import { z } from 'zod';

export const profiles = ['eleve', 'parent', 'enseignant', 'personnel', 'admin', 'invite'] as const;
export type Profile = (typeof profiles)[number];

/** Ordered from the weakest to the strongest: a higher index grants everything a lower one does. */
export const roles = ['visiteur', 'redacteur', 'redacteur-publication', 'moderateur', 'gestionnaire'] as const;
export type Role = (typeof roles)[number];

export const visibilities = ['public', 'private'] as const;
export type Visibility = (typeof visibilities)[number];

export const services = ['blog', 'agenda'] as const;
export type Service = (typeof services)[number];

export const articleStatuses = ['draft', 'pending', 'published'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const pageKinds = ['public-home', 'personal-home'] as const;
export type PageKind = (typeof pageKinds)[number];

/** Lower-case words joined by dashes: `vie-scolaire`, `6e-a`. */
export const slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lettres minuscules, chiffres et tirets uniquement');

/** An article or event id as written in a site document: letters, digits, `-` and `_`. */
export const documentId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'lettres, chiffres, « - » et « _ » uniquement');

/**
 * A link or image address: https/http, or a path on the Tuiles server (`/media/...`).
 * Anything else (`javascript:`, `data:`, protocol-relative `//host`) is refused, whatever
 * the element that renders it does.
 */
export const webUrl = z
  .string()
  .min(1)
  .max(2000)
  // `/\\host` counts too: browsers read it as `//host`, another site.
  .refine((s) => /^https?:\/\/[^\s\\]+$/i.test(s) || /^\/(?![\/\\])[^\s\\]*$/.test(s), 'adresse http(s) ou chemin commençant par « / » attendu');

export const illustration = z.object({
  url: webUrl,
  alt: z.string().max(500).default(''),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type IllustrationInput = z.infer<typeof illustration>;
