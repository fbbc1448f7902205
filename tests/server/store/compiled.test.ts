/**
 * Queries compiled once (server/store/compiled.ts): each call answers for its own
 * arguments, the constants of the query stay, and a different shape gets its own SQL.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { compiledOnce } from '../../../server/store/compiled.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import { sanitize } from '../support/harness.ts';
import { NOW, schoolDocument } from '../support/fixtures.ts';

for (const backend of backends) {
  describe(`queries compiled once on ${backend.name}`, () => {
    let db: Awaited<ReturnType<(typeof backend)['fresh']>>;
    before(async () => {
      db = await backend.fresh();
      await importSiteDocument(db.store, schoolDocument(), { now: NOW, sanitize });
    });
    after(() => db.drop());

    it('answers each call for its own arguments, keeping the constants of the query', async () => {
      const { db: kysely, reads } = db.handle;
      const published = compiledOnce({ db: kysely, reads }, (_shape, rubrique: string, before: string) =>
        kysely
          .selectFrom('articles')
          .innerJoin('rubriques', 'rubriques.id', 'articles.rubrique_id')
          .select('articles.id')
          .where('rubriques.slug', '=', rubrique)
          .where('articles.status', '=', 'published')
          .where('articles.published_at', '<=', before)
          .orderBy('articles.id'),
      );
      const ids = async (rubrique: string, before: string) => (await published(rubrique, before)).map((r) => r.id);
      assert.deepEqual(await ids('actus', NOW.toISOString()), ['a-public-1', 'a-public-2']);
      assert.deepEqual(await ids('cdi', NOW.toISOString()), ['a-cdi-1']);
      // The draft and pending articles of actus stay out: 'published' is the query's own value.
      assert.deepEqual(await ids('actus', '9999-12-31'), ['a-public-1', 'a-public-2', 'a-public-future']);
    });

    it('gives each shape its own SQL (a list of another length)', async () => {
      const { db: kysely, reads } = db.handle;
      const byIds = compiledOnce(
        { db: kysely, reads },
        (_shape, ...ids: string[]) => kysely.selectFrom('articles').select('id').where('id', 'in', ids).orderBy('id'),
        (...ids) => String(ids.length),
      );
      assert.deepEqual((await byIds('a-cdi-1')).map((r) => r.id), ['a-cdi-1']);
      assert.deepEqual((await byIds('a-cdi-1', 'a-6a-1')).map((r) => r.id), ['a-6a-1', 'a-cdi-1']);
      assert.deepEqual((await byIds('a-parents-1')).map((r) => r.id), ['a-parents-1']);
    });

    it('never reads what an open transaction has not committed: a rolled-back article is never seen', async () => {
      const { db: kysely, reads } = db.handle;
      const title = compiledOnce({ db: kysely, reads }, (_shape, id: string) => kysely.selectFrom('articles').select('title').where('id', '=', id));
      let askedDuring: Promise<{ title: string }[]> | undefined;
      await assert.rejects(
        kysely.transaction().execute(async (trx) => {
          await trx.updateTable('articles').set({ title: 'Brouillon jamais validé' }).where('id', '=', 'a-cdi-1').execute();
          // Asked while the transaction holds the connection (SQLite) or its own (PostgreSQL).
          askedDuring = title('a-cdi-1');
          await new Promise((done) => setTimeout(done, 20));
          throw new Error('rolled back');
        }),
        /rolled back/,
      );
      const [row] = await askedDuring!;
      assert.notEqual(row.title, 'Brouillon jamais validé');
      assert.equal((await title('a-cdi-1'))[0].title, row.title);
    });
  });
}
