/**
 * The site document: how a school migrates or backs up its content, and our fixtures.
 * This schema checks each value; `import.ts` then checks what refers to what.
 */
import { z } from 'zod';
import { htmlProblem } from '../content/html-limits.ts';
import { scryptCostProblem } from '../auth/passwords.ts';
import { identityProviderSchema } from '../auth/identities.ts';
import {
  articleStatuses,
  documentId,
  illustration,
  pageKinds,
  profiles,
  roles,
  services,
  slug,
  visibilities,
} from '../../contract/vocabulary.ts';
import { annonceFields } from '../../contract/annonces.ts';
import { pronoteSettings } from '../../contract/tiles/pronote.ts';

/**
 * An ISO 8601 date (`2026-12-19`, read as midnight UTC: all-day events) or a date-time
 * with its offset (`Z`, `+01:00`): without one, the same file would mean another
 * instant on a server in another time zone. Stored as UTC.
 */
export const isoText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/, 'date ISO 8601 attendue (avec fuseau : Z ou +01:00)')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'date invalide');
export const instant = isoText.transform((s) => new Date(s).toISOString());

/**
 * An event's start or end as stored: an all-day event is about calendar days, the day
 * as written whatever offset follows it, at midnight UTC (`end` is its last day,
 * inclusive); a timed event is its instant in UTC.
 */
export const eventInstant = (text: string, allDay: boolean) =>
  allDay ? `${text.slice(0, 10)}T00:00:00.000Z` : new Date(text).toISOString();

const role = z.enum(roles);
const right = z.union([
  z.strictObject({ profile: z.enum(profiles), role }),
  z.strictObject({ group: slug, role }),
  z.strictObject({ user: z.string().min(1), role }),
]);

const user = z
  .object({
    login: z.string().min(1).max(100).regex(/^[^\s]+$/, 'sans espace'),
    password: z.string().min(8, '8 caractères au moins').max(200).optional(),
    /** What an export writes instead of the password it cannot know. */
    passwordHash: z
      .string()
      .regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/, 'empreinte scrypt attendue (scrypt$N$r$p$sel$hash)')
      .superRefine((hash, ctx) => {
        const problem = scryptCostProblem(hash);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    displayName: z.string().min(1).max(200),
    profile: z.enum(profiles),
    niveau: z.string().max(50).nullish(),
    fonction: z.string().max(200).nullish(),
    groups: z.array(slug).default([]),
    /** Where annonces sent by e-mail go. */
    email: z.email('adresse e-mail invalide').max(254).nullish(),
    // What PRONOTE recognises the user by (CAS service profile); all optional.
    nom: z.string().max(100).nullish(),
    prenom: z.string().max(100).nullish(),
    birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue').nullish(),
    postalCode: z.string().max(10).nullish(),
    pronoteId: z.string().max(100).nullish(),
  })
  .refine((u) => (u.password === undefined) !== (u.passwordHash === undefined), {
    message: 'password ou passwordHash, exactement un des deux',
    path: ['password'],
  });

const tile = z.object({
  id: z.string().min(1).max(80).optional(),
  type: z.string(),
  config: z.unknown().optional(),
  /** On personal-home: the user may hide or move this tile. */
  optional: z.boolean().optional(),
});

export const siteDocumentSchema = z.object({
  site: z.object({
    slug,
    name: z.string().min(1).max(200),
    peertubeHosts: z.array(z.string().regex(/^[a-z0-9.-]+$/i, 'nom d\'hôte attendu')).default([]),
    /** Fonctions of `personnel` allowed to write annonces (communication ciblée). */
    annoncesFonctions: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  }),
  groups: z.array(z.object({ slug, name: z.string().min(1).max(200) })).default([]),
  users: z.array(user).default([]),
  rubriques: z
    .array(
      z.object({
        slug,
        title: z.string().min(1).max(200),
        parent: slug.nullish(),
        visibility: z.enum(visibilities),
        services: z.array(z.enum(services)).default([]),
        rights: z.array(right).default([]),
      }),
    )
    .default([]),
  articles: z
    .array(
      z.object({
        id: documentId,
        rubrique: slug,
        title: z.string().min(1).max(300),
        summary: z.string().max(2000).default(''),
        body: z
          .string()
          .default('')
          .superRefine((html, ctx) => {
            const problem = htmlProblem(html);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          }),
        status: z.enum(articleStatuses),
        publishedAt: instant,
        updatedAt: instant.optional(),
        author: z.string().nullish(),
        illustration: illustration.nullish(),
      }),
    )
    .default([]),
  events: z
    .array(
      z.object({
        id: documentId,
        rubrique: slug,
        title: z.string().min(1).max(300),
        summary: z.string().max(2000).default(''),
        location: z.string().max(300).default(''),
        start: isoText,
        end: isoText,
        allDay: z.boolean().default(false),
        /** The login of who wrote it (authoring API); absent for events from elsewhere. */
        author: z.string().nullish(),
      })
      // An all-day event is about calendar days: the day as written, whatever offset
      // follows it, stored at midnight UTC. `end` is its last day, inclusive.
      .transform((e) => ({ ...e, start: eventInstant(e.start, e.allDay), end: eventInstant(e.end, e.allDay) })),
    )
    .default([]),
  pages: z.partialRecord(z.enum(pageKinds), z.array(tile).max(100)).default({}),
  /** Annonces (communication ciblée); importing one sends no e-mail. */
  annonces: z
    .array(
      annonceFields
        .extend({
          /** Login of the author. */
          author: z.string().nullish(),
          createdAt: instant.optional(),
          /** Logins of those who marked it read. */
          readBy: z.array(z.string().min(1)).default([]),
        })
        .refine((a) => a.end >= a.start, { message: 'la fin de publication précède le début', path: ['end'] }),
    )
    .default([]),
  /** Pronote settings (as PUT /api/sites/:site/settings/pronote). */
  pronote: pronoteSettings.optional(),
  /** The other services the site's CAS server gives tickets to (Pix, e-sidoc…). */
  casServices: z
    .array(z.object({ name: z.string().min(1).max(100), urlPattern: z.string().regex(/^https?:\/\/\S+$/, 'adresse http(s) complète attendue').max(2000) }))
    .max(100)
    .default([]),
  /** Login through SAML / OpenID Connect providers, shown on the login form in this order. */
  identityProviders: z.array(identityProviderSchema).max(20).default([]),
  /**
   * Uploaded media, as metadata: the files themselves live under TUILES_MEDIA_DIR
   * (`<site id>/<medium id>/<variant>`), copied with the folder, not in the document.
   */
  media: z
    .array(
      z.object({
        id: z.string().regex(/^[0-9a-f]{32}$/, 'identifiant de média attendu (32 chiffres hexadécimaux)'),
        usage: z.enum(['illustration', 'top']),
        alt: z.string().max(500),
        format: z.enum(['jpeg', 'png', 'webp', 'gif']),
        width: z.number().int().positive(),
        height: z.number().int().positive(),
        focus: z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }),
        animated: z.boolean(),
        variants: z.array(z.string().regex(/^\d+\.(webp|jpg|png|gif)$/, 'variante attendue (800.webp)')).max(20),
        bytes: z.number().int().nonnegative(),
        author: z.string().nullish(),
        createdAt: instant,
      }),
    )
    .max(10_000)
    .default([]),
});

export type SiteDocumentInput = z.input<typeof siteDocumentSchema>;
export type SiteDocument = z.output<typeof siteDocumentSchema>;
