/**
 * The store: one module per aggregate, all bound to one Kysely handle (the database or
 * a transaction). Nothing here decides who may read what; callers pass the rubriques
 * the access module allows.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { Dialect } from './dialect.ts';
import type { DirectReads } from './compiled.ts';
import { siteStore } from './sites.ts';
import { userStore } from './users.ts';
import { rubriqueStore } from './rubriques.ts';
import { articleStore } from './articles.ts';
import { eventStore } from './events.ts';
import { pageStore } from './pages.ts';
import { sessionStore } from './sessions.ts';
import { mediaStore } from './media.ts';
import { annonceStore } from './annonces.ts';
import { pronoteStore } from './pronote.ts';
import { casStore } from './cas.ts';
import { auditStore } from './audit.ts';
import { feedCacheStore } from './feed-cache.ts';
import { preferenceStore } from './preferences.ts';
import { feedTokenStore } from './feed-tokens.ts';
import { identityStore } from './identities.ts';
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
  media: ReturnType<typeof mediaStore>;
  annonces: ReturnType<typeof annonceStore>;
  pronote: ReturnType<typeof pronoteStore>;
  cas: ReturnType<typeof casStore>;
  audit: ReturnType<typeof auditStore>;
  feedCache: ReturnType<typeof feedCacheStore>;
  preferences: ReturnType<typeof preferenceStore>;
  feedTokens: ReturnType<typeof feedTokenStore>;
  identities: ReturnType<typeof identityStore>;
  loginAttempts: ReturnType<typeof loginAttemptStore>;
  serverSecrets: ReturnType<typeof serverSecretStore>;
  /** Runs `work` in one transaction: everything it wrote lands, or nothing does. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
}

/** `reads`: SQLite's statements asked directly by the hottest reads (compiled.ts); never inside a transaction. */
export function createStore(db: Kysely<Database>, dialect: Dialect, reads?: DirectReads): Store {
  return {
    dialect,
    sites: siteStore(db),
    users: userStore(db),
    rubriques: rubriqueStore(db),
    articles: articleStore(db),
    events: eventStore(db),
    pages: pageStore(db),
    sessions: sessionStore(db, dialect, reads),
    media: mediaStore(db),
    annonces: annonceStore(db, reads),
    pronote: pronoteStore(db, reads),
    cas: casStore(db),
    audit: auditStore(db),
    feedCache: feedCacheStore(db),
    preferences: preferenceStore(db, reads),
    feedTokens: feedTokenStore(db),
    identities: identityStore(db),
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
export type { PageVersion } from './pages.ts';
export type { Medium, MediaUsage } from './media.ts';
export type { Annonce, NewAnnonce, StoredTarget, TargetedUser, QueuedEmail } from './annonces.ts';
export type { UserIdentity, IdentityRow } from './pronote.ts';
export type { CasService, CasTicket, TicketKind } from './cas.ts';
export type { AuditEntry, NewAuditEntry } from './audit.ts';
export type { AuthoringArticle, AuthoringScope } from './articles.ts';
export type { EventFields } from './events.ts';
export type { CachedFeed, CachedItem } from './feed-cache.ts';
export type { Preferences } from './preferences.ts';
export type { IdentityProviderRow, ProviderKind, MappedFields } from './identities.ts';
