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
import { defaultLoginLimits, type LoginLimits } from './auth/login-brake.ts';
import { localChanges, type ContentChanges } from './freshness/changes.ts';

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
  /**
   * The origin browsers see (`https://ent.example`), when a proxy in front rewrites
   * `Host`: state-changing requests must come from it. Unset: the request's own host.
   */
  publicOrigin?: string;
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
  return {
    store: createStore(database.db, database.dialect),
    database,
    sanitize: createSanitizer(),
    now: () => new Date(),
    timeZone: config.timeZone,
    publicMaxAge: config.publicMaxAge,
    publicOrigin: config.publicOrigin,
    staticRoots: {},
    log: consoleLog,
    loginLimits: { ...defaultLoginLimits, perAddressPerMinute: config.loginPerAddressPerMinute },
    secret: config.secret,
    changes: localChanges(),
    ...overrides,
  };
}

/** Opens the database named by the configuration, then builds the deps on it. */
export async function openDeps(config: Config, overrides: DepsOverrides = {}): Promise<Deps> {
  const database = await openDatabase(config.databaseUrl, (message) => (overrides.log ?? consoleLog)(message));
  return createDeps(config, database, overrides);
}
