/**
 * Brings a database's schema up to date: each pending migration (migrations/) runs in
 * its own transaction with the line that records it, so a migration that fails halfway
 * leaves the database exactly as before it, on SQLite as on PostgreSQL (both run DDL
 * in a transaction). A database that has run a migration this code does not know
 * (written by a newer Tuiles) is refused, not damaged.
 *
 * Several instances may start at once on one PostgreSQL: each migration takes a
 * transaction-scoped advisory lock and looks again whether another instance ran it.
 * The record lives in Kysely's own table (`kysely_migration`), so databases made by
 * earlier versions carry on.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from './dialect.ts';
import { migrations as allMigrations, type Migration } from './migrations/index.ts';

const TABLE = 'kysely_migration';
/** Any constant: the advisory lock that serializes migrations across instances. */
const LOCK_KEY = 7_467_301;

export class MigrationError extends Error {}

async function applied(db: Kysely<any>): Promise<Set<string>> {
  const rows = await db.selectFrom(TABLE).select('name').execute();
  return new Set(rows.map((r) => r.name as string));
}

export async function migrate(db: Kysely<any>, dialect: Dialect, migrations: readonly Migration[] = allMigrations): Promise<void> {
  await db.schema
    .createTable(TABLE)
    .ifNotExists()
    .addColumn('name', 'varchar(255)', (c) => c.primaryKey())
    .addColumn('timestamp', 'varchar(255)', (c) => c.notNull())
    .execute();

  const known = new Set(migrations.map((m) => m.name));
  const unknown = [...(await applied(db))].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new MigrationError(
      `Database schema: this database was written by a newer Tuiles (migration ${unknown.sort().join(', ')} unknown here); upgrade Tuiles instead of opening it with this version`,
    );
  }

  for (const migration of migrations) {
    try {
      await db.transaction().execute(async (trx) => {
        if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
        const done = await trx.selectFrom(TABLE).select('name').where('name', '=', migration.name).executeTakeFirst();
        if (done) return;
        await migration.up(trx, dialect);
        await trx.insertInto(TABLE).values({ name: migration.name, timestamp: new Date().toISOString() }).execute();
      });
    } catch (error) {
      throw new MigrationError(`Database schema: migration ${migration.name} failed: ${(error as Error).message}`);
    }
  }
}
