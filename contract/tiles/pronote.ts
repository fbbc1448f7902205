/** Pronote: grades, evaluations, vie scolaire and a quick link (SSO). Built later. */
import { z } from 'zod';
import { flag, title } from './common.ts';
import { tileDefaults } from './defaults.ts';

const d = tileDefaults.pronote;

export const pronoteConfig = z.object({
  title: title(d.title),
  showGrades: flag(d.showGrades),
  showEvaluations: flag(d.showEvaluations),
  showVieScolaire: flag(d.showVieScolaire),
});
export type PronoteConfig = z.infer<typeof pronoteConfig>;

export interface PronoteData {
  available: boolean;
}
