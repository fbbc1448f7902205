/**
 * The authoring API's answers (docs/authoring.md), written once: the server builds them
 * (server/authoring/*.ts) and the /admin screens read them (components/admin/**, with
 * `import type`, so nothing here reaches a bundle). A field added to an answer is added
 * here, and both sides see it.
 */
import type { ArticleStatus, IllustrationInput, Profile, Role, Service, Visibility } from './vocabulary.ts';

/** What the viewer may do with an article now (its state included): the screens show these buttons. */
export interface ArticleMay {
  edit: boolean;
  submit: boolean;
  publish: boolean;
  unpublish: boolean;
  /** Back to its author's drafts (a modérateur's refusal, with a word why). */
  sendBack: boolean;
  delete: boolean;
}

/** The modérateur's word on sending the article back, for its author and modérateurs. */
export interface ReviewNoteJson {
  /** Null when the modérateur gave none. */
  message: string | null;
  at: string;
  /** The modérateur's display name; null once the account is gone. */
  by: string | null;
}

/** One article of `GET|POST|PATCH /api/sites/:site/articles[/:id]`, `…/moderation`. */
export interface AuthoringArticleJson {
  id: string;
  rubrique: string;
  title: string;
  summary: string;
  status: ArticleStatus;
  /** When it is (or, for a draft, would be) published. */
  publishedAt: string;
  updatedAt: string;
  activityAt: string;
  illustration: IllustrationInput | null;
  author: string | null;
  mine: boolean;
  url: string;
  may: ArticleMay;
  /**
   * Set while a draft sent back by a modérateur has not been submitted again; only its
   * author and the rubrique's modérateurs read it (null for everyone else).
   */
  reviewNote: ReviewNoteJson | null;
  /** The sanitized body, on single-article answers. */
  body?: string;
}

/** One event of `GET|POST|PATCH /api/sites/:site/events[/:id]`. */
export interface EventJson {
  id: string;
  rubrique: string;
  title: string;
  summary: string;
  location: string;
  start: string;
  end: string;
  allDay: boolean;
  mine: boolean;
  url: string;
  may: { edit: boolean; delete: boolean };
}

/** One right: a profile, a group (by slug) or a person (by login), with a role. */
export type RightJson = { profile: Profile; role: Role } | { group: string; role: Role } | { user: string; role: Role };
/** A right as the tree gives it: a group's or person's `name` comes with it (for the screens), never goes back. */
export type NamedRightJson = RightJson & { name?: string };

/** What the viewer may do on a rubrique. */
export interface RubriqueMay {
  write: boolean;
  publish: boolean;
  moderate: boolean;
  edit: boolean;
  delete: boolean;
  createSub: boolean;
  manageActors: boolean;
}

/** One rubrique of `GET /api/sites/:site/rubriques` (`{rubriques: RubriqueJson[]}`, parents before children). */
export interface RubriqueJson {
  slug: string;
  title: string;
  parent: string | null;
  visibility: Visibility;
  services: Service[];
  /** The viewer's role here (own or inherited); null: reader only. */
  role: Role | null;
  may: RubriqueMay;
  /** Only where the viewer names the actors. */
  rights?: NamedRightJson[];
}

/** `GET /api/sites/:site/rubriques/:slug/usage`: what deleting the rubrique takes along. */
export interface RubriqueUsage {
  subRubriques: number;
  articles: number;
  events: number;
}

/** `GET /api/sites/:site/groups` → `{groups: GroupJson[]}`. */
export interface GroupJson {
  slug: string;
  name: string;
}

/** `GET /api/sites/:site/users?q=` → `{users: PersonJson[]}`: what names a person, never an e-mail. */
export interface PersonJson {
  login: string;
  displayName: string;
  profile: Profile;
  fonction?: string;
}

/** One published version of a page (`GET /api/sites/:site/pages/:kind/versions` → `{versions}`), newest first. */
export interface PageVersionJson {
  number: number;
  author: { id: number | null; displayName: string } | null;
  date: string;
}

/**
 * `GET /api/sites/:site/stale` → `{warnings}`: what gives the site a poor image.
 * `message` is the finished French sentence, shown as it is.
 */
export type StaleWarning =
  | { kind: 'rubrique-silent'; rubrique: string; days: number; lastActivity: string; message: string }
  | { kind: 'rubrique-empty'; rubrique: string; message: string }
  | { kind: 'tile-empty'; page: 'public-home'; tile: string; type: string; message: string };
