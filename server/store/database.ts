/**
 * Opens the database named by a URL: `sqlite:PATH` (the embedded default) or
 * `postgres://...` (multi-instance deployments), and brings its schema up to date.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import type { DirectReads } from './compiled.ts';
import { migrate } from './migrate.ts';
import { parseDatabaseUrl, DatabaseUrlError, type Dialect } from './dialect.ts';

export type { Dialect };
export { DatabaseUrlError, parseDatabaseUrl };

/** The file or server named by DATABASE_URL cannot be used: one line for the operator. */
export class DatabaseOpenError extends Error {}

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** SQLite only: its statements asked directly, outside transactions (store/compiled.ts). */
  reads?: DirectReads;
  close(): Promise<void>;
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements can be reused, and the
 * same few queries serve every page. Keeping them prepared halves a page's SQL time.
 */
function withStatementCache(sqlite: SQLite.Database, max = 500) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql); // most recently used last: eviction takes the least used
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= max) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

/**
 * The reads compiled.ts runs straight on SQLite (none while a transaction is open on the
 * connection). Rows come as arrays and are made into objects here: better-sqlite3 looks
 * each column's name up again for every row it builds, a sixth of the session statement's
 * time (thirteen columns). Statements of their own: raw mode is a statement's setting, and
 * Kysely's (withStatementCache) must keep giving objects.
 */
function directReads(sqlite: SQLite.Database): DirectReads {
  const prepared = new Map<string, { statement: SQLite.Statement<unknown[], unknown[]>; columns: string[] }>();
  return (sql, parameters) => {
    if (sqlite.inTransaction) return undefined;
    let read = prepared.get(sql);
    if (!read) {
      const statement = sqlite.prepare<unknown[], unknown[]>(sql).raw(true);
      read = { statement, columns: statement.columns().map((column) => column.name) };
      // Only the few compiled-once queries come here, one per shape: bounded all the same.
      if (prepared.size >= 200) prepared.clear();
      prepared.set(sql, read);
    }
    const { statement, columns } = read;
    const rows = statement.all(parameters as unknown[]);
    const objects = new Array<Record<string, unknown>>(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const values = rows[r];
      const row: Record<string, unknown> = {};
      for (let c = 0; c < columns.length; c++) row[columns[c]] = values[c];
      objects[r] = row;
    }
    return objects;
  };
}

export async function openDatabase(
  url: string,
  log: (message: string) => void = (message) => console.error(`[tuiles] ${message}`),
): Promise<DatabaseHandle> {
  const { dialect, target } = parseDatabaseUrl(url);
  let handle: DatabaseHandle;
  if (dialect === 'sqlite') {
    if (target !== ':memory:') mkdirSync(dirname(target), { recursive: true });
    let sqlite: SQLite.Database;
    try {
      sqlite = new SQLite(target);
      sqlite.pragma('journal_mode = WAL');
    } catch (error) {
      throw new DatabaseOpenError(`DATABASE_URL: ${target} is not a SQLite database Tuiles can open (${(error as Error).message})`);
    }
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const statements = withStatementCache(sqlite);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }) });
    // One connection: while a transaction is open on it, a read waits in Kysely's queue
    // (it must not see, nor slip into, what the transaction has not committed).
    handle = { db, dialect, reads: directReads(sqlite), close: () => db.destroy() };
  } else {
    const pool = new pg.Pool({ connectionString: target, max: 10 });
    // An idle connection cut by the server (restart, failover) must not crash the
    // process: the pool drops it and the next query opens a new one.
    pool.on('error', (error) => log(`PostgreSQL idle connection lost: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    handle = { db, dialect, close: () => db.destroy() };
  }
  try {
    await migrate(handle.db, dialect);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
