/**
 * The test school staffed like the demo one, for what /api/me's `may` and /moi's links
 * say: the admin, a rédacteur of one public blog rubrique (as the demo's enseignants on
 * « CDI »), its modérateur (as the demo's principal adjoint), the gestionnaire of a
 * rubrique, a rédacteur and a modérateur of an agenda-only rubrique, a visitor of a blog
 * rubrique, and a pupil with no right at all.
 */
import type { SiteDocumentInput } from '../../../server/site-document/schema.ts';
import type { Capabilities } from '../../../contract/api.ts';
import { passwordHash, schoolDocument } from '../support/fixtures.ts';

const none: Capabilities = { admin: false, write: false, moderate: false, manageRubriques: false };

/** Who logs in, and what each may do: the expected `may`. */
export const staff: Record<string, Capabilities> = {
  admin: { admin: true, write: true, moderate: true, manageRubriques: true },
  'redac-cdi': { ...none, write: true },
  'modo-cdi': { ...none, write: true, moderate: true },
  'gest-cdi': { ...none, write: true, moderate: true, manageRubriques: true },
  // Events count as writing; the moderation queue is about articles only.
  'redac-agenda': { ...none, write: true },
  'modo-agenda': { ...none, write: true },
  'visit-cdi': none,
  'eleve-rien': none,
};

export function capabilitiesSchool(): SiteDocumentInput {
  const base = schoolDocument();
  const person = (login: string, profile: 'enseignant' | 'personnel' | 'eleve') => ({ login, passwordHash, displayName: `Compte ${login}`, profile });
  const rightsOn: Record<string, { user: string; role: 'visiteur' | 'redacteur' | 'moderateur' | 'gestionnaire' }[]> = {
    cdi: [
      { user: 'redac-cdi', role: 'redacteur' },
      { user: 'modo-cdi', role: 'moderateur' },
      { user: 'gest-cdi', role: 'gestionnaire' },
      { user: 'visit-cdi', role: 'visiteur' },
    ],
    'agenda-only': [
      { user: 'redac-agenda', role: 'redacteur' },
      { user: 'modo-agenda', role: 'moderateur' },
    ],
  };
  return {
    ...base,
    users: [
      ...base.users!,
      person('redac-cdi', 'enseignant'),
      person('modo-cdi', 'personnel'),
      person('gest-cdi', 'enseignant'),
      person('redac-agenda', 'personnel'),
      person('modo-agenda', 'personnel'),
      person('visit-cdi', 'eleve'),
      person('eleve-rien', 'eleve'),
    ],
    rubriques: base.rubriques!.map((r) => (rightsOn[r.slug] ? { ...r, rights: [...(r.rights ?? []), ...rightsOn[r.slug]] } : r)),
  };
}
