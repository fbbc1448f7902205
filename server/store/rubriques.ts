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
      return rows.map((row) => ({
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
