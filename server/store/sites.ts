import type { Kysely, Selectable } from 'kysely';
import type { Database, SitesTable } from './schema.ts';

export interface Site {
  id: number;
  slug: string;
  name: string;
  peertubeHosts: string[];
}

const toSite = (row: Selectable<SitesTable>): Site => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  peertubeHosts: JSON.parse(row.peertube_hosts) as string[],
});

export function siteStore(db: Kysely<Database>) {
  return {
    async list(): Promise<Site[]> {
      const rows = await db.selectFrom('sites').selectAll().orderBy('slug').execute();
      return rows.map(toSite);
    },
    async byId(id: number): Promise<Site | null> {
      const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSite(row) : null;
    },
    async bySlug(slug: string): Promise<Site | null> {
      const row = await db.selectFrom('sites').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row ? toSite(row) : null;
    },
    async count(): Promise<number> {
      const row = await db.selectFrom('sites').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async create(site: { slug: string; name: string; peertubeHosts: string[] }, now: Date): Promise<Site> {
      const row = await db
        .insertInto('sites')
        .values({
          slug: site.slug,
          name: site.name,
          peertube_hosts: JSON.stringify(site.peertubeHosts),
          created_at: now.toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSite(row);
    },
    /** Sites whose stored HTML was cleaned by an older sanitizer than `version`. */
    async sanitizedBefore(version: number): Promise<Site[]> {
      const rows = await db.selectFrom('sites').selectAll().where('sanitized_with', '<', version).orderBy('id').execute();
      return rows.map(toSite);
    },
    async markSanitized(id: number, version: number): Promise<void> {
      await db.updateTable('sites').set({ sanitized_with: version }).where('id', '=', id).execute();
    },
    async delete(id: number): Promise<void> {
      await db.deleteFrom('sites').where('id', '=', id).execute();
    },
  };
}
