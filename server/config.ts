/** The environment, read once at start. A bad value stops the server with one line naming it. */
import { parseDatabaseUrl, DatabaseUrlError } from './store/database.ts';

export interface Config {
  port: number;
  databaseUrl: string;
  publicMaxAge: number;
  timeZone: string;
  /** Seed the demo school into an empty database. */
  demo: boolean;
  publicOrigin?: string;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number (0-65535), got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL || 'sqlite:./data/tuiles.db';
  try {
    parseDatabaseUrl(databaseUrl);
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new ConfigError(`DATABASE_URL: ${error.message}`);
    throw error;
  }
  const maxAgeText = env.TUILES_PUBLIC_MAX_AGE;
  const publicMaxAge = maxAgeText === undefined || maxAgeText === '' ? 15 : Number(maxAgeText);
  // Short on purpose: a rubrique made private stays visible in shared copies this long.
  if (!Number.isInteger(publicMaxAge) || publicMaxAge < 0 || publicMaxAge > 300) {
    throw new ConfigError(`TUILES_PUBLIC_MAX_AGE must be whole seconds from 0 to 300, got "${maxAgeText}"`);
  }
  const timeZone = env.TUILES_TIME_ZONE || 'Europe/Paris';
  try {
    new Intl.DateTimeFormat('fr', { timeZone });
  } catch {
    throw new ConfigError(`TUILES_TIME_ZONE must be an IANA time zone such as Europe/Paris, got "${timeZone}"`);
  }
  // By default the demo fills an empty embedded database (`npm start`), never an empty
  // PostgreSQL one: a production server started before its first import must not
  // come up with the demo's published passwords.
  const demoText = env.TUILES_DEMO ?? '';
  if (!['', '0', '1'].includes(demoText)) throw new ConfigError(`TUILES_DEMO must be 0 or 1, got "${demoText}"`);
  const demo = demoText === '' ? databaseUrl.startsWith('sqlite:') : demoText === '1';
  const publicOrigin = env.TUILES_PUBLIC_ORIGIN || undefined;
  if (publicOrigin !== undefined && !/^https?:\/\/[^/\s]+$/.test(publicOrigin)) {
    throw new ConfigError(`TUILES_PUBLIC_ORIGIN must be an origin such as https://ent.example, got "${publicOrigin}"`);
  }
  return { port, databaseUrl, publicMaxAge, timeZone, demo, publicOrigin };
}
