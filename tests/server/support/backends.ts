/**
 * The databases a store test runs on: always a fresh SQLite file, and a fresh
 * PostgreSQL database when TUILES_TEST_PG_URL is set (CI sets it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../../server/store/database.ts';
import { createStore, type Store } from '../../../server/store/index.ts';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A new empty database with the schema applied; `drop` removes it. */
  fresh(): Promise<{ url: string; handle: DatabaseHandle; store: Store; drop(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'tuiles-test-'));
    const url = `sqlite:${join(dir, 'tuiles.db')}`;
    const handle = await openDatabase(url);
    return {
      url,
      handle,
      store: createStore(handle.db, handle.dialect),
      async drop() {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

function postgres(adminUrl: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const name = `tuiles_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const handle = await openDatabase(url.toString());
      return {
        url: url.toString(),
        handle,
        store: createStore(handle.db, handle.dialect),
        async drop() {
          await handle.close();
          const client = new pg.Client({ connectionString: adminUrl });
          await client.connect();
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await client.end();
        },
      };
    },
  };
}

export const backends: Backend[] = [sqlite, ...(process.env.TUILES_TEST_PG_URL ? [postgres(process.env.TUILES_TEST_PG_URL)] : [])];
