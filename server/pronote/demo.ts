/**
 * THE DEMO PROVIDER: made-up Pronote summaries for the demo school (TUILES_PRONOTE=demo,
 * the default when the demo runs). No PRONOTE is asked. Léa Martin (eleve.demo) and
 * her brother Tom are the children of Sophie Martin (parent.demo); every other pupil
 * gets a summary of their own, and the demo's other parents their child's.
 *
 * Pure and deterministic (same login and day: same data; dates relative to `now`), and
 * free of Node APIs: the element tests render exactly this data.
 */
import type { PronotePupil } from '../../contract/tiles/pronote.ts';
import type { PronoteProvider, PronoteRequest, PronoteSummary } from './provider.ts';

/** Children of the demo's parents: login -> [name, seed]. */
export const demoFamilies: Record<string, { name: string; seed: string }[]> = {
  'parent.demo': [
    { name: 'Léa Martin', seed: 'eleve.demo' },
    { name: 'Tom Martin', seed: 'tom.martin' },
  ],
  'laurent.perrin': [{ name: 'Lucas Perrin', seed: 'lucas.perrin' }],
  'fatima.bouzid': [{ name: 'Yanis Bouzid', seed: 'yanis.bouzid' }],
};

const subjects = ['Mathématiques', 'Français', 'Histoire-géographie', 'Anglais LV1', 'SVT', 'Physique-chimie', 'Technologie', 'EPS', 'Éducation musicale', 'Arts plastiques'];
const skills = [
  ['Mathématiques', 'Résoudre un problème en plusieurs étapes'],
  ['Français', "Écrire un texte d'une page, cohérent et correct"],
  ['SVT', 'Formuler une hypothèse et la tester'],
  ['Anglais LV1', 'Comprendre un message oral simple'],
  ['Histoire-géographie', 'Se repérer dans le temps'],
  ['Technologie', 'Concevoir un objet technique simple'],
] as const;
const levels = ['Très bonne maîtrise', 'Maîtrise satisfaisante', "En cours d'acquisition", 'Maîtrise fragile'];
const homeworkTexts = [
  'Exercices 4 et 5 page 112.',
  'Apprendre la leçon sur les fractions.',
  'Lire le chapitre 3 du roman et noter trois questions.',
  'Réviser le vocabulaire de la séquence 2 (quiz).',
  'Terminer le schéma du cycle de l’eau.',
  'Préparer l’exposé oral (2 minutes).',
];

/** A small seeded generator (mulberry32): the same seed gives the same summary. */
function generator(seed: string) {
  let a = [...seed].reduce((h, c) => (Math.imul(h, 31) + c.codePointAt(0)!) >>> 0, 0x2026);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] };
}

const dayOf = (now: Date, offsetDays: number) => new Date(now.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export function demoPupil(name: string, seed: string, now: Date): PronotePupil {
  const r = generator(seed);
  const grades = Array.from({ length: 6 }, (_, i) => {
    const scale = r.pick(['20', '20', '20', '10']);
    const mark = Math.min(Number(scale), Math.round((Number(scale) * (0.45 + r.int(55) / 100)) * 2) / 2);
    return { subject: r.pick(subjects), mark: String(mark).replace('.', ','), scale, date: dayOf(now, -(2 + i * 3 + r.int(2))) };
  });
  const evaluations = Array.from({ length: 4 }, (_, i) => {
    const [subject, skill] = r.pick(skills);
    return { subject, skill, level: r.pick(levels), date: dayOf(now, -(1 + i * 4)) };
  });
  const events = [
    { kind: 'retard' as const, date: `${dayOf(now, -3)}T08:05:00`, label: 'Bus en retard', justified: true },
    { kind: 'absence' as const, date: `${dayOf(now, -9)}T08:00:00`, end: `${dayOf(now, -9)}T17:00:00`, label: 'Rendez-vous médical', justified: r.int(2) === 0 },
    ...(r.int(2) === 0 ? [{ kind: 'punition' as const, date: dayOf(now, -12), label: 'Devoir supplémentaire : oubli répété du matériel' }] : []),
  ];
  const homework = Array.from({ length: 4 }, (_, i) => ({ subject: r.pick(subjects), description: r.pick(homeworkTexts), due: dayOf(now, 1 + i * 2) }));
  return { name, grades, evaluations, events, homework };
}

/** What the demo provider answers for one user. */
export function demoSummary(user: { login: string; displayName: string; profile: string }, now: Date): PronoteSummary {
  if (user.profile === 'eleve') return { pupils: [demoPupil(user.displayName, user.login, now)] };
  if (user.profile === 'parent') return { pupils: (demoFamilies[user.login] ?? []).map((c) => demoPupil(c.name, c.seed, now)) };
  return { pupils: [] };
}

export const demoPronoteProvider: PronoteProvider = {
  name: 'demo',
  async summary(request: PronoteRequest) {
    return demoSummary(request.user, request.now);
  },
};
