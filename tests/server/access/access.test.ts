import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accessFor } from '../../../server/access/access.ts';
import { actions, roleAllows, type Action } from '../../../server/access/roles.ts';
import type { Viewer } from '../../../server/access/viewer.ts';
import type { Rubrique } from '../../../server/store/index.ts';
import { roles, type Profile, type Role } from '../../../contract/vocabulary.ts';

// ARCHITECTURE.md's table, written out cell by cell: one row per action, one column per role.
const table: Record<Action, Record<Role, boolean>> = {
  read: { visiteur: true, redacteur: true, 'redacteur-publication': true, moderateur: true, gestionnaire: true },
  writeOwn: { visiteur: false, redacteur: true, 'redacteur-publication': true, moderateur: true, gestionnaire: true },
  deleteOwn: { visiteur: false, redacteur: true, 'redacteur-publication': true, moderateur: true, gestionnaire: true },
  publishOwn: { visiteur: false, redacteur: false, 'redacteur-publication': true, moderateur: true, gestionnaire: true },
  validateAny: { visiteur: false, redacteur: false, 'redacteur-publication': false, moderateur: true, gestionnaire: true },
  publishAny: { visiteur: false, redacteur: false, 'redacteur-publication': false, moderateur: true, gestionnaire: true },
  deleteAny: { visiteur: false, redacteur: false, 'redacteur-publication': false, moderateur: true, gestionnaire: true },
  manageSubRubriques: { visiteur: false, redacteur: false, 'redacteur-publication': false, moderateur: false, gestionnaire: true },
  manageActors: { visiteur: false, redacteur: false, 'redacteur-publication': false, moderateur: false, gestionnaire: true },
};

const SITE = 1;
const user = (profile: Profile, extra: Partial<Extract<Viewer, { kind: 'user' }>> = {}): Viewer => ({
  kind: 'user',
  id: 100,
  siteId: SITE,
  login: 'u',
  displayName: 'U',
  profile,
  niveau: null,
  fonction: null,
  groups: [],
  ...extra,
});
const rubrique = (id: number, extra: Partial<Rubrique> = {}): Rubrique => ({
  id,
  slug: `r${id}`,
  title: `R${id}`,
  parentId: null,
  visibility: 'public',
  services: ['blog'],
  rights: [],
  ...extra,
});

describe('the role table', () => {
  for (const action of actions) {
    for (const role of roles) {
      const expected = table[action][role];
      it(`${expected ? 'lets' : 'does not let'} a ${role} ${action} on the rubrique`, () => {
        assert.equal(roleAllows(role, action), expected);
        // The same answer through a real access check on a private rubrique naming the user.
        const access = accessFor(user('eleve'), SITE, [rubrique(1, { visibility: 'private', rights: [{ userId: 100, role }] })]);
        assert.equal(access.can(1, action), expected);
      });
    }
  }
});

describe('who reads which rubrique', () => {
  const tree = [
    rubrique(1, { visibility: 'public' }),
    rubrique(2, { visibility: 'private', rights: [{ profile: 'enseignant', role: 'visiteur' }] }),
    rubrique(3, { visibility: 'public', parentId: 2 }),
    rubrique(4, { visibility: 'private', parentId: 2 }),
    rubrique(5, { visibility: 'private', rights: [{ groupId: 7, role: 'redacteur' }] }),
    rubrique(6, { visibility: 'private', rights: [{ userId: 42, role: 'moderateur' }] }),
    rubrique(7, { visibility: 'private', parentId: 1, rights: [{ profile: 'parent', role: 'visiteur' }] }),
  ];
  const readable = (viewer: Viewer) => [...accessFor(viewer, SITE, tree).readable].sort();

  it('shows anonymous visitors the public rubriques only', () => {
    assert.deepEqual(readable({ kind: 'anonymous' }), [1]);
  });
  it('keeps a "public" sub-rubrique of a private rubrique away from anonymous visitors', () => {
    assert.ok(!readable({ kind: 'anonymous' }).includes(3));
  });
  it('opens a private rubrique to the profile its right names, with its sub-rubriques', () => {
    assert.deepEqual(readable(user('enseignant')), [1, 2, 3, 4]);
  });
  it('opens a private rubrique to a member of the group its right names', () => {
    assert.deepEqual(readable(user('eleve', { groups: [7] })), [1, 5]);
  });
  it('opens a private rubrique to the user its right names', () => {
    assert.deepEqual(readable(user('eleve', { id: 42 })), [1, 6]);
  });
  it('opens a private child of a public rubrique only to those it names', () => {
    assert.deepEqual(readable(user('parent')), [1, 7]);
    assert.deepEqual(readable(user('eleve')), [1]);
  });
  it('lets a site admin read and manage every rubrique of their site', () => {
    const access = accessFor(user('admin'), SITE, tree);
    assert.deepEqual([...access.readable].sort(), [1, 2, 3, 4, 5, 6, 7]);
    assert.ok(access.can(4, 'manageActors'));
  });
  it('treats an admin of another site as an anonymous visitor', () => {
    assert.deepEqual([...accessFor(user('admin', { siteId: 2 }), SITE, tree).readable], [1]);
  });
  it('treats a user of another site named by id as a stranger', () => {
    assert.deepEqual([...accessFor(user('eleve', { id: 42, siteId: 2 }), SITE, tree).readable], [1]);
  });
  it('gives the strongest of the inherited and own roles', () => {
    const access = accessFor(user('enseignant', { groups: [9] }), SITE, [
      rubrique(1, { visibility: 'private', rights: [{ profile: 'enseignant', role: 'moderateur' }] }),
      rubrique(2, { visibility: 'private', parentId: 1, rights: [{ groupId: 9, role: 'redacteur' }] }),
    ]);
    assert.equal(access.roleOn(2), 'moderateur');
    assert.ok(access.can(2, 'validateAny'));
    assert.ok(!access.can(2, 'manageSubRubriques'));
  });
  it('gives no role to anonymous visitors, so they can only read', () => {
    const access = accessFor({ kind: 'anonymous' }, SITE, tree);
    assert.ok(access.can(1, 'read'));
    assert.ok(!access.can(1, 'writeOwn'));
    assert.ok(!access.can(2, 'read'));
  });
  it('gives a visiteur right on a public rubrique no write access', () => {
    const access = accessFor(user('eleve'), SITE, [rubrique(1, { rights: [{ profile: 'eleve', role: 'visiteur' }] })]);
    assert.ok(access.can(1, 'read'));
    assert.ok(!access.can(1, 'writeOwn'));
  });
});
