/**
 * The store: one module per aggregate, all bound to one Kysely handle (the database or
 * a transaction). Nothing here decides who may read what; callers pass the rubriques
 * the access module allows.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { Dialect } from './dialect.ts';
import { siteStore } from './sites.ts';
import { userStore } from './users.ts';
import { rubriqueStore } from './rubriques.ts';
import { articleStore } from './articles.ts';
import { eventStore } from './events.ts';
import { pageStore } from './pages.ts';
import { sessionStore } from './sessions.ts';
import { loginAttemptStore } from './login-attempts.ts';
import { serverSecretStore } from './server-secrets.ts';

export interface Store {
  dialect: Dialect;
  sites: ReturnType<typeof siteStore>;
  users: ReturnType<typeof userStore>;
  rubriques: ReturnType<typeof rubriqueStore>;
  articles: ReturnType<typeof articleStore>;
  events: ReturnType<typeof eventStore>;
  pages: ReturnType<typeof pageStore>;
  sessions: ReturnType<typeof sessionStore>;
  loginAttempts: ReturnType<typeof loginAttemptStore>;
  serverSecrets: ReturnType<typeof serverSecretStore>;
  /** Runs `work` in one transaction: everything it wrote lands, or nothing does. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
}

export function createStore(db: Kysely<Database>, dialect: Dialect): Store {
  return {
    dialect,
    sites: siteStore(db),
    users: userStore(db),
    rubriques: rubriqueStore(db),
    articles: articleStore(db),
    events: eventStore(db),
    pages: pageStore(db),
    sessions: sessionStore(db),
    loginAttempts: loginAttemptStore(db, dialect),
    serverSecrets: serverSecretStore(db),
    transaction: (work) => db.transaction().execute((trx) => work(createStore(trx, dialect))),
  };
}

export type { Site } from './sites.ts';
export type { User, UserWithPassword, Group } from './users.ts';
export type { Rubrique, Right, RightSubject } from './rubriques.ts';
export type { Article, ArticleSummary, NewArticle } from './articles.ts';
export type { AgendaEvent } from './events.ts';
