/**
 * What a service learns about the user on validation: `cas:user` and `cas:attributes`.
 *
 * Pronote ("service profile", Pronote settings) recognises an ENT user in one of two
 * ways, as PRONOTE's « Interconnexion CAS » offers:
 * - `identite`: by identity. Attributes `nom`, `prenom`, `dateNaissance` (dd/MM/yyyy),
 *   `codePostal` and `categories` (National_1 élève, National_2 parent, National_3
 *   enseignant, National_4 personnel).
 * - `identifiant-pronote`: by the user's PRONOTE-ENT identifier (from the
 *   "identifiants PRONOTE" import) in the attribute the school configured, with
 *   `categories`.
 * An attribute Tuiles does not know is left out rather than guessed.
 *
 * Other services get the login as `cas:user` and `displayName` and `categories`.
 */
import type { PronoteSettings } from '../../../contract/tiles/pronote.ts';
import type { Profile } from '../../../contract/vocabulary.ts';
import type { UserIdentity } from '../../store/index.ts';
import type { ServiceKind } from './services.ts';

export type Attributes = Record<string, string | string[]>;

/** PRONOTE's national categories. Admins of the ENT are school staff; guests have none. */
export const pronoteCategories: Partial<Record<Profile, string>> = {
  eleve: 'National_1',
  parent: 'National_2',
  enseignant: 'National_3',
  personnel: 'National_4',
  admin: 'National_4',
};

/** 2012-03-25 -> 25/03/2012 */
export function frenchDate(isoDay: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : null;
}

interface Who {
  login: string;
  displayName: string;
  profile: Profile;
  identity: UserIdentity;
}

export function releaseFor(kind: ServiceKind, who: Who, settings: PronoteSettings | null): { user: string; attributes: Attributes } {
  const attributes: Attributes = {};
  const put = (name: string, value: string | null | undefined) => {
    if (value) attributes[name] = value;
  };
  const category = pronoteCategories[who.profile];
  if (kind === 'other') {
    put('displayName', who.displayName);
    put('categories', category);
    return { user: who.login, attributes };
  }
  const profile = settings?.serviceProfile ?? { mode: 'identite', attribute: 'identifiantPronote' };
  if (profile.mode === 'identifiant-pronote') {
    put(profile.attribute, who.identity.pronoteId);
  } else {
    put('nom', who.identity.nom);
    put('prenom', who.identity.prenom);
    put('dateNaissance', who.identity.birthDate ? frenchDate(who.identity.birthDate) : null);
    put('codePostal', who.identity.postalCode);
  }
  put('categories', category);
  return { user: who.login, attributes };
}
