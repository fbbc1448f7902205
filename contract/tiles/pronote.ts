/**
 * Pronote: the block on the personal page (latest grades, evaluations, vie scolaire,
 * homework due; a parent sees each child) and the site's Pronote settings, as in the
 * ENT console (« Paramétrage Pronote »).
 */
import { z } from 'zod';
import { flag, title } from './common.ts';
import { tileDefaults } from './defaults.ts';
import type { TileCatalogueEntry } from './catalogue-entry.ts';

const d = tileDefaults.pronote;

export const pronoteConfig = z.object({
  title: title(d.title),
  showGrades: flag(d.showGrades),
  showEvaluations: flag(d.showEvaluations),
  showVieScolaire: flag(d.showVieScolaire),
  showHomework: flag(d.showHomework),
  /** How many items of each list (grades, evaluations, events, homework). */
  max: z.number().int().min(1).max(20).default(d.max),
});
export type PronoteConfig = z.infer<typeof pronoteConfig>;

/** The composer's entry for this type (contract/tiles/catalogue-entry.ts). */
export const pronoteTile: TileCatalogueEntry<z.input<typeof pronoteConfig>> = {
  label: 'Pronote',
  description: 'Les dernières notes, évaluations, événements de vie scolaire et devoirs de Pronote.',
  pages: ['personal-home'],
  stubConfig: { title: 'Pronote', showGrades: true, showEvaluations: true, showVieScolaire: true, showHomework: true, max: 4 },
};

/** The two ways PRONOTE can recognise an ENT user (« Interconnexion CAS »). */
export const pronoteProfileModes = ['identite', 'identifiant-pronote'] as const;
export type PronoteProfileMode = (typeof pronoteProfileModes)[number];

export const pronoteSsoTypes = ['cas', 'none'] as const;

/** An http(s) URL of a PRONOTE.net server (`https://0120001a.index-education.net/pronote/`). */
const pronoteUrl = z
  .string()
  .max(500)
  .refine((s) => {
    try {
      const url = new URL(s);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.hash;
    } catch {
      return false;
    }
  }, 'adresse http(s) du serveur PRONOTE attendue (https://…/pronote/)');

export const pronoteSettings = z.object({
  /** Show the Pronote block on the personal page. */
  showBlock: z.boolean().default(true),
  /** Show Pronote in the quick-access zone (« Ouvrir Pronote »). */
  showInQuickAccess: z.boolean().default(true),
  url: pronoteUrl.nullable().default(null),
  /** The PRONOTE version the school runs (« 2025 »). */
  version: z.string().trim().max(20).default(''),
  /** `cas`: « SSO Pronote avec CAS » (Tuiles is the CAS server); `none`: a plain link. */
  sso: z.enum(pronoteSsoTypes).default('cas'),
  serviceProfile: z
    .object({
      mode: z.enum(pronoteProfileModes).default('identite'),
      /** The CAS attribute that carries the PRONOTE-ENT identifier (`identifiant-pronote` mode). */
      attribute: z
        .string()
        .max(60)
        .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, "nom d'attribut XML attendu (lettres, chiffres, _ . -)")
        .default('identifiantPronote'),
    })
    .default({ mode: 'identite', attribute: 'identifiantPronote' }),
});
export type PronoteSettings = z.infer<typeof pronoteSettings>;
export type PronoteSettingsInput = z.input<typeof pronoteSettings>;

export interface PronoteGrade {
  subject: string;
  /** As PRONOTE writes it, in French: `15,5`, `Abs`, `Disp`. */
  mark: string;
  scale: string;
  /** yyyy-mm-dd */
  date: string;
}

export interface PronoteEvaluation {
  subject: string;
  /** The skill or the evaluation's title. */
  skill: string;
  /** « Acquis », « En cours d'acquisition »… */
  level: string;
  date: string;
}

export const vieScolaireKinds = ['absence', 'retard', 'punition', 'sanction'] as const;
export type VieScolaireKind = (typeof vieScolaireKinds)[number];

export interface PronoteEvent {
  kind: VieScolaireKind;
  /** yyyy-mm-dd or yyyy-mm-ddThh:mm:ss (PRONOTE's local time, no offset). */
  date: string;
  end?: string;
  /** Nature of a punishment or sanction, reason of an absence… */
  label: string;
  justified?: boolean;
}

export interface PronoteHomework {
  subject: string;
  /** Plain text (PRONOTE's HTML is reduced to text on the server). */
  description: string;
  /** yyyy-mm-dd */
  due: string;
}

/** One pupil's summary: the viewer themself, or one child of a parent. */
export interface PronotePupil {
  name: string;
  grades: PronoteGrade[];
  evaluations: PronoteEvaluation[];
  events: PronoteEvent[];
  homework: PronoteHomework[];
}

export type PronoteData =
  /** The block is off, or Pronote is not set up for the site. */
  | { state: 'disabled' }
  /** `pupils`: one for a pupil, one per child for a parent, none for staff. */
  | { state: 'ok'; openUrl: string | null; viewer: 'eleve' | 'parent' | 'other'; pupils: PronotePupil[] }
  /** PRONOTE could not be reached, timed out or answered garbage. */
  | { state: 'unavailable'; openUrl: string | null; message: string };
