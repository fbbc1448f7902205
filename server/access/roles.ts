/**
 * The ENT's rights table for a rubrique (ARCHITECTURE.md, "Roles on a rubrique").
 * Each role grants everything the role before it grants, plus its own column.
 */
import { roles, type Role } from '../../contract/vocabulary.ts';

export const actions = [
  'read',
  'writeOwn',
  'deleteOwn',
  'publishOwn',
  'validateAny',
  'publishAny',
  'deleteAny',
  'manageSubRubriques',
  'manageActors',
] as const;
export type Action = (typeof actions)[number];

/** The weakest role that may do each action. */
const weakestRoleFor: Record<Action, Role> = {
  read: 'visiteur',
  writeOwn: 'redacteur',
  deleteOwn: 'redacteur',
  publishOwn: 'redacteur-publication',
  validateAny: 'moderateur',
  publishAny: 'moderateur',
  deleteAny: 'moderateur',
  manageSubRubriques: 'gestionnaire',
  manageActors: 'gestionnaire',
};

export const roleRank = (role: Role): number => roles.indexOf(role);

export function roleAllows(role: Role, action: Action): boolean {
  return roleRank(role) >= roleRank(weakestRoleFor[action]);
}

export function strongest(a: Role | null, b: Role | null): Role | null {
  if (a === null) return b;
  if (b === null) return a;
  return roleRank(a) >= roleRank(b) ? a : b;
}
