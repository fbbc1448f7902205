/** Column shapes both databases agree on, for the migrations. */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/**
 * Text compares byte by byte on both databases (SQLite's BINARY, PostgreSQL's "C"), so
 * ids, slugs and ISO dates sort the same everywhere, whatever the cluster's locale.
 */
export const textType = (dialect: Dialect) => (dialect === 'postgres' ? sql`text collate "C"` : 'text');

/** A new table with an integer key: SQLite's rowid alias, PostgreSQL's identity column. */
export const tableWithKey = (db: Kysely<any>, dialect: Dialect, name: string, key = 'id') =>
  db.schema
    .createTable(name)
    .addColumn(key, 'integer', (c) => (dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()));
