/**
 * Annonces (communication ciblée): what an author sends (`annonceInput`) and what the
 * management routes answer. The tile's own data type is in tiles/annonces.ts.
 */
import { z } from 'zod';
import { documentId, illustration, profiles, slug, type IllustrationInput, type Profile } from './vocabulary.ts';

export const annonceKinds = ['information', 'avertissement', 'alerte'] as const;
export type AnnonceKind = (typeof annonceKinds)[number];

/** Up to this many targets per annonce, as the ENT's console allows. */
export const MAX_TARGETS = 10;

/** A calendar day, `2026-11-23`, in the schools' time zone. */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'date invalide');

/** Who an annonce is for: every field given must match (a user matches when any target does). */
export const annonceTarget = z
  .strictObject({
    profile: z.enum(profiles).optional(),
    niveau: z.string().trim().min(1).max(50).optional(),
    fonction: z.string().trim().min(1).max(200).optional(),
    /** A group slug of the site. */
    group: slug.optional(),
  })
  .refine((t) => t.profile !== undefined || t.niveau !== undefined || t.fonction !== undefined || t.group !== undefined, {
    message: 'une cible précise au moins un profil, un niveau, une fonction ou un groupe',
  });
export type AnnonceTarget = z.infer<typeof annonceTarget>;

/** An article id of the site, or an http(s) address. */
export const annonceLink = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => /^https?:\/\/[^\s\\]+$/i.test(s) || documentId.safeParse(s).success, "identifiant d'article ou adresse http(s) attendu");

export const isExternalLink = (link: string) => /^https?:\/\//i.test(link);

export const annonceFields = z.object({
  kind: z.enum(annonceKinds, "type attendu : information, avertissement ou alerte"),
  title: z.string().trim().min(1, 'titre requis').max(200),
  /** Rich text; sanitized by the server before it is stored. */
  body: z.string().max(20_000).default(''),
  link: annonceLink.nullish(),
  illustration: illustration.nullish(),
  start: calendarDay,
  end: calendarDay,
  targets: z.array(annonceTarget).min(1, 'au moins une cible').max(MAX_TARGETS, `${MAX_TARGETS} cibles au plus`),
  /** Also send it by e-mail to its targets who have an address. */
  email: z.boolean().default(false),
});

const windowInOrder = (a: { start: string; end: string }) => a.end >= a.start;
const windowMessage = { message: 'la fin de publication précède le début', path: ['end'] };

export const annonceInput = annonceFields.refine(windowInOrder, windowMessage);
export type AnnonceInput = z.infer<typeof annonceInput>;

/** PATCH: any subset of the fields; the merged annonce is checked as a whole. */
export const annoncePatch = annonceFields.partial();

/** Who may write annonces besides site admins: `personnel` with one of these fonctions. */
export const annonceSettings = z.object({
  fonctions: z.array(z.string().trim().min(1).max(200)).max(100),
});

/** One annonce as its author and the site admins see it. Never who did not read it. */
export interface ManagedAnnonce {
  id: string;
  kind: AnnonceKind;
  title: string;
  body: string;
  link: string | null;
  illustration: IllustrationInput | null;
  start: string;
  end: string;
  targets: { profile?: Profile; niveau?: string; fonction?: string; group?: string }[];
  email: boolean;
  author: { login: string; displayName: string } | null;
  createdAt: string;
  updatedAt: string;
  /** Users targeted today, and how many of them marked it read. */
  counts: { targeted: number; read: number };
}

/** `GET /api/sites/:site/annonces` */
export interface AnnoncesListResponse {
  /** False when the server has no SMTP configured: the e-mail option is hidden. */
  emailAvailable: boolean;
  /** The fonctions of `personnel` allowed to write annonces on this site. */
  fonctions: string[];
  annonces: ManagedAnnonce[];
}
