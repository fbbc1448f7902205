/**
 * The databases a store test runs on: always a fresh SQLite file, and a fresh
 * PostgreSQL database when TUILES_TEST_PG_URL is set (CI sets it).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
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
      store: createStore(handle.db, handle.dialect, handle.reads),
      async drop() {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/**
 * A migrated template database, made once and then copied by `CREATE DATABASE …
 * TEMPLATE` for each test (a file copy, where running every migration takes seconds).
 * Its name carries a hash of the migrations' sources, so a changed migration makes a
 * new one; it is kept between runs.
 */
let template: Promise<string> | undefined;
function templateOf(adminUrl: string): Promise<string> {
  template ??= (async () => {
    const folder = fileURLToPath(new URL('../../../server/store/migrations/', import.meta.url));
    const hash = createHash('sha256');
    for (const file of readdirSync(folder).sort()) hash.update(file).update(readFileSync(join(folder, file)));
    const name = `tuiles_template_${hash.digest('hex').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      // Test files run side by side: one makes the template, the others wait for it (the
      // lock goes with this connection).
      await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
      const found = await admin.query('SELECT datistemplate FROM pg_database WHERE datname = $1', [name]);
      if (found.rows[0]?.datistemplate) return name;
      // Made under another name, then renamed: a half-made template is never taken.
      const making = `${name}_${randomBytes(4).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${making}`);
      const url = new URL(adminUrl);
      url.pathname = `/${making}`;
      const handle = await openDatabase(url.toString());
      await handle.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`ALTER DATABASE ${making} RENAME TO ${name}`);
      await admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
      return name;
    } finally {
      await admin.end();
    }
  })();
  return template;
}

function postgres(adminUrl: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const name = `tuiles_test_${randomBytes(6).toString('hex')}`;
      const from = await templateOf(adminUrl);
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${from}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const handle = await openDatabase(url.toString());
      return {
        url: url.toString(),
        handle,
        store: createStore(handle.db, handle.dialect, handle.reads),
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
