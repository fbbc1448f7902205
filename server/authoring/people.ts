/**
 * The groups and people the rights pickers offer: who may be named on a rubrique. Only
 * those who name actors see them (site admins, and whoever is gestionnaire somewhere:
 * `manageActors` on a rubrique lets them staff its sub-rubriques), and only what names
 * a person — login, display name, profile, fonction; never an e-mail.
 */
import { z } from 'zod';
import type { Profile } from '../../contract/vocabulary.ts';
import { forbidden } from '../errors.ts';
import type { Viewer } from '../access/viewer.ts';
import type { ReadingDeps } from '../reading/context.ts';
import { isSiteAdmin, memberContext, type MemberContext } from './actor.ts';
import type { GroupJson, PersonJson } from '../../contract/authoring.ts';

export const peopleQuery = z.object({
  q: z.string().trim().max(100).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** A member who names actors somewhere; 403 for the others (401 anonymous, as every authoring route). */
export async function actorPickerContext(deps: ReadingDeps, siteSlug: string, viewer: Viewer): Promise<MemberContext> {
  const ctx = await memberContext(deps, siteSlug, viewer);
  if (isSiteAdmin(ctx) || ctx.rubriques.some((r) => ctx.access.can(r.id, 'manageActors'))) return ctx;
  throw forbidden('Réservé à ceux qui nomment les acteurs des rubriques.');
}

export async function siteGroups(ctx: MemberContext): Promise<GroupJson[]> {
  const groups = await ctx.store.users.groups(ctx.site.id);
  return groups.map((g) => ({ slug: g.slug, name: g.name })).sort((a, b) => byName.compare(a.name, b.name));
}

/** Members whose display name or login contains `q` (case-insensitive), by name. */
export async function searchPeople(ctx: MemberContext, query: z.output<typeof peopleQuery>): Promise<PersonJson[]> {
  const found = await ctx.store.users.search(ctx.site.id, query.q, query.limit);
  return found
    .map((u) => ({ login: u.login, displayName: u.displayName, profile: u.profile, ...(u.fonction ? { fonction: u.fonction } : {}) }))
    .sort((a, b) => byName.compare(a.displayName, b.displayName) || byName.compare(a.login, b.login));
}
