/**
 * What deleting a rubrique takes along, in French, said alike by the deletion dialog
 * (components/admin/rubriques/usage.ts) and by the server's refusal without `confirm`
 * (server/authoring/rubriques.ts): each side adds only its own ending.
 */
import type { RubriqueUsage } from './authoring.ts';

/**
 * « 3 sous-rubriques, 42 articles et 5 événements seront supprimés », naming only what
 * there is, the verb agreeing with it (no final stop); null for an empty rubrique.
 */
export function takenAlong(usage: RubriqueUsage): string | null {
  const parts = [
    { n: usage.subRubriques, one: 'sous-rubrique', many: 'sous-rubriques', feminine: true },
    { n: usage.articles, one: 'article', many: 'articles', feminine: false },
    { n: usage.events, one: 'événement', many: 'événements', feminine: false },
  ].filter((p) => p.n > 0);
  if (parts.length === 0) return null;
  const words = parts.map((p) => `${p.n} ${p.n > 1 ? p.many : p.one}`);
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} et ${words.at(-1)}`;
  const plural = parts.length > 1 || parts[0].n > 1;
  const feminine = parts.every((p) => p.feminine);
  return `${list} ${plural ? 'seront' : 'sera'} supprimé${feminine ? 'e' : ''}${plural ? 's' : ''}`;
}
