import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { backends } from '../support/backends.ts';
import { migrate } from '../../../server/store/migrate.ts';
import { migrations } from '../../../server/store/migrations/index.ts';
import { openDatabase } from '../../../server/store/database.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import { exportSiteDocument } from '../../../server/site-document/export.ts';
import { sanitize } from '../support/harness.ts';
import { NOW, schoolDocument } from '../support/fixtures.ts';

const tableNames = async (db: Kysely<any>) => (await db.introspection.getTables()).map((t) => t.name).sort();

for (const backend of backends) {
  describe(`migrations (${backend.name})`, () => {
    it('leaves the database exactly as before when a migration fails halfway', async () => {
      const db = await backend.fresh();
      try {
        await importSiteDocument(db.store, schoolDocument(), { now: NOW, sanitize });
        const before = { tables: await tableNames(db.handle.db), site: await exportSiteDocument(db.store, 'college-test') };
        const halfway = {
          name: '9000-fails-halfway',
          async up(trx: Kysely<any>) {
            await trx.schema.createTable('half_done').addColumn('id', 'integer').execute();
            await trx.schema.alterTable('articles').addColumn('half_column', 'text').execute();
            await trx.updateTable('articles').set({ title: 'changed by a failed migration' }).execute();
            await sql`select * from no_such_table`.execute(trx);
          },
        };
        await assert.rejects(migrate(db.handle.db, backend.name, [...migrations, halfway]), /9000-fails-halfway failed/);
        assert.deepEqual(await tableNames(db.handle.db), before.tables, 'no table left behind');
        const columns = (await db.handle.db.introspection.getTables()).find((t) => t.name === 'articles')!.columns.map((c) => c.name);
        assert.ok(!columns.includes('half_column'), 'no column left behind');
        assert.deepEqual(await exportSiteDocument(db.store, 'college-test'), before.site, 'no row changed');
        const recorded = await (db.handle.db as Kysely<any>).selectFrom('kysely_migration').select('name').orderBy('name').execute();
        assert.deepEqual(recorded.map((r: { name: string }) => r.name), migrations.map((m) => m.name), 'the failed migration is not recorded');
        // Fixed and run again, it applies: nothing half-done stands in its way.
        await migrate(db.handle.db, backend.name, [...migrations, { name: '9000-fails-halfway', up: async (trx) => void (await trx.schema.createTable('half_done').addColumn('id', 'integer').execute()) }]);
        assert.ok((await tableNames(db.handle.db)).includes('half_done'));
      } finally {
        await db.drop();
      }
    });

    it('lists the migrations in the order of their numbers', () => {
      const names = migrations.map((m) => m.name);
      assert.deepEqual(names, [...names].sort());
      assert.equal(new Set(names.map((n) => n.slice(0, 4))).size, names.length, 'each number once');
    });

    it('runs each pending migration once, even when two openings race', async () => {
      const db = await backend.fresh();
      try {
        let runs = 0;
        const counted = { name: '9001-counted', up: async (trx: Kysely<any>) => void (runs++, await trx.schema.createTable('counted').addColumn('id', 'integer').execute()) };
        const results = await Promise.allSettled([
          migrate(db.handle.db, backend.name, [...migrations, counted]),
          migrate(db.handle.db, backend.name, [...migrations, counted]),
        ]);
        // On SQLite the second writer may wait on the first; either way the table is made once.
        assert.ok(results.some((r) => r.status === 'fulfilled'));
        assert.equal(runs, 1);
      } finally {
        await db.drop();
      }
    });
  });
}

describe('opening a file that is not a database', () => {
  it('stops with one line naming DATABASE_URL, not a stack trace', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tuiles-corrupt-')), 'notes.db');
    writeFileSync(file, 'Ceci est une liste de courses, pas une base de données.\n'.repeat(200));
    await assert.rejects(openDatabase(`sqlite:${file}`), (error: Error) => {
      assert.match(error.message, /^DATABASE_URL: .*notes\.db is not a SQLite database/);
      assert.ok(!error.message.includes('\n'));
      return true;
    });
  });
});
