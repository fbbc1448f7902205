/**
 * The demo's agenda: events placed relative to today (past ones and the next three
 * months), moved off weekends and holidays the way a school would, plus the school
 * holidays themselves as all-day events.
 */
import type { DocumentEvent } from './site-document.ts';
import { dayStartUtc, frenchDate, parisTime, weekday, type Day, type SchoolCalendar } from './calendar.ts';

interface EventRow {
  rubrique: string;
  title: string;
  summary: string;
  location: string;
  /** Days from today; negative for past events. */
  offset: number;
  /** "17:30-20:00" (Paris time), or the number of days of an all-day event. */
  when: string | { days: number };
  /** Which day of the week it must fall on: school days (Monday to Friday) by default. */
  on?: 'wednesday' | 'saturday' | 'monday';
  /** No pupils that day: nothing else may be planned on it. */
  alone?: true;
}

const rows: EventRow[] = [
  // Vie de l'établissement
  { rubrique: 'vie-etablissement', offset: -55, when: '08:30-16:30', title: 'Photo de classe', location: 'Gymnase', summary: 'Photos individuelles et de groupe, classe par classe, selon le planning distribué.' },
  { rubrique: 'vie-etablissement', offset: -40, when: '17:30-20:00', title: 'Réunion parents-professeurs des 6e', location: 'Salle polyvalente', summary: 'Rencontre avec les équipes pédagogiques des classes de 6e.' },
  { rubrique: 'vie-etablissement', offset: -30, when: '10:00-10:45', title: 'Exercice de mise à l’abri (PPMS)', location: 'Ensemble du collège', summary: 'Exercice annuel du plan particulier de mise en sûreté.' },
  { rubrique: 'vie-etablissement', offset: -25, when: '18:00-19:30', title: 'Cérémonie de remise des diplômes du brevet', location: 'Salle polyvalente', summary: 'Les anciens élèves de 3e sont invités avec leur famille.' },
  { rubrique: 'vie-etablissement', offset: 5, when: '10:00-10:20', title: 'Vente de gâteaux du foyer', location: 'Cour de récréation', summary: 'Au profit du foyer socio-éducatif : 1 € la part.' },
  { rubrique: 'vie-etablissement', offset: 10, when: '17:30-20:00', title: 'Réunion parents-professeurs des 3e', location: 'Salle polyvalente', summary: 'Bilan de mi-parcours et informations sur l’orientation.' },
  { rubrique: 'vie-etablissement', offset: 22, when: '18:30-20:00', title: 'Concert de la chorale', location: 'Salle polyvalente', summary: 'Chansons françaises et extraits de comédies musicales. Entrée libre.' },
  { rubrique: 'vie-etablissement', offset: 40, alone: true, when: { days: 1 }, title: 'Journée pédagogique : pas de cours', location: 'Collège', summary: 'Formation des enseignants. Les élèves n’ont pas cours ce jour-là.' },
  { rubrique: 'vie-etablissement', offset: 45, when: { days: 2 }, title: 'Brevet blanc', location: 'Gymnase et salles du bâtiment B', summary: 'Épreuves écrites de français, mathématiques, histoire-géographie et sciences pour les 3e.' },
  { rubrique: 'vie-etablissement', offset: 75, on: 'saturday', when: '09:00-12:30', title: 'Portes ouvertes du collège', location: "Hall d'accueil", summary: 'Les familles des futurs élèves de 6e découvrent le collège.' },
  // Vie scolaire
  { rubrique: 'vie-scolaire', offset: -62, when: '09:00-12:00', title: 'Élection des délégués de classe', location: 'Salles de classe', summary: 'Vote dans chaque classe pendant l’heure de vie de classe.' },
  { rubrique: 'vie-scolaire', offset: -35, when: '13:30-16:30', title: 'Formation des délégués', location: 'CDI', summary: 'Demi-journée de formation animée par la CPE.' },
  { rubrique: 'vie-scolaire', offset: -10, when: { days: 5 }, on: 'monday', title: 'Semaine de lutte contre le harcèlement', location: 'Collège', summary: 'Ateliers de prévention dans toutes les classes.' },
  { rubrique: 'vie-scolaire', offset: 12, when: '09:00-16:00', title: 'Visite médicale des élèves de 6e', location: 'Infirmerie', summary: 'Bilan de santé par le médecin scolaire, sur convocation.' },
  { rubrique: 'vie-scolaire', offset: 18, when: '17:00-18:30', title: 'Conseil de classe de 6e A', location: 'Salle de réunion', summary: 'En présence des délégués des élèves et des parents.' },
  { rubrique: 'vie-scolaire', offset: 18, when: '18:30-20:00', title: 'Conseil de classe de 5e B', location: 'Salle de réunion', summary: 'En présence des délégués des élèves et des parents.' },
  { rubrique: 'vie-scolaire', offset: 19, when: '17:00-18:30', title: 'Conseil de classe de 4e C', location: 'Salle de réunion', summary: 'En présence des délégués des élèves et des parents.' },
  { rubrique: 'vie-scolaire', offset: 19, when: '18:30-20:00', title: 'Conseil de classe de 3e D', location: 'Salle de réunion', summary: 'En présence des délégués des élèves et des parents.' },
  { rubrique: 'vie-scolaire', offset: 35, when: '16:30-19:00', title: 'Remise des bulletins aux familles', location: 'Salles de classe', summary: 'Les professeurs principaux reçoivent les familles sur rendez-vous.' },
  // Association sportive
  { rubrique: 'association-sportive', offset: -50, when: '12:15-13:15', title: "Assemblée générale de l'AS", location: 'Salle polyvalente', summary: 'Bilan, élection du bureau et présentation des activités.' },
  { rubrique: 'association-sportive', offset: -20, when: '09:00-12:00', title: 'Cross du collège', location: 'Parc municipal des Berges', summary: 'Courses de 2 à 4 km selon les catégories. Les parents sont les bienvenus.' },
  { rubrique: 'association-sportive', offset: -5, on: 'wednesday', when: '13:00-17:00', title: 'Cross départemental UNSS', location: 'Hippodrome de la Plaine', summary: 'Pour les élèves qualifiés lors du cross du collège.' },
  { rubrique: 'association-sportive', offset: 9, on: 'wednesday', when: '13:30-17:00', title: 'Tournoi de badminton UNSS', location: 'Gymnase du collège', summary: 'Rencontre de district, benjamins et minimes.' },
  { rubrique: 'association-sportive', offset: 30, on: 'wednesday', when: '13:00-17:30', title: 'Championnat départemental de handball', location: 'Complexe sportif Léo-Lagrange', summary: 'Demi-finales benjamines.' },
  { rubrique: 'association-sportive', offset: 60, on: 'wednesday', when: '07:30-18:00', title: "Sortie ski de fond de l'AS", location: 'Plateau de Beille', summary: 'Pour les licenciés inscrits. Départ du car devant le collège.' },
  // Orientation
  { rubrique: 'orientation', offset: 3, when: '09:00-12:00', title: 'Permanence de la psychologue de l’Éducation nationale', location: 'Bureau 12, vie scolaire', summary: 'Sur rendez-vous, pour les élèves et les familles.' },
  { rubrique: 'orientation', offset: 28, when: '18:00-19:30', title: "Réunion d'information sur l'orientation après la 3e", location: 'Salle polyvalente', summary: 'Voies de formation, calendrier et procédure d’affectation.' },
  { rubrique: 'orientation', offset: 48, when: { days: 5 }, on: 'monday', title: "Stage d'observation des 3e", location: 'En entreprise', summary: 'Une semaine de découverte du monde professionnel.' },
  { rubrique: 'orientation', offset: 55, when: '08:30-16:30', title: 'Forum des métiers', location: 'Gymnase', summary: 'Une trentaine de professionnels rencontrent les élèves de 4e et de 3e.' },
  { rubrique: 'orientation', offset: 66, when: { days: 2 }, title: 'Mini-stages en lycée professionnel', location: 'Lycées du secteur', summary: 'Pour les élèves de 3e inscrits auprès de leur professeur principal.' },
  // Voyages scolaires
  { rubrique: 'voyages-scolaires', offset: -45, when: { days: 5 }, on: 'monday', title: 'Accueil des correspondants de Tübingen', location: 'Collège et familles d’accueil', summary: 'Échange franco-allemand des germanistes de 4e et de 3e.' },
  { rubrique: 'voyages-scolaires', offset: 14, when: '18:00-19:00', title: 'Réunion d’information : séjour à Londres', location: 'Salle polyvalente', summary: 'Programme, coût et documents à fournir.' },
  { rubrique: 'voyages-scolaires', offset: 25, when: { days: 1 }, title: 'Date limite des inscriptions au voyage en Espagne', location: 'Secrétariat', summary: 'Dossier complet et premier versement.' },
  { rubrique: 'voyages-scolaires', offset: 84, when: { days: 5 }, on: 'monday', title: 'Classe de neige des 5e', location: 'Saint-Lary-Soulan', summary: 'Ski alpin, raquettes et découverte de la montagne.' },
  // Private rubriques
  { rubrique: 'salle-des-professeurs', offset: -15, on: 'wednesday', when: '13:30-16:30', title: 'Formation Pix : prise en main', location: 'Salle informatique', summary: 'Pix Orga et certification des 3e.' },
  { rubrique: 'salle-des-professeurs', offset: 7, when: '17:00-18:30', title: 'Conseil pédagogique', location: 'Salle de réunion', summary: 'Évaluation par compétences et préparation du brevet blanc.' },
  { rubrique: 'salle-des-professeurs', offset: 50, when: '17:00-18:00', title: 'Réunion des professeurs de 3e : bilan du brevet blanc', location: 'Salle de réunion', summary: 'Analyse des résultats et remédiation.' },
  { rubrique: 'conseil-administration', offset: -48, when: '18:00-20:00', title: "Conseil d'administration de rentrée", location: 'Salle du conseil', summary: 'Organisation de l’année et règlement de la demi-pension.' },
  { rubrique: 'conseil-administration', offset: 9, when: '17:30-18:30', title: 'Commission permanente', location: 'Salle du conseil', summary: 'Préparation du conseil d’administration.' },
  { rubrique: 'conseil-administration', offset: 16, when: '18:00-20:30', title: "Conseil d'administration : vote du budget", location: 'Salle du conseil', summary: 'Budget, tarifs de restauration et voyages.' },
  { rubrique: '6e-a', offset: 8, when: '10:00-11:00', title: 'Contrôle commun de mathématiques', location: 'Salle 21', summary: 'Nombres décimaux et géométrie.' },
  { rubrique: '5e-b', offset: 20, when: '13:30-17:00', title: 'Sortie au théâtre municipal', location: 'Théâtre municipal', summary: 'Représentation du « Bourgeois gentilhomme ».' },
  { rubrique: '4e-c', offset: 6, when: '14:00-16:00', title: "Devoir surveillé d'histoire-géographie", location: 'Salle 8', summary: 'La Révolution française et l’Empire.' },
  { rubrique: '3e-d', offset: 62, when: '08:00-12:00', title: 'Oral blanc du brevet', location: 'Salles du bâtiment A', summary: 'Quinze minutes par élève, jury de deux professeurs.' },
  { rubrique: 'parents-eleves', offset: 11, when: '20:00-21:30', title: 'Réunion du bureau des parents d’élèves', location: 'Salle polyvalente', summary: 'Préparation des conseils de classe.' },
  { rubrique: 'parents-eleves', offset: 32, on: 'saturday', when: '09:30-11:00', title: 'Café des parents', location: 'Foyer du collège', summary: 'Thème : les écrans et le sommeil.' },
];

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Move a planned day to one the school would really use. */
function place(row: EventRow, index: number, planned: Day, calendar: SchoolCalendar, taken: Set<Day>): Day {
  const backwards = row.offset < 0;
  const holiday = calendar.holidayAt(planned);
  if (holiday) {
    // Out of the holidays, a few days apart, so the first day back is not crowded.
    planned = backwards ? holiday.first - 1 - (index % 4) : holiday.last + 1 + (index % 4);
  }
  const target = { monday: 1, wednesday: 3, saturday: 6 } as const;
  if (row.on) {
    const wanted = target[row.on];
    const accept = (d: Day) => weekday(d) === wanted && !calendar.isHoliday(d) && (wanted === 6 || calendar.isSchoolDay(d));
    return calendar.nearest(planned, accept, backwards);
  }
  // Every day of a several-day event (brevet blanc, mini-stages) must be a school day.
  const days = typeof row.when === 'string' ? 1 : row.when.days;
  const free = (d: Day) => calendar.isSchoolDay(d) && !(row.alone && taken.has(d));
  const allSchoolDays = (d: Day) => Array.from({ length: days }, (_, i) => d + i).every(free);
  return calendar.nearest(planned, allSchoolDays, backwards);
}

export function demoEvents(calendar: SchoolCalendar): DocumentEvent[] {
  const today = calendar.today;
  const events: DocumentEvent[] = [];
  const ids = new Set<string>();
  const taken = new Set<Day>();
  // Days without pupils are placed last, on a day nothing else uses.
  const ordered = [...rows.entries()].sort(([, a], [, b]) => Number(!!a.alone) - Number(!!b.alone));
  for (const [index, row] of ordered) {
    const day = place(row, index, today + row.offset, calendar, taken);
    const length = typeof row.when === 'string' ? 1 : row.when.days;
    for (let d = day; d < day + length; d++) taken.add(d);
    let id = `${row.rubrique}-${slugify(row.title)}`.slice(0, 100).replace(/-+$/, '');
    while (ids.has(id)) id = `${id}-bis`;
    ids.add(id);
    const base = { id, rubrique: row.rubrique, title: row.title, summary: row.summary, location: row.location };
    if (typeof row.when === 'string') {
      const [from, to] = row.when.split('-');
      events.push({ ...base, start: parisTime(day, from).toISOString(), end: parisTime(day, to).toISOString() });
    } else {
      const last = day + row.when.days - 1;
      events.push({ ...base, start: dayStartUtc(day).toISOString(), end: dayStartUtc(last).toISOString(), allDay: true });
    }
  }
  // The school holidays around today: what families look for first in an agenda.
  for (const h of calendar.holidaysBetween(today - 45, today + 95)) {
    const lastSchoolDay = h.first - 1; // the Friday before
    const backToSchool = h.last + 1; // the Monday after
    events.push({
      id: `vacances-${h.key}`,
      rubrique: 'vie-etablissement',
      title: h.title,
      summary: `Fin des cours le ${frenchDate(lastSchoolDay)} après la classe, reprise le ${frenchDate(backToSchool)} matin.`,
      location: 'Collège fermé aux élèves',
      start: dayStartUtc(h.first).toISOString(),
      end: dayStartUtc(h.last).toISOString(),
      allDay: true,
    });
  }
  return events;
}
