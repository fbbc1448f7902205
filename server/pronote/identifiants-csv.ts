/**
 * The "identifiants PRONOTE" import: the CSV PRONOTE exports for the ENT (one line per
 * pupil, parent and staff member with their PRONOTE-ENT identifier), `;`-separated, in
 * Windows-1252 or UTF-8. The admin maps its columns; rows are matched to the site's
 * users by login when the file has one, else by nom + prénom (+ date of birth when both
 * sides know it). Errors name the line; nothing is saved while any remains.
 *
 * PRONOTE's exact column titles vary with versions and are not publicly documented:
 * `guessMapping` recognises the usual titles, and the admin corrects the mapping.
 */
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import type { IdentityRow } from '../store/index.ts';

export const columnRoles = ['identifiant', 'nom', 'prenom', 'dateNaissance', 'login'] as const;
export type ColumnRole = (typeof columnRoles)[number];
export type ColumnMapping = Partial<Record<ColumnRole, string>>;

export type Encoding = 'utf-8' | 'windows-1252';

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), Windows-1252 otherwise. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (hasBom) throw new CsvProblem({ '(fichier)': 'fichier UTF-8 invalide' });
    return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
  }
}

/** Problems keyed by where they are (`ligne 4`, `mapping.identifiant`). */
export class CsvProblem extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields)[0]);
  }
}

export interface CsvTable {
  columns: string[];
  /** `line`: the line number in the file (1 is the header). */
  rows: { line: number; values: string[] }[];
}

export function readTable(text: string): CsvTable {
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parse(text, { delimiter: ';', info: true, skip_empty_lines: true, relax_quotes: true, relax_column_count: true, trim: true, bom: true }) as never;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new CsvProblem({ [line ? `ligne ${line}` : '(fichier)']: `CSV illisible : ${(error as Error).message}` });
  }
  if (records.length === 0) throw new CsvProblem({ '(fichier)': 'fichier vide' });
  const [header, ...rows] = records;
  return { columns: header.record, rows: rows.map((r) => ({ line: r.info.lines, values: r.record })) };
}

/** Lower case, no accents, single spaces: "Prénom " and "PRENOM" are one title, "Chloé" and "CHLOE" one name. */
export const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_'’.]+/g, ' ')
    .trim();

const knownTitles: Record<ColumnRole, string[]> = {
  identifiant: ['identifiant pronote', 'identifiant ent pronote', 'id pronote', 'identifiant ent', 'identifiant'],
  nom: ['nom', 'nom de famille'],
  prenom: ['prenom'],
  dateNaissance: ['date de naissance', 'ne le', 'ne(e) le', 'naissance'],
  login: ['login', 'login ent', 'identifiant tuiles'],
};

/** The usual titles of PRONOTE's export, recognised whatever their case and accents. */
export function guessMapping(columns: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const role of columnRoles) {
    const found = knownTitles[role].map((title) => columns.find((c) => normalise(c) === title)).find(Boolean);
    if (found && !Object.values(mapping).includes(found)) mapping[role] = found;
  }
  return mapping;
}

/** 25/03/2012 -> 2012-03-25 (also accepts 2012-03-25). */
export function isoDay(value: string): string | null {
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (fr) return `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

export interface ImportPlan {
  encoding?: Encoding;
  columns: string[];
  mapping: ColumnMapping;
  matched: { line: number; userId: number; login: string; displayName: string; pronoteId: string }[];
  unmatched: { line: number; values: Record<string, string>; reason: string }[];
  errors: { line: number; message: string }[];
}

export function planImport(table: CsvTable, mapping: ColumnMapping, users: IdentityRow[]): ImportPlan {
  const fields: Record<string, string> = {};
  for (const [role, column] of Object.entries(mapping)) {
    if (column && !table.columns.includes(column)) fields[`mapping.${role}`] = `colonne « ${column} » absente du fichier`;
  }
  if (!mapping.identifiant) fields['mapping.identifiant'] ??= "choisissez la colonne de l'identifiant PRONOTE";
  if (!mapping.login && !(mapping.nom && mapping.prenom)) fields['mapping.nom'] ??= 'choisissez la colonne du login, ou celles du nom et du prénom';
  if (Object.keys(fields).length > 0) throw new CsvProblem(fields);

  const index = (role: ColumnRole) => (mapping[role] ? table.columns.indexOf(mapping[role]!) : -1);
  const at = (values: string[], role: ColumnRole) => (index(role) >= 0 ? (values[index(role)] ?? '').trim() : '');
  const byLogin = new Map(users.map((u) => [u.login.toLowerCase(), u]));
  const fullName = (u: IdentityRow) => normalise(u.nom && u.prenom ? `${u.prenom} ${u.nom}` : u.displayName);

  const plan: ImportPlan = { columns: table.columns, mapping, matched: [], unmatched: [], errors: [] };
  const seenIds = new Map<string, number>();
  const seenUsers = new Map<number, number>();
  for (const { line, values } of table.rows) {
    const pronoteId = at(values, 'identifiant');
    const described = Object.fromEntries(table.columns.map((c, i) => [c, values[i] ?? '']));
    if (values.length !== table.columns.length) {
      plan.errors.push({ line, message: `${values.length} colonnes au lieu de ${table.columns.length}` });
      continue;
    }
    if (!pronoteId) {
      plan.errors.push({ line, message: 'identifiant PRONOTE vide' });
      continue;
    }
    if (seenIds.has(pronoteId)) {
      plan.errors.push({ line, message: `identifiant PRONOTE « ${pronoteId} » en double (déjà ligne ${seenIds.get(pronoteId)})` });
      continue;
    }
    seenIds.set(pronoteId, line);

    let candidates: IdentityRow[];
    const login = at(values, 'login');
    if (login) {
      const user = byLogin.get(login.toLowerCase());
      candidates = user ? [user] : [];
    } else {
      const name = normalise(`${at(values, 'prenom')} ${at(values, 'nom')}`);
      const birth = isoDay(at(values, 'dateNaissance'));
      candidates = users.filter((u) => fullName(u) === name && (!birth || !u.birthDate || u.birthDate === birth));
    }
    if (candidates.length !== 1) {
      plan.unmatched.push({ line, values: described, reason: candidates.length === 0 ? 'aucun compte ne correspond' : `${candidates.length} comptes correspondent` });
      continue;
    }
    const user = candidates[0];
    if (seenUsers.has(user.userId)) {
      plan.errors.push({ line, message: `le compte « ${user.login} » correspond déjà à la ligne ${seenUsers.get(user.userId)}` });
      continue;
    }
    seenUsers.set(user.userId, line);
    plan.matched.push({ line, userId: user.userId, login: user.login, displayName: user.displayName, pronoteId });
  }
  return plan;
}
