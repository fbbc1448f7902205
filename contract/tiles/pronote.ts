/** Pronote: grades, evaluations, vie scolaire and a quick link (SSO). Built later. */
import { z } from 'zod';
import { flag, title } from './common.ts';

export const pronoteConfig = z.object({
  title: title('Pronote'),
  showGrades: flag,
  showEvaluations: flag,
  showVieScolaire: flag,
});
export type PronoteConfig = z.infer<typeof pronoteConfig>;

export interface PronoteData {
  available: boolean;
}
