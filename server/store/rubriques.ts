import type { Kysely } from 'kysely';
import type { Profile, Role, Service, Visibility } from '../../contract/vocabulary.ts';
import type { Database } from './schema.ts';

/** Who a right names: a profile, a group (by id) or a user (by id). */
export type RightSubject = { profile: Profile } | { groupId: number } | { userId: number };
export type Right = RightSubject & { role: Role };

export interface Rubrique {
  id: number;
  slug: string;
  title: string;
  parentId: number | null;
  visibility: Visibility;
  services: Service[];
  rights: Right[];
}

export function rubriqueStore(db: Kysely<Database>) {
  return {
    async create(siteId: number, rubrique: Omit<Rubrique, 'id'>, position: number): Promise<Rubrique> {
      const row = await db
        .insertInto('rubriques')
        .values({
          site_id: siteId,
          slug: rubrique.slug,
          title: rubrique.title,
          parent_id: rubrique.parentId,
          visibility: rubrique.visibility,
          blog: rubrique.services.includes('blog') ? 1 : 0,
          agenda: rubrique.services.includes('agenda') ? 1 : 0,
          position,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (rubrique.rights.length > 0) {
        await db
          .insertInto('rights')
          .values(
            rubrique.rights.map((right) => ({
              rubrique_id: row.id,
              profile: 'profile' in right ? right.profile : null,
              group_id: 'groupId' in right ? right.groupId : null,
              user_id: 'userId' in right ? right.userId : null,
              role: right.role,
            })),
          )
          .execute();
      }
      return { ...rubrique, id: row.id };
    },

    /** The position after every rubrique of the site: a new rubrique goes last. */
    async nextPosition(siteId: number): Promise<number> {
      const row = await db.selectFrom('rubriques').select((eb) => eb.fn.max('position').as('last')).where('site_id', '=', siteId).executeTakeFirst();
      return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
    },

    async update(id: number, fields: Pick<Rubrique, 'title' | 'parentId' | 'visibility' | 'services'>): Promise<void> {
      await db
        .updateTable('rubriques')
        .set({
          title: fields.title,
          parent_id: fields.parentId,
          visibility: fields.visibility,
          blog: fields.services.includes('blog') ? 1 : 0,
          agenda: fields.services.includes('agenda') ? 1 : 0,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Removes the rubrique; its sub-rubriques, rights, articles and events go with it (foreign keys cascade). */
    async delete(id: number): Promise<void> {
      await db.deleteFrom('rubriques').where('id', '=', id).execute();
    },

    /** Replaces every right of the rubrique. */
    async setRights(id: number, rights: Right[]): Promise<void> {
      await db.deleteFrom('rights').where('rubrique_id', '=', id).execute();
      if (rights.length === 0) return;
      await db
        .insertInto('rights')
        .values(
          rights.map((right) => ({
            rubrique_id: id,
            profile: 'profile' in right ? right.profile : null,
            group_id: 'groupId' in right ? right.groupId : null,
            user_id: 'userId' in right ? right.userId : null,
            role: right.role,
          })),
        )
        .execute();
    },

    /** Every rubrique of a site with its rights, parents before children. */
    async list(siteId: number): Promise<Rubrique[]> {
      const rows = await db
        .selectFrom('rubriques')
        .selectAll()
        .where('site_id', '=', siteId)
        .orderBy('position')
        .orderBy('id')
        .execute();
      const rights = await db
        .selectFrom('rights')
        .innerJoin('rubriques', 'rubriques.id', 'rights.rubrique_id')
        .select(['rights.rubrique_id', 'rights.profile', 'rights.group_id', 'rights.user_id', 'rights.role'])
        .where('rubriques.site_id', '=', siteId)
        .orderBy('rights.id')
        .execute();
      return parentsFirst(rows).map((row) => ({
        id: row.id,
        slug: row.slug,
        title: row.title,
        parentId: row.parent_id,
        visibility: row.visibility as Visibility,
        services: [...(row.blog ? ['blog' as const] : []), ...(row.agenda ? ['agenda' as const] : [])],
        rights: rights
          .filter((r) => r.rubrique_id === row.id)
          .map((r): Right => {
            const role = r.role as Role;
            if (r.profile !== null) return { profile: r.profile as Profile, role };
            if (r.group_id !== null) return { groupId: r.group_id, role };
            return { userId: r.user_id!, role };
          }),
      }));
    },
  };
}

/**
 * Position order, except that a parent always comes before its children: a rubrique
 * moved under a later one must still export (and import) after its new parent. A row
 * whose parent is not out yet waits, and follows its parent as soon as it is.
 */
function parentsFirst<T extends { id: number; parent_id: number | null }>(rows: T[]): T[] {
  const out: T[] = [];
  const placed = new Set<number>();
  const waiting = new Map<number, T[]>();
  const place = (row: T) => {
    out.push(row);
    placed.add(row.id);
    const children = waiting.get(row.id) ?? [];
    waiting.delete(row.id);
    children.forEach(place);
  };
  for (const row of rows) {
    if (row.parent_id === null || placed.has(row.parent_id)) place(row);
    else waiting.set(row.parent_id, [...(waiting.get(row.parent_id) ?? []), row]);
  }
  return out;
}
