/**
 * Every migration, in order. Add one as `NNNN-name.ts` exporting `up(db, dialect)` and
 * list it here; never edit one that has shipped.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import * as initial from './0001-initial.ts';
import * as sanitizedHtml from './0002-sanitized-html.ts';
import * as authoring from './0010-authoring.ts';
import * as pageVersions from './0020-page-versions.ts';
import * as media from './0021-media.ts';
import * as annonces from './0030-annonces.ts';
import * as feedCache from './0040-feed-cache.ts';
import * as preferences from './0041-preferences.ts';
import * as feedTokens from './0042-feed-tokens.ts';
import * as pronoteCas from './0050-pronote-cas.ts';
import * as loginAttempts from './0060-login-attempts.ts';
import * as serverSecrets from './0061-server-secrets.ts';
import * as identityProviders from './0080-identity-providers.ts';
import * as articlesScheduled from './0081-articles-scheduled.ts';
import * as reviewNotes from './0090-review-notes.ts';

export interface Migration {
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '0001-initial', ...initial },
  { name: '0002-sanitized-html', ...sanitizedHtml },
  { name: '0010-authoring', ...authoring },
  { name: '0020-page-versions', ...pageVersions },
  { name: '0021-media', ...media },
  { name: '0030-annonces', ...annonces },
  { name: '0040-feed-cache', ...feedCache },
  { name: '0041-preferences', ...preferences },
  { name: '0042-feed-tokens', ...feedTokens },
  { name: '0050-pronote-cas', ...pronoteCas },
  { name: '0060-login-attempts', ...loginAttempts },
  { name: '0061-server-secrets', ...serverSecrets },
  { name: '0080-identity-providers', ...identityProviders },
  { name: '0081-articles-scheduled', ...articlesScheduled },
  { name: '0090-review-notes', ...reviewNotes },
];
