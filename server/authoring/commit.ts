/**
 * How every authoring write lands: the change and its audit entry in one transaction,
 * then, once committed, `changes.changed(site)` so the shared anonymous copies are
 * dropped and the next reader sees the change (freshness/changes.ts).
 */
import type { Store } from '../store/index.ts';
import type { ReadingDeps } from '../reading/context.ts';
import type { Sanitize } from '../content/sanitize.ts';
import type { ContentChanges } from '../freshness/changes.ts';
import { recordAudit, type AuditRecord } from './audit.ts';

export type AuthoringDeps = ReadingDeps & { changes: ContentChanges; sanitize: Sanitize };

export async function commit<T>(
  deps: AuthoringDeps,
  siteId: number,
  work: (tx: Store) => Promise<{ result: T; audit: AuditRecord | AuditRecord[] }>,
): Promise<T> {
  const result = await deps.store.transaction(async (tx) => {
    const { result, audit } = await work(tx);
    for (const entry of Array.isArray(audit) ? audit : [audit]) await recordAudit(tx, entry);
    return result;
  });
  deps.changes.changed(siteId);
  return result;
}
