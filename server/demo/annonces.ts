/**
 * The demo's annonces (communication ciblée), dated around `now` in Paris time: an
 * alerte to the parents of 3e, an information to every pupil, an avertissement to the
 * staff. Laurent Perrin (parent of Lucas, 3e D) sees the alerte; a 6e pupil does not.
 */
import type { DocumentAnnonce } from './site-document.ts';
import { parisDay, type Day } from './calendar.ts';

const isoDay = (day: Day) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Fonctions of `personnel` allowed to write annonces. */
export const annoncesFonctions = ['Principale', 'Principal adjoint', "Conseillère principale d'éducation"];

export function demoAnnonces(now: Date): DocumentAnnonce[] {
  const today = parisDay(now);
  return [
    {
      kind: 'alerte',
      title: 'Brevet blanc : convocations à signer',
      body:
        '<p>Le brevet blanc des élèves de 3e a lieu la semaine prochaine. Merci de signer la convocation ' +
        'de votre enfant dans le carnet de liaison <strong>avant vendredi</strong>.</p>',
      start: isoDay(today - 2),
      end: isoDay(today + 12),
      targets: [{ profile: 'parent', niveau: '3e' }],
      author: 'claire.moreau',
    },
    {
      kind: 'information',
      title: 'Photo de classe jeudi',
      body: '<p>Le photographe passe dans toutes les classes jeudi matin. Pensez à votre plus beau sourire !</p>',
      start: isoDay(today - 1),
      end: isoDay(today + 7),
      targets: [{ profile: 'eleve' }],
      author: 'personnel.demo',
    },
    {
      kind: 'avertissement',
      title: 'Exercice incendie mardi à 10 h',
      body:
        '<p>Un exercice d’évacuation aura lieu mardi à 10 h. Les enseignants rappellent les consignes à leurs ' +
        'classes avant ; les personnels vérifient les salles de leur secteur.</p>',
      start: isoDay(today - 3),
      end: isoDay(today + 5),
      targets: [{ profile: 'enseignant' }, { profile: 'personnel' }],
      author: 'olivier.garnier',
    },
  ];
}
