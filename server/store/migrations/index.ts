/**
 * Every migration, in order. Add one as `NNNN-name.ts` exporting `up(db, dialect)` and
 * list it here; never edit one that has shipped.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import * as initial from './0001-initial.ts';
import * as loginAttempts from './0060-login-attempts.ts';
import * as serverSecrets from './0061-server-secrets.ts';

export interface Migration {
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '0001-initial', ...initial },
  { name: '0060-login-attempts', ...loginAttempts },
  { name: '0061-server-secrets', ...serverSecrets },
];
