/**
 * What deleting a rubrique takes along (`GET /api/sites/:site/rubriques/:slug/usage`,
 * server/authoring/rubriques.ts), and the sentence the deletion dialog says of it.
 */
import type { RubriqueUsage } from '../../../contract/authoring.ts';
import { takenAlong } from '../../../contract/rubrique-usage.ts';

export type { RubriqueUsage };

/** « 3 sous-rubriques, 42 articles et 5 événements seront supprimés. » (contract/rubrique-usage.ts); an empty rubrique goes alone. */
export function usageSentence(usage: RubriqueUsage): string {
  const taken = takenAlong(usage);
  return taken ? `${taken}.` : 'Elle ne contient ni sous-rubrique, ni article, ni événement.';
}
