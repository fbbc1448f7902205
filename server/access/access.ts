/**
 * What one viewer may read and do in one site. The only place that decides it: every
 * resolver, route and feed asks the store for content inside `readable` and nothing else.
 *
 * The rules:
 * - A right names a profile, a group or a user, with a role. A right on a rubrique also
 *   holds on its sub-rubriques (the ENT's actors are set on a rubrique and its subtree).
 * - Privacy is inherited downward: a rubrique is open to anonymous visitors only when
 *   it and every ancestor are `public`. A "public" sub-rubrique of a private rubrique is
 *   therefore private in effect: marking a parent private can never be undone by a
 *   child's setting, which is what a school expects when it closes a section.
 * - A user reads a rubrique when, on every level of its path, the rubrique is public or
 *   the user holds a role there (own or inherited). Site admins (profile `admin`) read
 *   and manage every rubrique of their site.
 */
import type { Rubrique } from '../store/index.ts';
import type { Viewer } from './viewer.ts';
import { roleAllows, strongest, type Action } from './roles.ts';
import type { Role } from '../../contract/vocabulary.ts';

export interface Access {
  /** Ids of the rubriques the viewer may read. */
  readable: ReadonlySet<number>;
  /** The same ids sorted, as a key: equal sets key alike (the reading memo's keys). */
  readableKey: string;
  /** Slugs of the rubriques the viewer may read. */
  readableSlugs: ReadonlySet<string>;
  /** The viewer's role on a rubrique (own or inherited), null when none. */
  roleOn(rubriqueId: number): Role | null;
  can(rubriqueId: number, action: Action): boolean;
}

function ownRole(rubrique: Rubrique, viewer: Viewer): Role | null {
  if (viewer.kind === 'anonymous') return null;
  let role: Role | null = null;
  for (const right of rubrique.rights) {
    const names =
      ('profile' in right && right.profile === viewer.profile) ||
      ('groupId' in right && viewer.groups.includes(right.groupId)) ||
      ('userId' in right && right.userId === viewer.id);
    if (names) role = strongest(role, right.role);
  }
  return role;
}

export function accessFor(viewer: Viewer, siteId: number, rubriques: readonly Rubrique[]): Access {
  const isSiteAdmin = viewer.kind === 'user' && viewer.siteId === siteId && viewer.profile === 'admin';
  // A user of another site is a stranger here: they read what anonymous visitors read.
  const member: Viewer = viewer.kind === 'user' && viewer.siteId === siteId ? viewer : { kind: 'anonymous' };

  const byId = new Map(rubriques.map((r) => [r.id, r]));
  const roles = new Map<number, Role | null>();
  const readable = new Set<number>();
  const readableMemo = new Map<number, boolean>();

  const roleOf = (rubrique: Rubrique): Role | null => {
    if (roles.has(rubrique.id)) return roles.get(rubrique.id)!;
    const parent = rubrique.parentId === null ? undefined : byId.get(rubrique.parentId);
    const role = isSiteAdmin ? 'gestionnaire' : strongest(ownRole(rubrique, member), parent ? roleOf(parent) : null);
    roles.set(rubrique.id, role);
    return role;
  };
  const isReadable = (rubrique: Rubrique): boolean => {
    if (readableMemo.has(rubrique.id)) return readableMemo.get(rubrique.id)!;
    const parent = rubrique.parentId === null ? undefined : byId.get(rubrique.parentId);
    const here = rubrique.visibility === 'public' || roleOf(rubrique) !== null;
    const result = here && (parent ? isReadable(parent) : true);
    readableMemo.set(rubrique.id, result);
    return result;
  };
  for (const rubrique of rubriques) if (isReadable(rubrique)) readable.add(rubrique.id);

  return {
    readable,
    readableKey: [...readable].sort((a, b) => a - b).join(','),
    readableSlugs: new Set(rubriques.filter((r) => readable.has(r.id)).map((r) => r.slug)),
    roleOn: (id) => {
      const rubrique = byId.get(id);
      return rubrique ? roleOf(rubrique) : null;
    },
    can(id, action) {
      if (!readable.has(id)) return false;
      if (action === 'read') return true;
      const role = this.roleOn(id);
      return role !== null && roleAllows(role, action);
    },
  };
}
