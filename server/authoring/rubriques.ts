/**
 * Rubriques and their rights (the actors). Site admins manage every rubrique. A
 * gestionnaire manages inside its own subtree only: it creates sub-rubriques under the
 * rubrique it holds the role on, edits, deletes and names the actors of those
 * sub-rubriques (`manageSubRubriques`, `manageActors` on their parent), and never
 * touches the rubrique it was given nor anything above it: what a rubrique is and who
 * acts on it is decided one level up.
 */
import { z } from 'zod';
import type { Group, Right, Rubrique } from '../store/index.ts';
import { profiles, roles, services, slug, visibilities, type Role } from '../../contract/vocabulary.ts';
import type { Action } from '../access/roles.ts';
import { conflict, forbidden, invalid, notFound } from '../errors.ts';
import { isSiteAdmin, type MemberContext } from './actor.ts';
import { byMember } from './audit.ts';
import { commit, type AuthoringDeps } from './commit.ts';
import type { NamedRightJson, RubriqueJson, RubriqueUsage } from '../../contract/authoring.ts';
import { takenAlong } from '../../contract/rubrique-usage.ts';

const title = z.string().trim().min(1, 'titre requis').max(200);
const serviceList = z.array(z.enum(services)).max(10).transform((list) => [...new Set(list)]);

export const newRubriqueInput = z.strictObject({
  slug,
  title,
  parent: slug.nullish(),
  visibility: z.enum(visibilities),
  services: serviceList.default([]),
});
export const rubriquePatchInput = z.strictObject({
  title: title.optional(),
  parent: slug.nullish(),
  visibility: z.enum(visibilities).optional(),
  services: serviceList.optional(),
});
export const deleteRubriqueQuery = z.object({ confirm: z.string().optional() });

const role = z.enum(roles);
export const rightsInput = z
  .array(
    z.union([
      z.strictObject({ profile: z.enum(profiles), role }),
      z.strictObject({ group: slug, role }),
      z.strictObject({ user: z.string().min(1).max(100), role }),
    ]),
  )
  .max(200);

/** `action` on the rubrique's parent (or site admin): what editing a rubrique takes. */
function managesFromAbove(ctx: MemberContext, rubrique: Rubrique, action: Extract<Action, 'manageSubRubriques' | 'manageActors'>): boolean {
  if (isSiteAdmin(ctx)) return true;
  return rubrique.parentId !== null && ctx.access.can(rubrique.parentId, action);
}

/** A rubrique named in a request: unknown and unreadable alike are 404. */
function readableRubrique(ctx: MemberContext, rubriqueSlug: string): Rubrique {
  const rubrique = ctx.rubriques.find((r) => r.slug === rubriqueSlug);
  if (!rubrique || !ctx.access.readable.has(rubrique.id)) throw notFound(`Rubrique introuvable « ${rubriqueSlug} ».`);
  return rubrique;
}

const slugOf = (ctx: MemberContext, id: number | null) => (id === null ? null : (ctx.rubriques.find((r) => r.id === id)?.slug ?? null));
const target = (slug: string) => ({ kind: 'rubrique' as const, id: slug });

/** The rubrique and all its descendants' ids. */
function subtreeOf(ctx: MemberContext, id: number): Set<number> {
  const ids = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of ctx.rubriques) {
      if (r.parentId !== null && ids.has(r.parentId) && !ids.has(r.id)) {
        ids.add(r.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** A new parent: readable, and one the viewer may put sub-rubriques under; root for site admins only. */
function parentFor(ctx: MemberContext, parentSlug: string | null): Rubrique | null {
  if (parentSlug === null) {
    if (!isSiteAdmin(ctx)) throw forbidden('Seuls les administrateurs créent des rubriques de premier niveau.');
    return null;
  }
  const parent = readableRubrique(ctx, parentSlug);
  if (!ctx.access.can(parent.id, 'manageSubRubriques')) throw forbidden('Vous ne pouvez pas créer de sous-rubrique ici.');
  return parent;
}

export async function rubriqueTree(ctx: MemberContext): Promise<RubriqueJson[]> {
  const groups = new Map((await ctx.store.users.groups(ctx.site.id)).map((g) => [g.id, g]));
  const people = new Map<number, { login: string; displayName: string }>();
  const visible = ctx.rubriques.filter((r) => ctx.access.readable.has(r.id));
  const out: RubriqueJson[] = [];
  for (const r of visible) {
    const can = (action: Action) => ctx.access.can(r.id, action);
    const manageActors = managesFromAbove(ctx, r, 'manageActors');
    const json: RubriqueJson = {
      slug: r.slug,
      title: r.title,
      parent: slugOf(ctx, r.parentId),
      visibility: r.visibility,
      services: r.services,
      role: ctx.access.roleOn(r.id),
      may: {
        write: can('writeOwn'),
        publish: can('publishOwn'),
        moderate: can('validateAny'),
        edit: managesFromAbove(ctx, r, 'manageSubRubriques'),
        delete: managesFromAbove(ctx, r, 'manageSubRubriques'),
        createSub: can('manageSubRubriques'),
        manageActors,
      },
    };
    if (manageActors) json.rights = await rightsJson(ctx, r.rights, groups, people);
    out.push(json);
  }
  return out;
}

async function rightsJson(
  ctx: MemberContext,
  rights: Right[],
  groups: Map<number, Group>,
  people: Map<number, { login: string; displayName: string }>,
): Promise<NamedRightJson[]> {
  const out: NamedRightJson[] = [];
  for (const right of rights) {
    if ('profile' in right) out.push({ profile: right.profile, role: right.role });
    else if ('groupId' in right) {
      const group = groups.get(right.groupId)!;
      out.push({ group: group.slug, name: group.name, role: right.role });
    } else {
      if (!people.has(right.userId)) {
        const user = await ctx.store.users.byId(right.userId);
        people.set(right.userId, { login: user?.login ?? '', displayName: user?.displayName ?? '' });
      }
      const person = people.get(right.userId)!;
      out.push({ user: person.login, name: person.displayName, role: right.role });
    }
  }
  return out;
}

export async function createRubrique(deps: AuthoringDeps, ctx: MemberContext, input: z.output<typeof newRubriqueInput>) {
  const parent = parentFor(ctx, input.parent ?? null);
  if (ctx.rubriques.some((r) => r.slug === input.slug)) throw conflict(`La rubrique « ${input.slug} » existe déjà.`, 'slug_taken');
  return commit(deps, ctx.site.id, async (tx) => {
    const position = await tx.rubriques.nextPosition(ctx.site.id);
    const created = await tx.rubriques.create(
      ctx.site.id,
      { slug: input.slug, title: input.title, parentId: parent?.id ?? null, visibility: input.visibility, services: input.services, rights: [] },
      position,
    );
    return {
      result: { slug: created.slug, title: created.title, parent: parent?.slug ?? null, visibility: created.visibility, services: created.services },
      audit: byMember(ctx, 'rubrique.create', target(created.slug), { title: created.title, parent: parent?.slug ?? null, visibility: created.visibility }),
    };
  });
}

export async function updateRubrique(deps: AuthoringDeps, ctx: MemberContext, rubriqueSlug: string, patch: z.output<typeof rubriquePatchInput>) {
  const rubrique = readableRubrique(ctx, rubriqueSlug);
  if (!managesFromAbove(ctx, rubrique, 'manageSubRubriques')) throw forbidden('Vous ne pouvez pas modifier cette rubrique.');
  let parentId = rubrique.parentId;
  if (patch.parent !== undefined && (patch.parent ?? null) !== slugOf(ctx, rubrique.parentId)) {
    const parent = parentFor(ctx, patch.parent ?? null);
    if (parent && subtreeOf(ctx, rubrique.id).has(parent.id)) throw invalid({ parent: 'une rubrique ne peut pas aller sous elle-même ou ses sous-rubriques' });
    parentId = parent?.id ?? null;
  }
  const fields = {
    title: patch.title ?? rubrique.title,
    parentId,
    visibility: patch.visibility ?? rubrique.visibility,
    services: patch.services ?? rubrique.services,
  };
  const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined);
  return commit(deps, ctx.site.id, async (tx) => {
    await tx.rubriques.update(rubrique.id, fields);
    return {
      result: { slug: rubrique.slug, title: fields.title, parent: slugOf(ctx, parentId), visibility: fields.visibility, services: fields.services },
      audit: byMember(ctx, 'rubrique.update', target(rubrique.slug), { changed, ...(changed.includes('visibility') ? { visibility: fields.visibility } : {}) }),
    };
  });
}

async function usageOf(ctx: MemberContext, rubrique: Rubrique): Promise<RubriqueUsage> {
  const ids = [...subtreeOf(ctx, rubrique.id)];
  const [articles, events] = await Promise.all([
    ctx.store.articles.countInRubriques(ctx.site.id, ids),
    ctx.store.events.countInRubriques(ctx.site.id, ids),
  ]);
  return { subRubriques: ids.length - 1, articles, events };
}

/**
 * « 3 sous-rubriques, 42 articles et 5 événements seront supprimés avec la rubrique
 * « Clubs » »: the deletion dialog's words (contract/rubrique-usage.ts) and the rubrique.
 */
export function usageMessage(usage: RubriqueUsage, title: string): string {
  const taken = takenAlong(usage);
  return taken ? `${taken} avec la rubrique « ${title} ».` : `La rubrique « ${title} » sera supprimée.`;
}

/**
 * What deleting the rubrique would take along, for whoever may delete it (the dialog
 * asks when it opens); anyone else gets 404, like a missing rubrique: the counts
 * would tell of drafts they may not see.
 */
export async function rubriqueUsage(ctx: MemberContext, rubriqueSlug: string): Promise<RubriqueUsage> {
  const rubrique = readableRubrique(ctx, rubriqueSlug);
  if (!managesFromAbove(ctx, rubrique, 'manageSubRubriques')) throw notFound(`Rubrique introuvable « ${rubriqueSlug} ».`);
  return usageOf(ctx, rubrique);
}

/** Deletes the rubrique with its sub-rubriques and all their content; `confirm` must repeat its slug. */
export async function deleteRubrique(deps: AuthoringDeps, ctx: MemberContext, rubriqueSlug: string, confirm: string | undefined): Promise<void> {
  const rubrique = readableRubrique(ctx, rubriqueSlug);
  if (!managesFromAbove(ctx, rubrique, 'manageSubRubriques')) throw forbidden('Vous ne pouvez pas supprimer cette rubrique.');
  if (confirm !== rubrique.slug) {
    throw invalid(
      { confirm: `répétez le nom de la rubrique (?confirm=${rubrique.slug}) : elle sera supprimée avec ses sous-rubriques et tout leur contenu` },
      usageMessage(await usageOf(ctx, rubrique), rubrique.title),
    );
  }
  const removed = [...subtreeOf(ctx, rubrique.id)].map((id) => slugOf(ctx, id)!);
  await commit(deps, ctx.site.id, async (tx) => {
    await tx.rubriques.delete(rubrique.id);
    return { result: undefined, audit: byMember(ctx, 'rubrique.delete', target(rubrique.slug), { title: rubrique.title, removed }) };
  });
}

/** Replaces the rubrique's actors; groups by slug, users by login, of this site. */
export async function setRights(deps: AuthoringDeps, ctx: MemberContext, rubriqueSlug: string, input: z.output<typeof rightsInput>) {
  const rubrique = readableRubrique(ctx, rubriqueSlug);
  if (!managesFromAbove(ctx, rubrique, 'manageActors')) throw forbidden('Vous ne pouvez pas nommer les acteurs de cette rubrique.');
  const groups = new Map((await ctx.store.users.groups(ctx.site.id)).map((g) => [g.slug, g.id]));
  const fields: Record<string, string> = {};
  const rights: Right[] = [];
  for (const [i, right] of input.entries()) {
    if ('profile' in right) rights.push({ profile: right.profile, role: right.role });
    else if ('group' in right) {
      const id = groups.get(right.group);
      if (id === undefined) fields[`[${i}].group`] = `groupe inconnu « ${right.group} »`;
      else rights.push({ groupId: id, role: right.role });
    } else {
      const user = (await ctx.store.users.byLogin(right.user)).find((u) => u.siteId === ctx.site.id);
      if (!user) fields[`[${i}].user`] = `utilisateur inconnu « ${right.user} »`;
      else rights.push({ userId: user.id, role: right.role });
    }
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return commit(deps, ctx.site.id, async (tx) => {
    await tx.rubriques.setRights(rubrique.id, rights);
    return { result: input, audit: byMember(ctx, 'rubrique.rights', target(rubrique.slug), { rights: input }) };
  });
}
