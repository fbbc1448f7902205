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

export interface Database {
  sites: SitesTable;
  groups: GroupsTable;
  users: UsersTable;
  user_groups: UserGroupsTable;
  rubriques: RubriquesTable;
  rights: RightsTable;
  articles: ArticlesTable;
  events: EventsTable;
  pages: PagesTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  server_secrets: ServerSecretsTable;
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
