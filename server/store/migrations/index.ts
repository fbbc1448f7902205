/**
 * Every migration, in order. Add one as `NNNN-name.ts` exporting `up(db, dialect)` and
 * list it here; never edit one that has shipped.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import * as initial from './0001-initial.ts';
import * as sanitizedHtml from './0002-sanitized-html.ts';
import * as identityProviders from './0080-identity-providers.ts';

export interface Migration {
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '0001-initial', ...initial },
  { name: '0002-sanitized-html', ...sanitizedHtml },
  { name: '0080-identity-providers', ...identityProviders },
];
