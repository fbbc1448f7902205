/**
 * The environment, read once at start by one zod schema. A bad value stops the server
 * with one line naming the variable. Add a setting here, in `settings`, and nowhere else.
 */
import { readFileSync } from 'node:fs';
import { createPrivateKey, X509Certificate } from 'node:crypto';
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
  // Uploaded media (server/media/storage.ts). Several instances: a folder they all share.
  TUILES_MEDIA_DIR: text('./data/media'),
  // Unset: annonces cannot be sent by e-mail (the option is hidden).
  TUILES_SMTP_URL: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || /^smtps?:\/\/\S+$/.test(value), 'must be an SMTP URL such as smtp://user:pass@mail.example:587'),
  TUILES_MAIL_FROM: text('Tuiles <ne-pas-repondre@localhost>'),
  // Where the Pronote block's data comes from: PRONOTE.net itself, the demo provider
  // (made-up data), or nowhere. Unset: the demo provider with the demo, PRONOTE otherwise.
  TUILES_PRONOTE: z
    .enum(['', 'demo', 'pronote', 'off'], { message: 'must be demo, pronote or off' })
    .optional()
    .transform((value) => value || undefined),
  // External feeds on private, loopback or link-local addresses: refused unless set
  // (a school's intranet feed, the tests' local feed server).
  TUILES_FEED_ALLOW_PRIVATE: flag('must be 0 or 1'),
  // The SAML service provider's own key pair (PEM files): signs AuthnRequests, decrypts
  // encrypted assertions (EduConnect encrypts), published in the SP metadata.
  TUILES_SAML_SP_KEY_FILE: text(''),
  TUILES_SAML_SP_CERT_FILE: text(''),
  // The site `/` shows when the instance holds several (a slug); unset: the only one.
  TUILES_DEFAULT_SITE: z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined)
    .refine((value) => value === undefined || /^[a-z0-9][a-z0-9-]{0,79}$/.test(value), 'must be a site slug such as college-jean-moulin'),
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
  /** Where uploaded media are stored. */
  mediaDir: string;
  /** SMTP server for annonces sent by e-mail; unset: no e-mail. */
  smtpUrl?: string;
  /** The `From` of those e-mails. */
  mailFrom: string;
  /** The Pronote block's provider: `demo` (made-up data), `pronote` (PRONOTE.net), `off`. */
  pronote: 'demo' | 'pronote' | 'off';
  /** Fetch external feeds from private, loopback and link-local addresses too. */
  feedAllowPrivate: boolean;
  /** The SAML SP's key pair, read and checked at start. */
  samlKeys?: { privateKey: string; certificate: string };
  /** Slug of the site `/` shows; unset: the only site, or a list when there are several. */
  defaultSite?: string;
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
    mediaDir: s.TUILES_MEDIA_DIR,
    smtpUrl: s.TUILES_SMTP_URL,
    mailFrom: s.TUILES_MAIL_FROM,
    pronote: s.TUILES_PRONOTE ?? ((s.TUILES_DEMO ?? s.DATABASE_URL.startsWith('sqlite:')) ? 'demo' : 'pronote'),
    feedAllowPrivate: s.TUILES_FEED_ALLOW_PRIVATE ?? false,
    ...samlKeysOf(s.TUILES_SAML_SP_KEY_FILE, s.TUILES_SAML_SP_CERT_FILE),
    defaultSite: s.TUILES_DEFAULT_SITE,
    loginPerAddressPerMinute: s.TUILES_LOGIN_PER_ADDRESS_PER_MINUTE,
    secret: s.TUILES_SECRET,
  };
}

/** Both files or neither; readable, and the certificate must be the key's. */
function samlKeysOf(keyFile: string, certFile: string): { samlKeys?: Config['samlKeys'] } {
  if (!keyFile && !certFile) return {};
  if (!keyFile || !certFile) {
    const missing = keyFile ? 'TUILES_SAML_SP_CERT_FILE' : 'TUILES_SAML_SP_KEY_FILE';
    throw new ConfigError(`${missing} must be set with ${keyFile ? 'TUILES_SAML_SP_KEY_FILE' : 'TUILES_SAML_SP_CERT_FILE'} (a PEM file)`);
  }
  const read = (name: string, path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      throw new ConfigError(`${name} cannot be read: ${(error as Error).message}`);
    }
  };
  const privateKey = read('TUILES_SAML_SP_KEY_FILE', keyFile);
  const certificate = read('TUILES_SAML_SP_CERT_FILE', certFile);
  let matches = false;
  try {
    matches = new X509Certificate(certificate).checkPrivateKey(createPrivateKey(privateKey));
  } catch (error) {
    throw new ConfigError(`TUILES_SAML_SP_KEY_FILE / TUILES_SAML_SP_CERT_FILE must be a PEM private key and its X.509 certificate: ${(error as Error).message}`);
  }
  if (!matches) throw new ConfigError('TUILES_SAML_SP_CERT_FILE is not the certificate of TUILES_SAML_SP_KEY_FILE');
  return { samlKeys: { privateKey, certificate } };
}
