/**
 * The rubriques screen's data, as the authoring API sends it (docs/authoring.md,
 * "Rubriques and actors"), and the ENT's words for it in French.
 */
import type { Profile, Role, Service, Visibility } from '../../../contract/vocabulary.ts';
import type { GroupJson, NamedRightJson, PersonJson, RubriqueJson } from '../../../contract/authoring.ts';

export type { Profile, Role, Service, Visibility };

/** The answers' shapes are the contract's (contract/authoring.ts); these are the names this screen reads them by. */
export type Right = NamedRightJson;
export type RubriqueMay = RubriqueJson['may'];
export type Rubrique = RubriqueJson;
export type Group = GroupJson;
export type Person = PersonJson;

/** What the form sends: `POST` (all of it) or `PATCH` (all but `slug`). */
export interface RubriqueFields {
  slug: string;
  title: string;
  parent: string | null;
  visibility: Visibility;
  services: Service[];
}

export const roleLabels: Record<Role, string> = {
  visiteur: 'Visiteur',
  redacteur: 'Rédacteur',
  'redacteur-publication': 'Rédacteur avec mise en ligne',
  moderateur: 'Modérateur',
  gestionnaire: 'Gestionnaire',
};

/** What each role may do: the role table (server/access/roles.ts), each role adding to the one before. */
export const roleHelp: Record<Role, string> = {
  visiteur: 'Consulte la rubrique, même privée.',
  redacteur: 'Consulte, écrit des articles et des événements et supprime les siens ; un modérateur les met en ligne.',
  'redacteur-publication': 'Comme un rédacteur, et met lui-même ses contenus en ligne.',
  moderateur: 'Comme un rédacteur avec mise en ligne, et valide, met en ligne et supprime tout contenu de la rubrique.',
  gestionnaire: 'Comme un modérateur, et crée, modifie et supprime les sous-rubriques et en nomme les acteurs.',
};

/** A profile named in a right stands for everyone who has it. */
export const profileLabels: Record<Profile, string> = {
  eleve: 'Tous les élèves',
  parent: 'Tous les parents',
  enseignant: 'Tous les enseignants',
  personnel: 'Tous les personnels',
  admin: 'Tous les administrateurs',
  invite: 'Tous les invités',
};

/** One person's profile, in a search result. */
export const personProfileLabels: Record<Profile, string> = {
  eleve: 'élève',
  parent: 'parent',
  enseignant: 'enseignant',
  personnel: 'personnel',
  admin: 'administrateur',
  invite: 'invité',
};

export const visibilityLabels: Record<Visibility, string> = {
  public: 'publique',
  private: 'privée',
};

export const serviceLabels: Record<Service, string> = {
  blog: 'Blog',
  agenda: 'Agenda',
};

/** Whom a right names, as a person reads it. */
export function rightLabel(right: Right, groups: readonly Group[] = []): string {
  if ('profile' in right) return profileLabels[right.profile];
  if ('group' in right) return `Groupe ${right.name ?? groups.find((g) => g.slug === right.group)?.name ?? right.group}`;
  return right.name ? `${right.name} (${right.user})` : right.user;
}

/** Two rights name the same actor (whatever their roles). */
export function sameActor(a: Right, b: Right): boolean {
  if ('profile' in a) return 'profile' in b && a.profile === b.profile;
  if ('group' in a) return 'group' in b && a.group === b.group;
  return 'user' in b && a.user === b.user;
}

/** What `PUT …/rights` takes: the right without the display name. */
export function rightBody(right: Right): Right {
  if ('profile' in right) return { profile: right.profile, role: right.role };
  if ('group' in right) return { group: right.group, role: right.role };
  return { user: right.user, role: right.role };
}

/** « Club théâtre 6e » → `club-theatre-6e`: the server's slug rule (contract/vocabulary.ts). */
export function suggestSlug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The rubrique and every rubrique under it. */
export function subtreeSlugs(rubriques: readonly Rubrique[], slug: string): Set<string> {
  const out = new Set([slug]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rubriques) {
      if (r.parent !== null && out.has(r.parent) && !out.has(r.slug)) {
        out.add(r.slug);
        grew = true;
      }
    }
  }
  return out;
}

/** Private in effect: itself or an ancestor is private (server/access/access.ts). */
export function privateByAncestor(rubriques: readonly Rubrique[], rubrique: Rubrique): boolean {
  const bySlug = new Map(rubriques.map((r) => [r.slug, r]));
  for (let p = rubrique.parent === null ? undefined : bySlug.get(rubrique.parent); p; p = p.parent === null ? undefined : bySlug.get(p.parent)) {
    if (p.visibility === 'private') return true;
  }
  return false;
}
