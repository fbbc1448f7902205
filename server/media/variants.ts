/**
 * The URLs of a medium's variants. A medium's URL names its largest variant in its
 * source format (`/media/college/ab12…/1600.jpg`); the other widths, in WebP, follow from
 * its usage, so resolvers give `srcset` without a query. Every usage makes all its
 * widths (enlarged when the source is smaller): the set never depends on the upload.
 */
import { usages } from './images.ts';
import type { MediaUsage } from '../store/media.ts';

export const mediaIdPattern = /^[0-9a-f]{32}$/;
const mediaUrl = /^\/media\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([0-9a-f]{32})\/(\d+)\.(jpg|png|gif|webp)$/;

export const mediaFolder = (siteSlug: string, id: string) => `/media/${siteSlug}/${id}/`;

export function usageOfWidth(width: number): MediaUsage | null {
  for (const [usage, shape] of Object.entries(usages) as [MediaUsage, { widths: number[] }][]) if (shape.widths[0] === width) return usage;
  return null;
}

/** `srcset` for one of our media URLs (WebP at every width), or null for any other URL. */
export function srcsetOf(url: string): string | null {
  const match = mediaUrl.exec(url);
  if (!match) return null;
  const usage = usageOfWidth(Number(match[3]));
  if (!usage) return null;
  const folder = mediaFolder(match[1], match[2]);
  return usages[usage].widths.map((w) => `${folder}${w}.webp ${w}w`).join(', ');
}
