/** An article's state in the words of the ENT, as the lists and the editor show it. */
import type { AuthoringArticleJson } from '../../../contract/authoring.ts';

/** « Programmé » is a published article whose date is still to come. */
export const statusLabel = (a: Pick<AuthoringArticleJson, 'status' | 'publishedAt'>, now = new Date()): string =>
  a.status === 'draft'
    ? 'Brouillon'
    : a.status === 'pending'
      ? 'En attente de validation'
      : new Date(a.publishedAt) > now
        ? 'Programmé'
        : 'Publié';
