/**
 * Who is writing, and where: every authoring route starts here. A write needs a
 * logged-in member of the site (anonymous: 401; a user of another site: 403; an
 * unknown site: 404), then the role table through `ctx.access.can(rubriqueId, action)`.
 */
import type { Viewer } from '../access/viewer.ts';
import type { Action } from '../access/roles.ts';
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

/**
 * What an authoring list may show: every item of the rubriques where the viewer holds
 * `anyAction`, their own where they only write, narrowed to one readable rubrique when
 * asked (null: an unknown or unreadable rubrique, which lists nothing).
 */
export function listScope(
  ctx: MemberContext,
  anyAction: Extract<Action, 'validateAny' | 'publishAny'>,
  rubriqueSlug: string | undefined,
): { any: number[]; own: number[]; authorId: number; rubriqueId: number | undefined } | null {
  const readable = [...ctx.access.readable];
  const any = readable.filter((id) => ctx.access.can(id, anyAction));
  const own = readable.filter((id) => !any.includes(id) && ctx.access.can(id, 'writeOwn'));
  let rubriqueId: number | undefined;
  if (rubriqueSlug !== undefined) {
    const rubrique = ctx.rubriques.find((r) => r.slug === rubriqueSlug && ctx.access.readable.has(r.id));
    if (!rubrique) return null;
    rubriqueId = rubrique.id;
  }
  return { any, own, authorId: ctx.viewer.id, rubriqueId };
}
