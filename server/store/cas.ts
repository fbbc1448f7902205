/**
 * The CAS server's tables: the services a site trusts, and the tickets. Validation
 * consumes a ticket in one UPDATE … WHERE used = 0 RETURNING: of two instances (or two
 * requests) presenting the same ticket, exactly one gets the row back.
 */
import type { Kysely, Selectable } from 'kysely';
import type { CasTicketsTable, Database } from './schema.ts';

export interface CasService {
  id: number;
  siteId: number;
  name: string;
  urlPattern: string;
}

export const ticketKinds = ['ST', 'PT', 'PGT', 'LT'] as const;
export type TicketKind = (typeof ticketKinds)[number];

export interface CasTicket {
  id: string;
  kind: TicketKind;
  siteId: number;
  userId: number | null;
  service: string;
  serviceKey: string;
  fromLogin: boolean;
  proxies: string[];
  sessionHash: string | null;
  createdAt: string;
  expiresAt: string;
}

export type NewTicket = Omit<CasTicket, 'createdAt' | 'expiresAt'>;

const toTicket = (row: Selectable<CasTicketsTable>): CasTicket => ({
  id: row.id,
  kind: row.kind as TicketKind,
  siteId: row.site_id,
  userId: row.user_id,
  service: row.service,
  serviceKey: row.service_key,
  fromLogin: row.from_login === 1,
  proxies: JSON.parse(row.proxies) as string[],
  sessionHash: row.session_hash,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

export function casStore(db: Kysely<Database>) {
  return {
    async services(siteId: number): Promise<CasService[]> {
      const rows = await db.selectFrom('cas_services').selectAll().where('site_id', '=', siteId).orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, siteId: r.site_id, name: r.name, urlPattern: r.url_pattern }));
    },
    /** Every site's services: an anonymous /cas/login checks the service before the site is known. */
    async allServices(): Promise<CasService[]> {
      const rows = await db.selectFrom('cas_services').selectAll().orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, siteId: r.site_id, name: r.name, urlPattern: r.url_pattern }));
    },
    /** Replaces the site's list (the admin saves the whole list). */
    async putServices(siteId: number, services: { name: string; urlPattern: string }[]): Promise<void> {
      await db.deleteFrom('cas_services').where('site_id', '=', siteId).execute();
      if (services.length > 0) {
        await db
          .insertInto('cas_services')
          .values(services.map((s) => ({ site_id: siteId, name: s.name, url_pattern: s.urlPattern })))
          .execute();
      }
    },
    async mint(ticket: NewTicket, now: Date, lifetimeSeconds: number): Promise<CasTicket> {
      const row = {
        id: ticket.id,
        kind: ticket.kind,
        site_id: ticket.siteId,
        user_id: ticket.userId,
        service: ticket.service,
        service_key: ticket.serviceKey,
        from_login: ticket.fromLogin ? 1 : 0,
        used: 0,
        proxies: JSON.stringify(ticket.proxies),
        session_hash: ticket.sessionHash,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + lifetimeSeconds * 1000).toISOString(),
      };
      await db.insertInto('cas_tickets').values(row).execute();
      return toTicket(row);
    },
    /**
     * Marks the ticket used and returns it, or null when it does not exist or was
     * already used. Whatever the caller then decides (expired, wrong service), the
     * ticket is spent: CAS tickets are good for one validation attempt.
     */
    async consume(id: string, kinds: readonly TicketKind[]): Promise<CasTicket | null> {
      const row = await db
        .updateTable('cas_tickets')
        .set({ used: 1 })
        .where('id', '=', id)
        .where('used', '=', 0)
        .where('kind', 'in', [...kinds])
        .returningAll()
        .executeTakeFirst();
      return row ? toTicket(row) : null;
    },
    /** A live proxy-granting ticket (they are not single use). */
    async grantingTicket(id: string, now: Date): Promise<CasTicket | null> {
      const row = await db
        .selectFrom('cas_tickets')
        .selectAll()
        .where('id', '=', id)
        .where('kind', '=', 'PGT')
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      return row ? toTicket(row) : null;
    },
    /** Logging out of CAS ends the proxy-granting tickets of that session. */
    async endSession(sessionHash: string): Promise<void> {
      await db.deleteFrom('cas_tickets').where('session_hash', '=', sessionHash).execute();
    },
    async deleteExpired(now: Date): Promise<void> {
      await db.deleteFrom('cas_tickets').where('expires_at', '<=', now.toISOString()).execute();
    },
  };
}
