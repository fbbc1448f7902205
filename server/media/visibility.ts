/**
 * Who may see a medium, asked as queries inside each viewer's readable set:
 * - public: a published article anonymous visitors may read shows it, or the public
 *   homepage does (top image, text tile): anyone, and shared caches, may keep it;
 * - private: the viewer may read some content that shows it (a published article of a
 *   rubrique they read, the personal page of their site), or uploaded it, or is an
 *   admin of the site (the composer shows media not placed yet);
 * - hidden: anyone else. Served exactly like a missing medium (404).
 */
import { accessFor } from '../access/access.ts';
import { anonymous } from '../access/viewer.ts';
import type { ResolveContext } from '../reading/context.ts';
import type { Medium } from '../store/index.ts';
import { mediaFolder } from './variants.ts';

export type MediaVisibility = 'public' | 'private' | 'hidden';

export async function mediaVisibility(ctx: ResolveContext, medium: Medium): Promise<MediaVisibility> {
  const { site, store, now, viewer } = ctx;
  const folder = mediaFolder(site.slug, medium.id);
  const pages = await store.pages.kindsMentioning(site.id, folder);
  if (pages.includes('public-home')) return 'public';
  const forAnyone = [...accessFor(anonymous, site.id, ctx.rubriques).readable];
  if (await store.media.usedByPublishedArticle(site.id, folder, forAnyone, now)) return 'public';

  if (viewer.kind !== 'user' || viewer.siteId !== site.id) return 'hidden';
  if (viewer.profile === 'admin' || viewer.id === medium.authorId) return 'private';
  if (pages.includes('personal-home')) return 'private';
  const readable = [...ctx.access.readable].filter((id) => !forAnyone.includes(id));
  return (await store.media.usedByPublishedArticle(site.id, folder, readable, now)) ? 'private' : 'hidden';
}
