import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** One line of the audit log: who did what to which thing, and when. */
export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorLogin: string;
  /** `article.create`, `article.publish`, `rubrique.rights`... (server/authoring/audit.ts). */
  action: string;
  target: { kind: string; id: string };
  detail: Record<string, unknown>;
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

export function auditStore(db: Kysely<Database>) {
  return {
    async add(siteId: number, entry: NewAuditEntry): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          site_id: siteId,
          at: entry.at,
          actor_id: entry.actorId,
          actor_login: entry.actorLogin,
          action: entry.action,
          target_kind: entry.target.kind,
          target_id: entry.target.id,
          detail: JSON.stringify(entry.detail),
        })
        .execute();
    },

    /** Newest first, `limit` entries older than the entry `before` (a page's last id). */
    async page(siteId: number, before: number | null, limit: number): Promise<AuditEntry[]> {
      let query = db.selectFrom('audit_log').selectAll().where('site_id', '=', siteId);
      if (before !== null) query = query.where('id', '<', before);
      const rows = await query.orderBy('id', 'desc').limit(limit).execute();
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        actorId: row.actor_id,
        actorLogin: row.actor_login,
        action: row.action,
        target: { kind: row.target_kind, id: row.target_id },
        detail: JSON.parse(row.detail) as Record<string, unknown>,
      }));
    },
  };
}
