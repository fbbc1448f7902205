/**
 * Everything the app needs from outside, assembled in one place: `main.ts`, the CLI,
 * the benchmarks and the test harness all build their dependencies here.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.ts';
import { openDatabase, type DatabaseHandle } from './store/database.ts';
import { createStore, type Store } from './store/index.ts';
import { createSanitizer, type Sanitize } from './content/sanitize.ts';
import { resanitizeStoredHtml } from './content/resanitize.ts';
import { defaultLoginLimits, type LoginLimits } from './auth/login-brake.ts';
import type { GateClock } from './auth/password-gate.ts';
import { localChanges, type ContentChanges } from './freshness/changes.ts';
import { postgresChanges } from './freshness/postgres.ts';
import { fileStorage, type MediaStorage } from './media/storage.ts';
import { smtpMailer, type Mailer } from './annonces/mail.ts';
import type { PronoteProvider } from './pronote/provider.ts';
import { pronoteProviderFor } from './pronote/choose.ts';
import { createFeedReader, type FeedReader } from './content/feeds-in/reader.ts';
import { defaultLimits, type FetchLimits } from './content/feeds-in/fetch.ts';

export type Log = (message: string, error?: unknown) => void;

export interface Deps {
  store: Store;
  /** The open database, for what goes beyond the store (closing, notifications). */
  database: DatabaseHandle;
  sanitize: Sanitize;
  /** The time: tests pass a fixed one. */
  now: () => Date;
  /** The schools' time zone (IANA name, e.g. `Europe/Paris`, `America/Cayenne`). */
  timeZone: string;
  /** Seconds an anonymous response may be reused, by browsers, CDNs and our own cache. */
  publicMaxAge: number;
  /** Folders of files served as they are (the built elements and pages, demo media). */
  staticRoots: { embed?: string; site?: string; media?: string };
  log: Log;
  /** Writes announce themselves here; copies of what readers see listen (freshness/). */
  changes: ContentChanges;
  /** Brakes on password guessing. */
  loginLimits: LoginLimits;
  /** The password gate's clock and timer (auth/password-gate.ts); unset: the real ones. Tests pass a fake. */
  passwordClock?: GateClock;
  /**
   * The origin browsers see (`https://ent.example`), when a proxy in front rewrites
   * `Host`: state-changing requests must come from it. Unset: the request's own host.
   */
  publicOrigin?: string;
  /** Uploaded media bytes (TUILES_MEDIA_DIR, or an object store in its place). */
  mediaStorage: MediaStorage;
  /** Sends e-mail (annonces); absent when no SMTP server is configured. */
  mailer?: Mailer;
  /** Where the Pronote block's data comes from (none: the block only links to Pronote). */
  pronote?: PronoteProvider;
  /** Limits of every external feed fetch (timeout, size cap, private addresses). */
  feedLimits: FetchLimits;
  /** External feeds (flux tile, « Mes actualités »), through the shared cache. */
  feeds: FeedReader;
  /** The SAML service provider's key pair (TUILES_SAML_SP_KEY_FILE / _CERT_FILE), if any. */
  samlKeys?: { privateKey: string; certificate: string };
  /** Slug of the site `/` shows (TUILES_DEFAULT_SITE); unset: the only site. */
  defaultSite?: string;
  /** The key for device cookies (TUILES_SECRET); unset: one kept in the database (auth/secret.ts). */
  secret?: string;
}

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const existing = (path: string) => (existsSync(path) ? path : undefined);

/** The built elements and pages, and the demo media, where they exist. */
export const defaultStaticRoots = () => ({
  embed: existing(fromHere('../dist/embed')),
  site: existing(fromHere('../dist/site')),
  media: existing(fromHere('./demo/media')),
});

export const consoleLog: Log = (message, error) => console.error(`[tuiles] ${message}`, error ?? '');

/** What a caller may set beside the configuration (tests: a fixed clock, a quiet log...). */
export type DepsOverrides = Partial<Omit<Deps, 'store' | 'database'>>;

/** Deps on an already open database. */
export function createDeps(config: Config, database: DatabaseHandle, overrides: DepsOverrides = {}): Deps {
  // Several instances share one PostgreSQL: a write through one must clear the shared
  // copies of all of them (LISTEN/NOTIFY, freshness/postgres.ts).
  const changes =
    overrides.changes ??
    (database.dialect === 'postgres' && config.databaseUrl.startsWith('postgres')
      ? postgresChanges(config.databaseUrl, overrides.log ?? consoleLog)
      : localChanges());
  const store = createStore(database.db, database.dialect, database.reads);
  const now = overrides.now ?? (() => new Date());
  const deps = {
    store,
    pronote: pronoteProviderFor(config.pronote, { store, now, timeZone: config.timeZone }),
    database,
    sanitize: createSanitizer(),
    now,
    timeZone: config.timeZone,
    publicMaxAge: config.publicMaxAge,
    publicOrigin: config.publicOrigin,
    samlKeys: config.samlKeys,
    defaultSite: config.defaultSite,
    staticRoots: {},
    log: consoleLog,
    loginLimits: { ...defaultLoginLimits, perAddressPerMinute: config.loginPerAddressPerMinute },
    secret: config.secret,
    mediaStorage: overrides.mediaStorage ?? fileStorage(config.mediaDir),
    mailer: config.smtpUrl
      ? smtpMailer({ url: config.smtpUrl, from: config.mailFrom, linkBase: config.publicOrigin ?? `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${config.port}` })
      : undefined,
    feedLimits: { ...defaultLimits, allowPrivate: config.feedAllowPrivate },
    ...overrides,
    changes,
  };
  const feeds = overrides.feeds ?? createFeedReader({ store: deps.store, now: deps.now, log: deps.log, limits: deps.feedLimits });
  return { ...deps, feeds };
}

/**
 * Opens the database named by the configuration, then builds the deps on it; stored
 * HTML cleaned by an older sanitizer is cleaned again first (readers serve it as stored).
 */
export async function openDeps(config: Config, overrides: DepsOverrides = {}): Promise<Deps> {
  const database = await openDatabase(config.databaseUrl, (message) => (overrides.log ?? consoleLog)(message));
  const deps = createDeps(config, database, overrides);
  try {
    await resanitizeStoredHtml(deps.store, deps.sanitize);
  } catch (error) {
    await database.close();
    throw error;
  }
  return deps;
}
