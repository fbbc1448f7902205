import { describe, it, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely, SqliteDialect, sql } from 'kysely';
import SQLite from 'better-sqlite3';
import { backends } from '../support/backends.ts';
import { openDatabase } from '../../../server/store/database.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import { exportSiteDocument } from '../../../server/site-document/export.ts';
import { sanitize } from '../support/harness.ts';
import { NOW, daysAgo, daysAhead, schoolDocument } from '../support/fixtures.ts';
import type { Store } from '../../../server/store/index.ts';

for (const backend of backends) {
  describe(`store on ${backend.name}`, () => {
    let db: Awaited<ReturnType<typeof backend.fresh>>;
    let store: Store;
    let siteId: number;
    let rubriqueId: (slug: string) => number;
    before(async () => {
      db = await backend.fresh();
      store = db.store;
      const { site } = await importSiteDocument(store, schoolDocument(), { now: NOW, sanitize });
      siteId = site.id;
      const rubriques = await store.rubriques.list(siteId);
      rubriqueId = (slug) => rubriques.find((r) => r.slug === slug)!.id;
    });
    after(() => db.drop());

    it('applies its migrations again without harm when reopened', async () => {
      const again = await openDatabase(db.url);
      assert.equal(await again.db.selectFrom('sites').select('slug').executeTakeFirstOrThrow().then((r) => r.slug), 'college-test');
      await again.close();
    });

    it('lists the latest published articles by activity, an update first', async () => {
      const latest = await store.articles.latestPublished([rubriqueId('actus'), rubriqueId('cdi')], 10, NOW);
      assert.deepEqual(
        latest.map((a) => a.id),
        ['a-public-2', 'a-public-1', 'a-cdi-1'],
      );
      assert.equal(latest[0].activityAt, daysAgo(1));
    });

    it('holds back drafts, pending and scheduled articles', async () => {
      const ids = (await store.articles.latestPublished([rubriqueId('actus')], 50, NOW)).map((a) => a.id);
      assert.ok(!ids.includes('a-public-draft'));
      assert.ok(!ids.includes('a-public-pending'));
      assert.ok(!ids.includes('a-public-future'));
      const later = (await store.articles.latestPublished([rubriqueId('actus')], 50, new Date(daysAhead(3)))).map((a) => a.id);
      assert.equal(later[0], 'a-public-future');
    });

    it('stops at max across several rubriques', async () => {
      const latest = await store.articles.latestPublished([rubriqueId('actus'), rubriqueId('cdi')], 2, NOW);
      assert.deepEqual(latest.map((a) => a.id), ['a-public-2', 'a-public-1']);
    });

    it('finds published articles by id only inside the given rubriques', async () => {
      const found = await store.articles.publishedByIds(siteId, ['a-profs-1', 'a-cdi-1', 'a-public-draft'], [rubriqueId('cdi'), rubriqueId('actus')], NOW);
      assert.deepEqual(found.map((a) => a.id), ['a-cdi-1']);
    });

    it('lists upcoming events soonest first, an ongoing one included', async () => {
      const events = await store.events.upcoming([rubriqueId('actus'), rubriqueId('agenda-only')], 10, NOW, '2026-11-23');
      assert.deepEqual(events.map((e) => e.id), ['e-ongoing', 'e-soon']);
      assert.equal(events[1].allDay, true);
      assert.equal(events[0].location, 'Gymnase');
    });

    it('keeps an all-day event until the end of its last day where the school is', async () => {
      const actus = rubriqueId('actus');
      await store.events.insertMany(siteId, [
        { id: 'e-allday', rubriqueId: actus, title: 'Journée', summary: '', location: '', start: '2026-12-10T00:00:00.000Z', end: '2026-12-10T00:00:00.000Z', allDay: true },
      ]);
      const listed = async (instant: string, today: string) =>
        (await store.events.upcoming([actus], 10, new Date(instant), today)).some((e) => e.id === 'e-allday');
      assert.equal(await listed('2026-12-10T07:00:00.000Z', '2026-12-10'), true, 'on the morning of its day');
      assert.equal(await listed('2026-12-10T22:30:00.000Z', '2026-12-10'), true, 'late in the evening');
      assert.equal(await listed('2026-12-10T23:30:00.000Z', '2026-12-11'), false, 'the next day in Paris');
    });

    it('keeps sessions until they expire and forgets them on delete', async () => {
      const [user] = await store.users.byLogin('eleve');
      await store.sessions.create('hash-1', user.id, NOW, new Date(NOW.getTime() + 1000));
      assert.equal(await store.sessions.userOf('hash-1', NOW), user.id);
      assert.equal(await store.sessions.userOf('hash-1', new Date(NOW.getTime() + 2000)), null);
      await store.sessions.delete('hash-1');
      assert.equal(await store.sessions.userOf('hash-1', NOW), null);
    });

    it("reads a session's user with their receipts of the annonces current around now, and only theirs", async () => {
      const [eleve] = await store.users.byLogin('eleve');
      const [eleve2] = await store.users.byLogin('eleve2');
      const annonce = (start: string, end: string) =>
        store.annonces.create(
          siteId,
          { kind: 'information', title: `${start} → ${end}`, body: '<p>x</p>', link: null, illustration: null, start, end, email: false, authorId: null, targets: [{ profile: 'eleve', niveau: null, fonction: null, groupId: null }] },
          NOW,
        );
      const today = NOW.toISOString().slice(0, 10);
      const current = await annonce(today, today);
      const ended = await annonce('2026-11-01', '2026-11-10');
      const later = await annonce('2026-12-20', '2026-12-24');
      const unread = await annonce(today, '2026-11-30');
      for (const a of [current, ended, later]) await store.annonces.markRead(a.id, eleve.id, NOW);
      await store.annonces.markRead(unread.id, eleve2.id, NOW);
      await store.sessions.create('hash-reads', eleve.id, NOW, new Date(NOW.getTime() + 60_000));
      const found = await store.sessions.viewerOf('hash-reads', NOW);
      assert.equal(found?.user.login, 'eleve');
      // Ended and not yet begun: outside any school's today, not carried on every request.
      assert.deepEqual([...found!.annoncesRead], [current.id]);
      await store.sessions.delete('hash-reads');
      assert.equal(await store.sessions.viewerOf('hash-reads', NOW), null);
    });

    it('stores user groups and reads them back with the user', async () => {
      const [eleve] = await store.users.byLogin('eleve');
      const groups = await store.users.groups(siteId);
      assert.deepEqual(eleve.groups, [groups.find((g) => g.slug === '6a')!.id]);
      assert.equal(eleve.niveau, '6e');
    });

    it('sanitizes article bodies on import', async () => {
      const cdi = (await store.articles.list(siteId)).find((a) => a.id === 'a-cdi-1')!;
      assert.equal(cdi.body, '<p>Prix</p>');
    });

    it('exports a site that imports back identical', async () => {
      const exported = await exportSiteDocument(store, 'college-test');
      const other = await backend.fresh();
      try {
        await importSiteDocument(other.store, exported, { now: NOW, sanitize });
        assert.deepEqual(await exportSiteDocument(other.store, 'college-test'), exported);
      } finally {
        await other.drop();
      }
      assert.equal(exported.articles!.length, schoolDocument().articles!.length);
      assert.ok(exported.users!.every((u) => u.passwordHash?.startsWith('scrypt$') && !('password' in u)));
    });

    it('refuses to import over an existing site unless told to replace it', async () => {
      await assert.rejects(importSiteDocument(store, schoolDocument(), { now: NOW, sanitize }), { status: 409 });
      const doc = schoolDocument({ articles: [], pages: {} });
      await importSiteDocument(store, doc, { now: NOW, sanitize, replace: true });
      const site = (await store.sites.bySlug('college-test'))!;
      assert.equal((await store.articles.list(site.id)).length, 0);
      // Put the full school back for the other tests of this suite.
      const again = await importSiteDocument(store, schoolDocument(), { now: NOW, sanitize, replace: true });
      siteId = again.site.id;
      const rubriques = await store.rubriques.list(siteId);
      rubriqueId = (slug) => rubriques.find((r) => r.slug === slug)!.id;
    });
  });
}

describe('schema versions', () => {
  it('refuses a database written by a newer Tuiles instead of changing it', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'tuiles-newer-')), 'newer.db');
    const first = await openDatabase(`sqlite:${file}`);
    await first.close();
    const raw = new Kysely<any>({ dialect: new SqliteDialect({ database: new SQLite(file) }) });
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(raw);
    await raw.destroy();
    await assert.rejects(openDatabase(`sqlite:${file}`), /9999-from-the-future|corrupted|missing/i);
  });

  it('turns on WAL and foreign keys for SQLite', async () => {
    const db = await backends[0].fresh();
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.handle.db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db.handle.db);
    assert.equal(mode.rows[0].journal_mode, 'wal');
    assert.equal(fk.rows[0].foreign_keys, 1);
    await db.drop();
  });
});
