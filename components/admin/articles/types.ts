/**
 * The authoring API's shapes as the screens read them (docs/authoring.md; the server's
 * own types live in server/authoring/, which components never import).
 */
export type ArticleStatus = 'draft' | 'pending' | 'published';

export interface Illustration {
  url: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface AuthoringArticle {
  id: string;
  rubrique: string;
  title: string;
  summary: string;
  status: ArticleStatus;
  publishedAt: string;
  updatedAt: string;
  activityAt: string;
  illustration: Illustration | null;
  author: string | null;
  mine: boolean;
  url: string;
  may: { edit: boolean; submit: boolean; publish: boolean; unpublish: boolean; sendBack?: boolean; delete: boolean };
  body?: string;
}

export interface RubriqueEntry {
  slug: string;
  title: string;
  parent: string | null;
  services: ('blog' | 'agenda')[];
  role: string | null;
  may: { write: boolean; publish: boolean; moderate: boolean };
}

/** What the /admin shell passes as `.may` (GET /api/me). */
export interface Capabilities {
  admin?: boolean;
  write?: boolean;
  moderate?: boolean;
  manageRubriques?: boolean;
}

/** The server's summary limit (server/authoring/workflow.ts). */
export const SUMMARY_MAX = 2000;
export const TITLE_MAX = 300;

export const statusLabel = (a: Pick<AuthoringArticle, 'status' | 'publishedAt'>, now = new Date()): string =>
  a.status === 'draft'
    ? 'Brouillon'
    : a.status === 'pending'
      ? 'En attente de validation'
      : new Date(a.publishedAt) > now
        ? 'Programmé'
        : 'Publié';
