/** Where each rubrique's feeds live: public URLs for public rubriques, token URLs for the others. */
import type { FeedFormat, FeedLink } from '../../../contract/feeds.ts';
import type { ResolveContext } from '../../reading/context.ts';
import type { Rubrique } from '../../store/index.ts';
import { accessFor } from '../../access/access.ts';
import { anonymous } from '../../access/viewer.ts';

export const formatsOf = (rubrique: Rubrique): FeedFormat[] => [
  ...(rubrique.services.includes('blog') ? (['rss', 'atom'] as const) : []),
  ...(rubrique.services.includes('agenda') ? (['ics'] as const) : []),
];

export const publicFeedPath = (site: string, rubrique: string, format: FeedFormat) => `/feeds/${site}/${rubrique}.${format}`;
export const personalFeedPath = (site: string, token: string, rubrique: string, format: FeedFormat) =>
  `/feeds/${site}/u/${token}/${rubrique}.${format}`;

/**
 * The feeds of every rubrique this context's viewer reads. A rubrique anonymous
 * visitors read gets its public URL; the others a token URL (only when `token` is set).
 */
export function feedLinks(ctx: ResolveContext, origin: string, token: string | null): { feeds: FeedLink[]; privateRubriques: number } {
  const open = accessFor(anonymous, ctx.site.id, ctx.rubriques).readable;
  const feeds: FeedLink[] = [];
  let privateRubriques = 0;
  for (const rubrique of ctx.rubriques) {
    const formats = formatsOf(rubrique);
    if (formats.length === 0 || !ctx.access.readable.has(rubrique.id)) continue;
    const personal = !open.has(rubrique.id);
    if (personal) privateRubriques++;
    if (personal && token === null) continue;
    for (const format of formats) {
      const path = personal ? personalFeedPath(ctx.site.slug, token!, rubrique.slug, format) : publicFeedPath(ctx.site.slug, rubrique.slug, format);
      feeds.push({ rubrique: rubrique.slug, title: rubrique.title, format, url: origin + path, personal });
    }
  }
  return { feeds, privateRubriques };
}
