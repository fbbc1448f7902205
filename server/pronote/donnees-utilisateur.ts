/**
 * Reads PRONOTE's `donneesUtilisateur` answer (namespace
 * http://www.index-education.com/accueilENT): an `<Eleve>` root for a pupil, or a
 * `<Parent>` root with one `<Eleve>` per child (Nom, Prenom, IdentifiantPronote), each
 * with `PageReleveDeNotes` (Devoir: Note, Bareme, Matiere, Date), `PageCompetences`
 * (Evaluation / Item: Competence, Item, Intitule, Matiere, NiveauDAcquisition/Libelle,
 * Date), `PageVieScolaire` (Absence: DateDebut, DateFin, Justifie, Motif; Retard: Date,
 * Justifie, Motif; Punition and Sanction: Date, Nature, Motif) and `PageCahierDeTextes`
 * (CahierDeTextes: Matiere, TravailAFaire: PourLe, Descriptif in HTML).
 *
 * The shape comes from public ENT code that reads this document; INDEX ÉDUCATION does
 * not publish its schema. Anything else in the document is ignored; a document that is
 * not XML, or has neither root, is "garbage" (PronoteUnavailable).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { PronoteEvaluation, PronoteEvent, PronoteGrade, PronoteHomework, PronotePupil } from '../../contract/tiles/pronote.ts';
import { PronoteUnavailable, type PronoteSummary } from './provider.ts';

const repeated = new Set(['Eleve', 'Devoir', 'Evaluation', 'Item', 'Absence', 'Retard', 'Punition', 'Sanction', 'CahierDeTextes', 'TravailAFaire']);

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name, _path, isLeaf) => repeated.has(name) && !(name === 'Item' && isLeaf),
});

type Node = Record<string, unknown>;
const text = (node: Node | undefined, name: string): string => {
  const value = node?.[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
};
const list = (node: Node | undefined, name: string): Node[] => {
  const value = node?.[name];
  return Array.isArray(value) ? value.filter((v): v is Node => typeof v === 'object' && v !== null) : [];
};
const child = (node: Node | undefined, name: string): Node | undefined => {
  const value = node?.[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
};

/** "15,00" -> "15", "12,50" -> "12,5", "20.00" -> "20"; "Abs" stays. */
export function frenchNumber(value: string): string {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(value.trim());
  if (!match) return value.trim();
  const decimals = (match[2] ?? '').replace(/0+$/, '');
  return decimals ? `${match[1]},${decimals}` : match[1];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** PRONOTE's HTML descriptions as plain text: tags dropped, entities decoded, spaces collapsed. */
export function plainText(htmlText: string): string {
  return htmlText
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\\r\\n|\s+/g, ' ')
    .trim();
}

const day = (value: string) => value.slice(0, 10);
const latestFirst = <T extends { date: string }>(items: T[]) => items.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

function pupilOf(eleve: Node, fallbackName: string, today: string): PronotePupil {
  const name = [text(eleve, 'Prenom'), text(eleve, 'Nom')].filter(Boolean).join(' ') || fallbackName;

  const grades: PronoteGrade[] = list(child(eleve, 'PageReleveDeNotes'), 'Devoir')
    .map((d) => ({ subject: text(d, 'Matiere'), mark: frenchNumber(text(d, 'Note')), scale: frenchNumber(text(d, 'Bareme')), date: day(text(d, 'Date')) }))
    .filter((g) => g.subject && g.mark);

  const competences = child(eleve, 'PageCompetences');
  const evaluations: PronoteEvaluation[] = [...list(competences, 'Evaluation'), ...list(competences, 'Item')]
    .map((e) => ({
      subject: text(e, 'Matiere'),
      skill: text(e, 'Item') || text(e, 'Competence') || text(e, 'Intitule'),
      level: text(child(e, 'NiveauDAcquisition'), 'Libelle'),
      date: day(text(e, 'Date')),
    }))
    .filter((e) => e.skill);

  const vie = child(eleve, 'PageVieScolaire');
  const justified = (n: Node) => text(n, 'Justifie') === 'true';
  const events: PronoteEvent[] = [
    ...list(vie, 'Absence').map((a): PronoteEvent => ({ kind: 'absence', date: text(a, 'DateDebut'), end: text(a, 'DateFin') || undefined, label: text(a, 'Motif'), justified: justified(a) })),
    ...list(vie, 'Retard').map((r): PronoteEvent => ({ kind: 'retard', date: text(r, 'Date'), label: text(r, 'Motif'), justified: justified(r) })),
    ...list(vie, 'Punition').map((p): PronoteEvent => ({ kind: 'punition', date: text(p, 'Date'), label: [text(p, 'Nature'), text(p, 'Motif')].filter(Boolean).join(' : ') })),
    ...list(vie, 'Sanction').map((s): PronoteEvent => ({ kind: 'sanction', date: text(s, 'Date'), label: [text(s, 'Nature'), text(s, 'Motif')].filter(Boolean).join(' : ') })),
  ].filter((e) => e.date);

  const homework: PronoteHomework[] = list(child(eleve, 'PageCahierDeTextes'), 'CahierDeTextes')
    .flatMap((cdt) => list(cdt, 'TravailAFaire').map((t) => ({ subject: text(cdt, 'Matiere'), description: plainText(text(t, 'Descriptif')), due: day(text(t, 'PourLe')) })))
    .filter((h) => h.due >= today && h.description)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));

  return { name, grades: latestFirst(grades), evaluations: latestFirst(evaluations), events: latestFirst(events), homework };
}

/**
 * `today` (yyyy-mm-dd, the school's day) keeps only the homework still due.
 * `viewerName` names a pupil whose `<Eleve>` root carries no name.
 */
export function readDonneesUtilisateur(xml: string, options: { today: string; viewerName: string }): { root: 'Eleve' | 'Parent'; summary: PronoteSummary } {
  if (!xml.trim() || XMLValidator.validate(xml) !== true) throw new PronoteUnavailable('PRONOTE a répondu un document qui n\'est pas du XML.');
  const document = parser.parse(xml) as Node;
  const eleves = list(document, 'Eleve');
  const parent = child(document, 'Parent');
  if (document.Parent !== undefined) return { root: 'Parent', summary: { pupils: list(parent, 'Eleve').map((e) => pupilOf(e, '', options.today)) } };
  if (eleves.length === 1) return { root: 'Eleve', summary: { pupils: [pupilOf(eleves[0], options.viewerName, options.today)] } };
  throw new PronoteUnavailable('PRONOTE a répondu un document sans élève ni parent.');
}
