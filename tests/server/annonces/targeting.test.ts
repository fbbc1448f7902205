/**
 * Who sees an annonce, and when: the targeting query of the store against a reference
 * rule (a table of cases, then fast-check), and publication windows at midnight Paris
 * time on both sides of the October and March clock changes.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { backends } from '../support/backends.ts';
import { passwordHash } from '../support/fixtures.ts';
import { sanitize } from '../support/harness.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import type { Store, Site, User } from '../../../server/store/index.ts';
import type { StoredTarget } from '../../../server/store/annonces.ts';
import { dayStart, today } from '../../../server/annonces/window.ts';
import { contextFor } from '../../../server/reading/context.ts';
import { currentAnnonces } from '../../../server/reading/readable.ts';
import { localChanges } from '../../../server/freshness/changes.ts';
import type { Profile } from '../../../contract/vocabulary.ts';

const NOW = new Date('2026-11-23T10:00:00Z');
const TODAY = '2026-11-23';

/** A target as authors write it (group by slug). */
interface Target {
  profile?: Profile;
  niveau?: string;
  fonction?: string;
  group?: string;
}

/** The rule, written the plain way: any target matches; inside one, every given field does. */
const reference = (targets: Target[], user: { profile: string; niveau: string | null; fonction: string | null; groups: string[] }) =>
  targets.some(
    (t) =>
      (t.profile === undefined || t.profile === user.profile) &&
      (t.niveau === undefined || t.niveau === user.niveau) &&
      (t.fonction === undefined || t.fonction === user.fonction) &&
      (t.group === undefined || user.groups.includes(t.group)),
  );

const profiles: Profile[] = ['eleve', 'parent', 'enseignant', 'personnel'];
const niveaux = ['6e', '3e'];
const fonctions = ['CPE', 'Principale'];
const groupSlugs = ['6a', '3d', 'ca'];

/** Every combination that matters: profile × niveau (or none) × fonction (or none) × groups. */
const population = profiles.flatMap((profile) =>
  [null, ...niveaux].flatMap((niveau) =>
    [null, ...fonctions].flatMap((fonction) =>
      [[], ['6a'], ['3d', 'ca']].map((groups) => ({ profile, niveau, fonction, groups })),
    ),
  ),
);

for (const backend of backends) {
  describe(`annonce targeting (${backend.name})`, () => {
    let db: Awaited<ReturnType<Backend['fresh']>>;
    let store: Store;
    let site: Site;
    let users: (User & { slugs: string[] })[];
    let groupIds: Map<string, number>;
    type Backend = (typeof backends)[number];

    before(async () => {
      db = await backend.fresh();
      store = db.store;
      ({ site } = await importSiteDocument(
        store,
        {
          site: { slug: 'ciblage', name: 'Ciblage' },
          groups: groupSlugs.map((slug) => ({ slug, name: slug })),
          users: population.map((p, i) => ({
            login: `u${i}`,
            passwordHash,
            displayName: `U${i}`,
            profile: p.profile,
            niveau: p.niveau,
            fonction: p.fonction,
            groups: p.groups,
          })),
        },
        { now: NOW, sanitize },
      ));
      groupIds = new Map((await store.users.groups(site.id)).map((g) => [g.slug, g.id]));
      const slugOf = new Map([...groupIds].map(([slug, id]) => [id, slug]));
      users = (await store.users.list(site.id)).map((u) => ({ ...u, slugs: u.groups.map((id) => slugOf.get(id)!) }));
    });
    after(() => db.drop());

    const stored = (targets: Target[]): StoredTarget[] =>
      targets.map((t) => ({ profile: t.profile ?? null, niveau: t.niveau ?? null, fonction: t.fonction ?? null, groupId: t.group ? groupIds.get(t.group)! : null }));

    const create = (targets: Target[], window = { start: TODAY, end: TODAY }) =>
      store.annonces.create(site.id, { kind: 'information', title: 't', body: '', link: null, illustration: null, email: false, authorId: null, targets: stored(targets), ...window }, NOW);

    /** Logins of the users who see annonce `id` on `day`. */
    async function seenBy(id: number, day = TODAY): Promise<string[]> {
      const seen: string[] = [];
      for (const user of users) {
        if ((await store.annonces.currentForTargeting(site.id, user, day)).some((a) => a.id === id)) seen.push(user.login);
      }
      return seen;
    }
    /**
     * The same, as a personal page reads it: through the list kept per targeting (one memo
     * for everyone, users asked in a shuffled order, the list dropped on the annonce's write
     * as the service announces it). A key missing a field targeting reads would hand one
     * user's list to another.
     */
    const changes = localChanges();
    async function seenThroughKept(id: number, order: number[]): Promise<string[]> {
      // The memo is kept per change feed: the same `changes`, the same memo.
      const reading = { store, now: () => NOW, timeZone: 'Europe/Paris', log: () => {}, changes };
      const seen: string[] = [];
      for (const i of order) {
        const user = users[i];
        const ctx = await contextFor(reading, site, { kind: 'user', ...user });
        if ((await currentAnnonces(ctx, user, TODAY)).some((a) => a.id === id)) seen.push(user.login);
      }
      return seen.sort((a, b) => users.findIndex((u) => u.login === a) - users.findIndex((u) => u.login === b));
    }
    const expected = (targets: Target[]) => users.filter((u) => reference(targets, { ...u, groups: u.slugs })).map((u) => u.login);

    const cases: { name: string; targets: Target[] }[] = [
      { name: 'a profile alone: every user of that profile', targets: [{ profile: 'eleve' }] },
      { name: 'a niveau alone: pupils and parents of that niveau alike', targets: [{ niveau: '3e' }] },
      { name: 'a fonction alone', targets: [{ fonction: 'CPE' }] },
      { name: 'a group alone: its members only', targets: [{ group: '3d' }] },
      { name: 'profile and niveau: both must match (parents of 3e)', targets: [{ profile: 'parent', niveau: '3e' }] },
      { name: 'profile and fonction: staff with that fonction', targets: [{ profile: 'personnel', fonction: 'Principale' }] },
      { name: 'profile and group', targets: [{ profile: 'enseignant', group: 'ca' }] },
      { name: 'every field at once', targets: [{ profile: 'parent', niveau: '6e', fonction: 'CPE', group: '6a' }] },
      { name: 'two targets: either one is enough', targets: [{ profile: 'eleve', niveau: '6e' }, { profile: 'parent', niveau: '3e' }] },
      { name: 'overlapping targets count a user once', targets: [{ profile: 'eleve' }, { niveau: '6e' }, { group: '6a' }] },
      { name: 'a niveau nobody has: nobody', targets: [{ niveau: '2nde' }] },
      { name: 'ten targets', targets: [...profiles.map((profile) => ({ profile, niveau: '3e' })), ...groupSlugs.map((group) => ({ group })), { fonction: 'CPE' }, { profile: 'eleve' as Profile }, { niveau: '6e', group: '3d' }] },
    ];
    for (const c of cases) {
      it(`targets ${c.name}`, async () => {
        const annonce = await create(c.targets);
        const want = expected(c.targets);
        assert.deepEqual(await seenBy(annonce.id), want);
        assert.equal(await store.annonces.targetedCount(site.id, annonce.id), want.length);
      });
    }

    it('shows an annonce only inside its window, both days included', async () => {
      const annonce = await create([{ profile: 'eleve' }], { start: '2026-11-20', end: '2026-11-25' });
      const pupils = expected([{ profile: 'eleve' }]);
      for (const [day, visible] of [
        ['2026-11-19', false],
        ['2026-11-20', true],
        ['2026-11-23', true],
        ['2026-11-25', true],
        ['2026-11-26', false],
      ] as const) {
        assert.deepEqual(await seenBy(annonce.id, day), visible ? pupils : [], day);
      }
    });

    it('agrees with the reference rule for any targets and window (property)', async () => {
      const target = fc
        .record(
          {
            profile: fc.constantFrom(...profiles, 'admin' as Profile),
            niveau: fc.constantFrom(...niveaux, '4e'),
            fonction: fc.constantFrom(...fonctions, 'Infirmière'),
            group: fc.constantFrom(...groupSlugs),
          },
          { requiredKeys: [] },
        )
        .filter((t) => Object.keys(t).length > 0);
      const day = fc.integer({ min: 20, max: 26 }).map((d) => `2026-11-${d}`);
      const order = fc.shuffledSubarray(
        users.map((_, i) => i),
        { minLength: users.length },
      );
      await fc.assert(
        fc.asyncProperty(fc.array(target, { minLength: 1, maxLength: 10 }), day, day, order, async (targets, a, b, shuffled) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const annonce = await create(targets, { start, end });
          changes.changed(site.id);
          const inWindow = start <= TODAY && TODAY <= end;
          assert.deepEqual(await seenBy(annonce.id), inWindow ? expected(targets) : []);
          assert.deepEqual(await seenThroughKept(annonce.id, shuffled), inWindow ? expected(targets) : [], 'through the kept lists');
          assert.equal(await store.annonces.targetedCount(site.id, annonce.id), expected(targets).length);
          await store.annonces.delete(site.id, annonce.id);
          changes.changed(site.id);
        }),
        { numRuns: backend.name === 'sqlite' ? 40 : 10 },
      );
    });

    describe('window edges at midnight, Paris time', () => {
      const paris = 'Europe/Paris';
      const shownAt = async (id: number, instant: string) => {
        const pupil = users.find((u) => u.profile === 'eleve')!;
        return (await store.annonces.currentForTargeting(site.id, pupil, today(new Date(instant), paris))).some((a) => a.id === id);
      };
      it('opens and closes at local midnight on the night summer time ends (25 October 2026)', async () => {
        const annonce = await create([{ profile: 'eleve' }], { start: '2026-10-25', end: '2026-10-25' });
        // Midnight starting the 25th is 22:00 UTC (summer time, +2); midnight ending it is 23:00 UTC (winter time, +1).
        assert.equal(dayStart('2026-10-25', paris).toISOString(), '2026-10-24T22:00:00.000Z');
        assert.equal(dayStart('2026-10-26', paris).toISOString(), '2026-10-25T23:00:00.000Z');
        assert.equal(await shownAt(annonce.id, '2026-10-24T21:59:59.999Z'), false);
        assert.equal(await shownAt(annonce.id, '2026-10-24T22:00:00.000Z'), true);
        assert.equal(await shownAt(annonce.id, '2026-10-25T01:30:00.000Z'), true, 'during the repeated hour');
        assert.equal(await shownAt(annonce.id, '2026-10-25T22:59:59.999Z'), true, 'a 25-hour day');
        assert.equal(await shownAt(annonce.id, '2026-10-25T23:00:00.000Z'), false);
      });
      it('opens and closes at local midnight on the night summer time starts (28 March 2027)', async () => {
        const annonce = await create([{ profile: 'eleve' }], { start: '2027-03-28', end: '2027-03-28' });
        assert.equal(dayStart('2027-03-28', paris).toISOString(), '2027-03-27T23:00:00.000Z');
        assert.equal(dayStart('2027-03-29', paris).toISOString(), '2027-03-28T22:00:00.000Z');
        assert.equal(await shownAt(annonce.id, '2027-03-27T22:59:59.999Z'), false);
        assert.equal(await shownAt(annonce.id, '2027-03-27T23:00:00.000Z'), true);
        assert.equal(await shownAt(annonce.id, '2027-03-28T21:59:59.999Z'), true, 'a 23-hour day');
        assert.equal(await shownAt(annonce.id, '2027-03-28T22:00:00.000Z'), false);
      });
      it('follows the configured time zone, not the server clock (Cayenne, UTC-3)', async () => {
        const annonce = await create([{ profile: 'eleve' }], { start: '2026-11-24', end: '2026-11-24' });
        const pupil = users.find((u) => u.profile === 'eleve')!;
        const at = (instant: string) => store.annonces.currentForTargeting(site.id, pupil, today(new Date(instant), 'America/Cayenne'));
        assert.equal((await at('2026-11-24T02:59:59Z')).some((a) => a.id === annonce.id), false);
        assert.equal((await at('2026-11-24T03:00:00Z')).some((a) => a.id === annonce.id), true);
      });
    });
  });
}
