/**
 * Queries compiled once. Kysely builds and compiles every query anew: for the few
 * that every logged-in request runs (its session, its read receipts, its preferences) that
 * costs more than SQLite's answer. Here the query is built once per shape with
 * stand-ins for its arguments, and each call sends the same SQL with its own values
 * (better-sqlite3 keeps the statement prepared, database.ts; PostgreSQL parses it).
 * On SQLite, outside a transaction, the statement is run directly (`DirectReads`).
 */
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * SQLite's prepared statements, asked directly (database.ts): undefined while a
 * transaction is open on the connection, when the query must wait its turn through
 * Kysely (and not read what the transaction has not committed yet).
 */
export type DirectReads = (sql: string, parameters: readonly unknown[]) => unknown[] | undefined;

/** Stand-ins no real argument equals: a value of the query that is one of them is that argument. */
const standIn = (i: number) => `\u0000argument ${i}\u0000`;

interface Template {
  sql: string;
  /** For each parameter, the argument it takes, or -1: a constant of the query (kept as compiled). */
  from: number[];
  constants: readonly unknown[];
}

function templateOf(query: Compilable<unknown>, arity: number): Template {
  const compiled = query.compile();
  const standIns = Array.from({ length: arity }, (_, i) => standIn(i));
  return { sql: compiled.sql, from: compiled.parameters.map((p) => standIns.indexOf(p as string)), constants: compiled.parameters };
}

/**
 * `build(...standIns)` must hand each argument to the builder as a value, unchanged
 * (compute `now.toISOString()` before, not inside). `shape` names what changes the
 * SQL itself (a list's length, a null tested with `is null`): one template per shape.
 */
export function compiledOnce<A extends unknown[], R>(
  { db, reads }: { db: Kysely<Database>; reads?: DirectReads },
  build: (shape: A, ...standIns: A) => Compilable<R>,
  shape: (...args: A) => string = () => '',
) {
  const templates = new Map<string, Template>();
  return async (...args: A): Promise<R[]> => {
    const key = shape(...args);
    let template = templates.get(key);
    if (!template) {
      template = templateOf(build(args, ...(args.map((_, i) => standIn(i)) as A)), args.length);
      // Shapes are few (list lengths): bounded all the same.
      if (templates.size >= 200) templates.clear();
      templates.set(key, template);
    }
    const parameters = template.from.map((i, p) => (i < 0 ? template.constants[p] : args[i]));
    // Straight to SQLite when it can: Kysely's connection queue costs more than the read.
    // (A read asked here may pass a Kysely write asked before it and not awaited; none of
    // these reads follows a write of its own request.)
    const direct = reads?.(template.sql, parameters);
    if (direct !== undefined) return direct as R[];
    return (await db.executeQuery<R>(CompiledQuery.raw(template.sql, parameters))).rows;
  };
}
