/** The Pronote block's words, French (default) and English. */
import type { Lang } from '../../core/i18n.ts';
import type { VieScolaireKind } from '../../../contract/tiles/pronote.ts';

const fr = {
  title: 'Pronote',
  grades: 'Dernières notes',
  evaluations: 'Dernières évaluations',
  vieScolaire: 'Vie scolaire',
  homework: 'Travail à faire',
  noGrades: 'Aucune note récente',
  noEvaluations: 'Aucune évaluation récente',
  noEvents: 'Aucun événement récent',
  noHomework: 'Aucun travail à faire',
  noChild: 'Aucun enfant rattaché à votre compte dans Pronote.',
  staff: 'Vos services, votre cahier de textes et vos saisies sont dans Pronote.',
  open: 'Ouvrir Pronote',
  forChild: (name: string) => `Pronote de ${name}`,
  outOf: (mark: string, scale: string) => `${mark} sur ${scale}`,
  due: 'pour le',
  kinds: { absence: 'Absence', retard: 'Retard', punition: 'Punition', sanction: 'Sanction' } as Record<VieScolaireKind, string>,
  justified: 'justifiée',
  unjustified: 'non justifiée',
  justifiedRetard: 'justifié',
  unjustifiedRetard: 'non justifié',
};

export type PronoteMessages = typeof fr;

const en: PronoteMessages = {
  title: 'Pronote',
  grades: 'Latest grades',
  evaluations: 'Latest evaluations',
  vieScolaire: 'School life',
  homework: 'Homework',
  noGrades: 'No recent grades',
  noEvaluations: 'No recent evaluations',
  noEvents: 'No recent events',
  noHomework: 'No homework due',
  noChild: 'No child is linked to your account in Pronote.',
  staff: 'Your classes, lesson log and entries are in Pronote.',
  open: 'Open Pronote',
  forChild: (name: string) => `Pronote for ${name}`,
  outOf: (mark: string, scale: string) => `${mark} out of ${scale}`,
  due: 'due',
  kinds: { absence: 'Absence', retard: 'Late', punition: 'Punishment', sanction: 'Sanction' },
  justified: 'excused',
  unjustified: 'not excused',
  justifiedRetard: 'excused',
  unjustifiedRetard: 'not excused',
};

export const pronoteMessages = (lang: Lang): PronoteMessages => (lang === 'en' ? en : fr);
