/** The environment, read once at start. A bad value stops the server with one line naming it. */
import { parseDatabaseUrl, DatabaseUrlError } from './store/database.ts';

export interface Config {
  port: number;
  databaseUrl: string;
  publicMaxAge: number;
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
  if (!Number.isInteger(publicMaxAge) || publicMaxAge < 0 || publicMaxAge > 3600) {
    throw new ConfigError(`TUILES_PUBLIC_MAX_AGE must be whole seconds from 0 to 3600, got "${maxAgeText}"`);
  }
  return { port, databaseUrl, publicMaxAge };
}
