/**
 * The audit log: who did what to which article, event, rubrique, right, page or
 * medium, and when. Entries are written in the same transaction as the change
 * they describe, so the log never names a change that did not land, nor misses one.
 */
import type { Store, AuditEntry } from '../store/index.ts';
import type { MemberContext } from './actor.ts';

export type AuditTargetKind = 'article' | 'event' | 'rubrique' | 'page' | 'media';

export interface AuditRecord {
  siteId: number;
  actor: { id: number; login: string };
  /** `<kind>.<verb>`: `article.publish`, `rubrique.rights`, `page.save`... */
  action: string;
  target: { kind: AuditTargetKind; id: string };
  /** What a reader of the log needs beyond the target: a title, from/to... */
  detail?: Record<string, unknown>;
  at: Date;
}

/** Writes one entry; pass the transaction's store so it lands with the change. */
export async function recordAudit(store: Store, entry: AuditRecord): Promise<void> {
  await store.audit.add(entry.siteId, {
    at: entry.at.toISOString(),
    actorId: entry.actor.id,
    actorLogin: entry.actor.login,
    action: entry.action,
    target: entry.target,
    detail: entry.detail ?? {},
  });
}

/** The entry for a change made by the context's member, now. */
export const byMember = (ctx: MemberContext, action: string, target: AuditRecord['target'], detail?: Record<string, unknown>): AuditRecord => ({
  siteId: ctx.site.id,
  actor: { id: ctx.viewer.id, login: ctx.viewer.login },
  action,
  target,
  detail,
  at: ctx.now,
});

export interface AuditPage {
  entries: {
    id: number;
    at: string;
    actor: string;
    action: string;
    target: { kind: string; id: string };
    detail: Record<string, unknown>;
  }[];
  /** Pass as `before` for the next, older page; null on the last one. */
  next: number | null;
}

/** A page of the site's log, newest first (the route makes sure the viewer is a site admin). */
export async function auditPage(ctx: MemberContext, before: number | null, limit: number): Promise<AuditPage> {
  const rows: AuditEntry[] = await ctx.store.audit.page(ctx.site.id, before, limit + 1);
  const entries = rows.slice(0, limit).map((e) => ({ id: e.id, at: e.at, actor: e.actorLogin, action: e.action, target: e.target, detail: e.detail }));
  return { entries, next: rows.length > limit ? entries[entries.length - 1].id : null };
}
