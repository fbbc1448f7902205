/**
 * Every migration, in order. Add one as `NNNN-name.ts` exporting `up(db, dialect)` and
 * list it here; never edit one that has shipped.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import * as initial from './0001-initial.ts';
import * as feedCache from './0040-feed-cache.ts';
import * as preferences from './0041-preferences.ts';
import * as feedTokens from './0042-feed-tokens.ts';

export interface Migration {
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '0001-initial', ...initial },
  { name: '0040-feed-cache', ...feedCache },
  { name: '0041-preferences', ...preferences },
  { name: '0042-feed-tokens', ...feedTokens },
];
