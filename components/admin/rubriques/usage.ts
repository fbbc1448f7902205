/**
 * What deleting a rubrique takes along (`GET /api/sites/:site/rubriques/:slug/usage`,
 * server/authoring/rubriques.ts), and the sentence the deletion dialog says of it.
 */
import type { RubriqueUsage } from '../../../contract/authoring.ts';

export type { RubriqueUsage };

/**
 * « 3 sous-rubriques, 42 articles et 5 événements seront supprimés », naming only what
 * there is, the verb agreeing with it; an empty rubrique goes alone.
 */
export function usageSentence(usage: RubriqueUsage): string {
  const parts = [
    { n: usage.subRubriques, one: 'sous-rubrique', many: 'sous-rubriques', feminine: true },
    { n: usage.articles, one: 'article', many: 'articles', feminine: false },
    { n: usage.events, one: 'événement', many: 'événements', feminine: false },
  ].filter((p) => p.n > 0);
  if (parts.length === 0) return 'Elle ne contient ni sous-rubrique, ni article, ni événement.';
  const words = parts.map((p) => `${p.n} ${p.n > 1 ? p.many : p.one}`);
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} et ${words.at(-1)}`;
  const plural = parts.length > 1 || parts[0].n > 1;
  const feminine = parts.every((p) => p.feminine);
  return `${list} ${plural ? 'seront' : 'sera'} supprimé${feminine ? 'e' : ''}${plural ? 's' : ''}.`;
}
