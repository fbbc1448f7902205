/**
 * The logged-in viewer's personal page, resolved: what `GET /api/sites/:site/pages/personal-home`
 * answers and what `/moi` renders on the server (server/render/moi.ts). One function, so
 * the page a pupil sees first and the one their elements ask for later are the same.
 */
import type { PageResponse } from '../../contract/api.ts';
import type { ResolveContext } from '../reading/context.ts';
import { pageTiles } from '../reading/readable.ts';
import { siteSummary } from '../reading/wire.ts';
import { forbidden } from '../errors.ts';
import { arrangeTiles } from './personal-layout.ts';
import { resolvePage } from './registry.ts';

/** 403 unless the viewer is a user of the context's site; then their page, in their arrangement. */
export async function resolvePersonalHome(ctx: ResolveContext): Promise<PageResponse> {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'user' || viewer.siteId !== ctx.site.id) {
    throw forbidden("Votre compte n'appartient pas à cet établissement.");
  }
  // A context made without them (not after this app's session middleware): read now, once
  // the check has passed, and awaited just below (a read started earlier could fail unheard).
  ctx.preferences ??= ctx.store.preferences.get(viewer.id);
  const [page, preferences] = await Promise.all([pageTiles(ctx, 'personal-home'), ctx.preferences]);
  const tiles = arrangeTiles(page, preferences);
  return { site: siteSummary(ctx.site), page: { kind: 'personal-home', tiles: await resolvePage(tiles, ctx) } };
}
