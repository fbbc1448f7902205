/**
 * Who is writing, and where: every authoring route starts here. A write needs a
 * logged-in member of the site (anonymous: 401; a user of another site: 403; an
 * unknown site: 404), then the role table through `ctx.access.can(rubriqueId, action)`.
 */
import type { Viewer } from '../access/viewer.ts';
import type { User } from '../store/index.ts';
import { resolveContext, type ReadingDeps, type ResolveContext } from '../reading/context.ts';
import { forbidden, unauthorized } from '../errors.ts';

export type Member = { kind: 'user' } & User;
export type MemberContext = ResolveContext & { viewer: Member };

export async function memberContext(deps: ReadingDeps, siteSlug: string, viewer: Viewer): Promise<MemberContext> {
  if (viewer.kind === 'anonymous') throw unauthorized();
  const ctx = await resolveContext(deps, siteSlug, viewer);
  if (viewer.siteId !== ctx.site.id) throw forbidden("Votre compte n'appartient pas à cet établissement.");
  return ctx as MemberContext;
}

export const isSiteAdmin = (ctx: MemberContext) => ctx.viewer.profile === 'admin';

/** Site admins only (pages, settings, audit). */
export async function adminContext(deps: ReadingDeps, siteSlug: string, viewer: Viewer): Promise<MemberContext> {
  const ctx = await memberContext(deps, siteSlug, viewer);
  if (!isSiteAdmin(ctx)) throw forbidden("Réservé aux administrateurs de l'établissement.");
  return ctx;
}
