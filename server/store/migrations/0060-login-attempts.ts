/**
 * The login brake's attempts, in the database so that several instances on one
 * PostgreSQL count together (auth/login-brake.ts). One row per attempt and counter
 * (`key`: the address, the address and login, the login, or a trusted device); rows
 * older than the longest window are swept.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { tableWithKey, textType } from './columns.ts';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const text = textType(dialect);
  await tableWithKey(db, dialect, 'login_attempts')
    .addColumn('key', text, (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempts_key_at').on('login_attempts').columns(['key', 'at']).execute();
  await db.schema.createIndex('login_attempts_at').on('login_attempts').column('at').execute();
}
