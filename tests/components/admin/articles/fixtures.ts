/**
 * The authoring API's answers as server/authoring/workflow.ts and rubriques.ts give
 * them, for the articles screens' tests.
 */
import type { AuthoringArticleJson, RubriqueJson } from '../../../../contract/authoring.ts';

export const SITE = 'college-test';
export const API = `/api/sites/${SITE}`;
/** Monday 23 November 2026, 10:00 in Paris. */
export const NOW = new Date('2026-11-23T09:00:00.000Z');

/** One rubrique of the answer; `may` names the three rights these screens read, the others are false. */
export function rubrique(overrides: Omit<Partial<RubriqueJson>, 'may'> & { slug: string; may?: Pick<RubriqueJson['may'], 'write' | 'publish' | 'moderate'> }): RubriqueJson {
  const { may = { write: true, publish: false, moderate: false }, ...rest } = overrides;
  return {
    title: overrides.slug,
    parent: null,
    visibility: 'public',
    services: ['blog', 'agenda'],
    role: 'redacteur',
    ...rest,
    may: { ...may, edit: false, delete: false, createSub: false, manageActors: false },
  };
}

/** The rubriques answer: a rubrique where the viewer writes, one where they publish, a reader-only one, an agenda-only one. */
export const rubriquesAnswer = {
  rubriques: [
    rubrique({ slug: 'actus', title: 'Actualités', may: { write: true, publish: false, moderate: false } }),
    rubrique({ slug: 'cdi', title: 'CDI', role: 'redacteur-publication', services: ['blog'], may: { write: true, publish: true, moderate: false } }),
    rubrique({ slug: 'parents', title: 'Parents', role: null, services: ['blog'], may: { write: false, publish: false, moderate: false } }),
    rubrique({ slug: 'calendrier', title: 'Calendrier', services: ['agenda'], may: { write: true, publish: false, moderate: false } }),
  ],
};

export function authoringArticle(overrides: Partial<AuthoringArticleJson> = {}): AuthoringArticleJson {
  return {
    id: 'sortie-au-musee-k3f9qa',
    rubrique: 'actus',
    title: 'Sortie au musée',
    summary: 'Les 5e au musée Soulages.',
    status: 'draft',
    publishedAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    activityAt: '2026-11-20T10:00:00.000Z',
    illustration: null,
    author: 'Compte redac',
    mine: true,
    url: `/sites/${SITE}/articles/sortie-au-musee-k3f9qa`,
    may: { edit: true, submit: true, publish: false, unpublish: false, sendBack: false, delete: true },
    reviewNote: null,
    body: '<p>Texte</p>',
    ...overrides,
  };
}

/** The parsed JSON body of a faked call. */
export const sent = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as Record<string, unknown>;
