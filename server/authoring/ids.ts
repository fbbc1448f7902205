/**
 * Ids for what authors create: the title as a slug plus a short random suffix
 * (`cross-du-college-k3f9qa`), readable in URLs and a valid site-document id
 * (contract/vocabulary.ts `documentId`). The suffix, not a lookup, keeps ids apart:
 * 36^6 values, and the unique index refuses the rare collision.
 */
import { randomBytes } from 'node:crypto';

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newId(title: string, fallback: string): string {
  const stem = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const suffix = [...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('');
  return `${stem || fallback}-${suffix}`;
}
