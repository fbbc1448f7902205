/**
 * The environment, read once at start by one zod schema. A bad value stops the server
 * with one line naming the variable. Add a setting here, in `settings`, and nowhere else.
 */
import { z } from 'zod';
import { parseDatabaseUrl, DatabaseUrlError } from './store/dialect.ts';

export class ConfigError extends Error {}

/** An unset or empty variable takes the default. */
const text = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? fallback : value));

const wholeNumber = (fallback: number, min: number, max: number, message: string) =>
  text(String(fallback)).pipe(
    z
      .string()
      .regex(/^\d+$/, message)
      .transform(Number)
      .refine((n) => n >= min && n <= max, message),
  );

const flag = (message: string) =>
  z
    .enum(['', '0', '1'], { message })
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : value === '1'));

const settings = z.object({
  PORT: wholeNumber(8080, 0, 65535, 'must be a port number (0-65535)'),
  // The demo publishes its passwords: by default the server answers on this machine
  // only; a deployment says which interface to listen on (HOST=0.0.0.0, HOST=::).
  HOST: text('127.0.0.1').refine((host) => /^[\w.:-]+$/.test(host), 'must be an address or host name such as 0.0.0.0'),
  DATABASE_URL: text('sqlite:./data/tuiles.db').superRefine((url, ctx) => {
    try {
      parseDatabaseUrl(url);
    } catch (error) {
      if (!(error instanceof DatabaseUrlError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
    }
  }),
  // Short on purpose: a rubrique made private stays visible in shared copies this long.
  TUILES_PUBLIC_MAX_AGE: wholeNumber(15, 0, 300, 'must be whole seconds from 0 to 300'),
  TUILES_TIME_ZONE: text('Europe/Paris').refine((timeZone) => {
    try {
      new Intl.DateTimeFormat('fr', { timeZone });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Paris'),
  TUILES_DEMO: flag('must be 0 or 1'),
  TUILES_PUBLIC_ORIGIN: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || /^https?:\/\/[^/\s]+$/.test(value), 'must be an origin such as https://ent.example'),
  // Logins per client address per minute: a flood ceiling, high enough for a school
  // behind one proxy address.
  TUILES_LOGIN_PER_ADDRESS_PER_MINUTE: wholeNumber(300, 1, 1_000_000, 'must be a whole number from 1 to 1000000'),
  // Signs device cookies. Unset: a key made once and kept in the database (shared by
  // every instance on it). Set it to rotate the key, or to keep it out of the database.
  TUILES_SECRET: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || value.length >= 32, 'must be at least 32 characters (e.g. openssl rand -base64 32)'),
});

export interface Config {
  port: number;
  /** The address the server listens on. */
  host: string;
  databaseUrl: string;
  publicMaxAge: number;
  timeZone: string;
  /** Seed the demo school into an empty database. */
  demo: boolean;
  publicOrigin?: string;
  /** Login attempts per client address per minute (the flood ceiling). */
  loginPerAddressPerMinute: number;
  /** The key for device cookies; unset: one kept in the database. */
  secret?: string;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = settings.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    // A secret is not echoed to the logs, even a bad one.
    const shown = name === 'TUILES_SECRET' ? `${env[name]?.length ?? 0} characters` : `"${env[name]}"`;
    throw new ConfigError(`${name} ${issue.message}, got ${shown}`);
  }
  const s = parsed.data;
  return {
    port: s.PORT,
    host: s.HOST,
    databaseUrl: s.DATABASE_URL,
    publicMaxAge: s.TUILES_PUBLIC_MAX_AGE,
    timeZone: s.TUILES_TIME_ZONE,
    // By default the demo fills an empty embedded database (`npm start`), never an
    // empty PostgreSQL one: a production server started before its first import must
    // not come up with the demo's published passwords.
    demo: s.TUILES_DEMO ?? s.DATABASE_URL.startsWith('sqlite:'),
    publicOrigin: s.TUILES_PUBLIC_ORIGIN,
    loginPerAddressPerMinute: s.TUILES_LOGIN_PER_ADDRESS_PER_MINUTE,
    secret: s.TUILES_SECRET,
  };
}
