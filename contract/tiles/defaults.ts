/**
 * What each tile type's config holds when a field is not given: one plain object per
 * type, without zod, so the elements can import it and the embed bundle stays free of
 * zod. The schemas (`contract/tiles/<type>.ts`) take their `.default(...)` values from
 * here, so the server, the elements and the composer agree by construction
 * (`tests/components/tile-types.test.ts` checks that parsing a bare config gives these).
 *
 * Titles are the French labels; the elements put their own English ones in `lang="en"`.
 * A field with no default is left out (embed's `url`): a config must give it.
 */

/** `max` of a list tile when none is set: how many items to show (1 to 50). */
const max = 6;

export const tileDefaults = {
  top: { image: null, article: null, enabled: true },
  news: { title: 'Actualités', rubriques: [], max, showDates: true, showIllustration: true, showSummary: true },
  selection: { title: "Sélection d'articles", articles: [], showIllustration: true, showSummary: true },
  agenda: { title: 'Agenda', rubriques: [], max, showDates: true, showSummary: true, showLocation: true },
  embed: { title: 'Outil externe', height: 400 },
  text: { title: 'Informations', html: '' },
  annonces: { title: 'Annonces', max },
  pronote: { title: 'Pronote', showGrades: true, showEvaluations: true, showVieScolaire: true, showHomework: true, max: 4 },
  portal: { title: 'Mes services', links: [] },
  flux: { title: 'Flux externe', max: 5 },
  'mes-actualites': { title: 'Mes actualités', max: 10 },
};
