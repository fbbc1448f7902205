/**
 * The tables as Kysely sees them. Portable on purpose: dates are ISO 8601 UTC strings
 * (they sort as text), booleans are 0/1 integers, lists are JSON text. SQLite and
 * PostgreSQL then return the same values and one set of queries serves both.
 */
import type { Generated } from 'kysely';

export interface SitesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** JSON array of Peertube hosts this site may embed. */
  peertube_hosts: string;
  created_at: string;
  /** The sanitizer version the site's stored HTML was cleaned with (0: never at write time). */
  sanitized_with: Generated<number>;
}

export interface GroupsTable {
  id: Generated<number>;
  site_id: number;
  slug: string;
  name: string;
}

export interface UsersTable {
  id: Generated<number>;
  site_id: number;
  login: string;
  password_hash: string;
  display_name: string;
  profile: string;
  niveau: string | null;
  fonction: string | null;
  /** Where annonces sent by e-mail go (0030); null: no e-mail. */
  email: string | null;
}

export interface UserGroupsTable {
  user_id: number;
  group_id: number;
}

export interface RubriquesTable {
  id: Generated<number>;
  site_id: number;
  slug: string;
  title: string;
  parent_id: number | null;
  visibility: string;
  blog: number;
  agenda: number;
  position: number;
}

export interface RightsTable {
  id: Generated<number>;
  rubrique_id: number;
  /** Exactly one of the three names the subject of the right. */
  profile: string | null;
  group_id: number | null;
  user_id: number | null;
  role: string;
}

export interface ArticlesTable {
  seq: Generated<number>;
  site_id: number;
  /** The id in the site document; unique within a site. */
  id: string;
  rubrique_id: number;
  title: string;
  summary: string;
  body: string;
  status: string;
  published_at: string;
  updated_at: string;
  activity_at: string;
  author_id: number | null;
  /** JSON {url, alt, width, height} or null. */
  illustration: string | null;
  /** The modérateur's message on sending it back (migration 0090); null when none. */
  review_note: Generated<string | null>;
  /** When it was sent back; null when it was not, or was submitted again since. */
  review_note_at: Generated<string | null>;
  /** Who sent it back (null once the account is gone). */
  review_note_by: Generated<number | null>;
}

export interface EventsTable {
  seq: Generated<number>;
  site_id: number;
  id: string;
  rubrique_id: number;
  title: string;
  summary: string;
  location: string;
  start_at: string;
  end_at: string;
  all_day: number;
  /** Who wrote it (migration 0010); null for imported events without one. */
  author_id: number | null;
}

export interface PagesTable {
  site_id: number;
  kind: string;
  /** JSON array of {id, type, config}. */
  tiles: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked database does not leak live sessions. */
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface PageVersionsTable {
  site_id: number;
  kind: string;
  number: number;
  /** JSON array of {id, type, config}, as saved. */
  tiles: string;
  author_id: number | null;
  created_at: string;
}

export interface MediaTable {
  site_id: number;
  id: string;
  usage: string;
  alt: string;
  format: string;
  width: number;
  height: number;
  focus_x: number;
  focus_y: number;
  animated: number;
  /** JSON array of variant names. */
  variants: string;
  bytes: number;
  author_id: number | null;
  created_at: string;
}

export interface AnnoncesTable {
  id: Generated<number>;
  site_id: number;
  kind: string;
  title: string;
  /** Sanitized HTML. */
  body: string;
  /** An article id of the site, or an http(s) URL. */
  link: string | null;
  /** JSON {url, alt, width, height} or null. */
  illustration: string | null;
  /** YYYY-MM-DD in the schools' time zone, inclusive. */
  start_date: string;
  end_date: string;
  email: number;
  author_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface AnnonceTargetsTable {
  id: Generated<number>;
  annonce_id: number;
  position: number;
  profile: string | null;
  niveau: string | null;
  fonction: string | null;
  group_id: number | null;
}

export interface AnnonceReadsTable {
  annonce_id: number;
  user_id: number;
  read_at: string;
}

export interface AnnonceFonctionsTable {
  site_id: number;
  fonction: string;
}

export interface AnnonceEmailsTable {
  id: Generated<number>;
  annonce_id: number;
  user_id: number;
  status: string;
  attempts: Generated<number>;
  next_at: string;
  last_error: string | null;
  sent_at: string | null;
}

export interface EmailSubscriptionsTable {
  user_id: number;
  token: string;
  unsubscribed_at: string | null;
}

/** What PRONOTE recognises a user by (migration 0050); every column may be empty. */
export interface UserIdentityColumns {
  nom: string | null;
  prenom: string | null;
  /** yyyy-mm-dd */
  birth_date: string | null;
  postal_code: string | null;
  /** The user's PRONOTE-ENT identifier, from the "identifiants PRONOTE" import. */
  pronote_id: string | null;
}

export interface PronoteSettingsTable {
  site_id: number;
  show_block: number;
  show_quick_access: number;
  url: string | null;
  version: string;
  sso: string;
  profile_mode: string;
  profile_attribute: string;
  updated_at: string;
}

export interface CasServicesTable {
  id: Generated<number>;
  site_id: number;
  name: string;
  url_pattern: string;
}

export interface CasTicketsTable {
  /** The ticket itself (`ST-…`, `PT-…`, `PGT-…`, `LT-…`): random, unguessable. */
  id: string;
  kind: string;
  site_id: number;
  user_id: number | null;
  service: string;
  /** Which registered service: `pronote` or `service:<id>`. */
  service_key: string;
  /** 1 when minted right after the user typed their password (CAS `renew`). */
  from_login: number;
  used: number;
  /** JSON array: the proxy chain of a proxy ticket, most recent first. */
  proxies: string;
  /** The session a proxy-granting ticket dies with. */
  session_hash: string | null;
  created_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  site_id: number;
  at: string;
  actor_id: number | null;
  actor_login: string;
  action: string;
  target_kind: string;
  target_id: string;
  /** JSON object. */
  detail: string;
}

export interface FeedCacheTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  title: string | null;
  link: string | null;
  /** JSON array of {title, url, date}: the last good copy, kept when a later fetch fails. */
  items: string | null;
  /** The French reason the last fetch failed, null when it succeeded. */
  problem: string | null;
  checked_at: string;
}

export interface PreferencesTable {
  user_id: number;
  /** JSON array of rubrique slugs, or null: never chosen (every readable blog rubrique). */
  rubriques: string | null;
  feeds: Generated<string>;
  hidden_tiles: Generated<string>;
  tile_order: Generated<string>;
  updated_at: string;
}

export interface FeedTokensTable {
  user_id: number;
  token: string;
  created_at: string;
}

export interface Database {
  sites: SitesTable;
  groups: GroupsTable;
  users: UsersTable & UserIdentityColumns;
  user_groups: UserGroupsTable;
  rubriques: RubriquesTable;
  rights: RightsTable;
  articles: ArticlesTable;
  events: EventsTable;
  pages: PagesTable;
  sessions: SessionsTable;
  page_versions: PageVersionsTable;
  media: MediaTable;
  annonces: AnnoncesTable;
  annonce_targets: AnnonceTargetsTable;
  annonce_reads: AnnonceReadsTable;
  annonce_fonctions: AnnonceFonctionsTable;
  annonce_emails: AnnonceEmailsTable;
  email_subscriptions: EmailSubscriptionsTable;
  pronote_settings: PronoteSettingsTable;
  cas_services: CasServicesTable;
  cas_tickets: CasTicketsTable;
  audit_log: AuditLogTable;
  feed_cache: FeedCacheTable;
  preferences: PreferencesTable;
  feed_tokens: FeedTokensTable;
  identity_providers: IdentityProvidersTable;
  external_identities: ExternalIdentitiesTable;
  sso_pending: SsoPendingTable;
  sso_used: SsoUsedTable;
  login_attempts: LoginAttemptsTable;
  server_secrets: ServerSecretsTable;
}

/** A site's SAML or OpenID Connect identity provider. */
export interface IdentityProvidersTable {
  id: Generated<number>;
  site_id: number;
  slug: string;
  /** 'saml' | 'oidc' */
  kind: string;
  label: string;
  /** JSON: how to reach and trust the provider (auth/identities.ts checks it). */
  settings: string;
  /** JSON: which attributes or claims make the Tuiles user. */
  mapping: string;
  position: Generated<number>;
}

/** A provider's stable subject (NameID, a stable attribute or `sub`) -> a Tuiles user. */
export interface ExternalIdentitiesTable {
  id: Generated<number>;
  user_id: number;
  provider_id: number;
  subject: string;
  created_at: string;
}

/** A login under way (a SAML AuthnRequest id, an OIDC state): taken once, then gone. */
export interface SsoPendingTable {
  key: string;
  provider_id: number;
  data: string;
  created_at: string;
  expires_at: string;
}

/** A SAML assertion or response id already accepted: refused again until it expires. */
export interface SsoUsedTable {
  key: string;
  expires_at: string;
}

/** One login attempt counted against one brake counter (auth/login-brake.ts). */
export interface LoginAttemptsTable {
  id: Generated<number>;
  key: string;
  at: string;
}

/** Secrets the server made for itself, shared by every instance (auth/secret.ts). */
export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: string;
}
