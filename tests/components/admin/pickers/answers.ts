/**
 * The admin API's answers as the server writes them (server/authoring/rubriques.ts
 * RubriqueJson, server/authoring/workflow.ts AuthoringArticleJson), for the pickers'
 * and editors' fake fetch.
 */
import { json } from '../../fixtures.ts';

const may = { write: true, publish: true, moderate: true, edit: true, delete: true, createSub: true, manageActors: true };

export const rubriquesAnswer = {
  rubriques: [
    { slug: 'vie-scolaire', title: 'Vie scolaire', parent: null, visibility: 'public', services: ['blog', 'agenda'], role: 'gestionnaire', may, rights: [] },
    { slug: 'cdi', title: 'CDI', parent: 'vie-scolaire', visibility: 'public', services: ['blog'], role: 'gestionnaire', may, rights: [] },
    { slug: 'salle-des-profs', title: 'Salle des profs', parent: null, visibility: 'private', services: ['blog'], role: 'gestionnaire', may, rights: [] },
    { slug: 'sorties', title: 'Sorties', parent: 'cdi', visibility: 'public', services: ['agenda'], role: 'gestionnaire', may, rights: [] },
    { slug: 'archives', title: 'Archives', parent: null, visibility: 'public', services: [], role: 'gestionnaire', may, rights: [] },
  ],
};

const articleMay = { edit: true, submit: false, publish: false, unpublish: true, delete: true };

export function authoringArticle(id: string, title: string, status: 'draft' | 'pending' | 'published', rubrique: string) {
  return {
    id,
    rubrique,
    title,
    summary: '',
    status,
    publishedAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    activityAt: '2026-11-20T08:00:00.000Z',
    illustration: null,
    author: 'Mme Martin',
    mine: false,
    url: `/sites/college-test/articles/${id}`,
    may: articleMay,
  };
}

export const articlesAnswer = {
  articles: [
    authoringArticle('portes-ouvertes', 'Portes ouvertes du collège', 'published', 'vie-scolaire'),
    authoringArticle('sortie-musee', 'Sortie au musée Soulages', 'draft', 'cdi'),
    authoringArticle('conseil-peda', 'Conseil pédagogique', 'pending', 'salle-des-profs'),
  ],
};

/** Answers the admin routes the pickers call; anything else is a 404 the test would notice. */
export function adminAnswers(url: string): Response {
  const path = new URL(url, location.href).pathname;
  if (path.endsWith('/rubriques')) return json(rubriquesAnswer);
  if (path.endsWith('/articles')) return json(articlesAnswer);
  return json({ error: { code: 'not_found', message: 'Introuvable.' } }, 404);
}
