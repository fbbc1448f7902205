/**
 * Annonces (communication ciblée): the viewer's annonces shown today (their window
 * open in the schools' time zone, one of their targets matching the viewer), alertes
 * first, then unread before read. A link to an article the viewer may not read is
 * dropped, as if there were none.
 */
import { annoncesConfig, type AnnonceItem, type AnnoncesData } from '../../contract/tiles/annonces.ts';
import { isExternalLink } from '../../contract/annonces.ts';
import { currentAnnonces, readableArticles } from '../reading/readable.ts';
import { articleUrl } from '../reading/wire.ts';
import { today } from '../annonces/window.ts';
import type { TileResolver } from './context.ts';

const kindRank = { alerte: 0, avertissement: 1, information: 2 } as const;

export const annonces: TileResolver<typeof annoncesConfig, AnnoncesData> = {
  config: annoncesConfig,
  personalOnly: true,
  async resolve(config, ctx) {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'user' || viewer.siteId !== ctx.site.id) return { items: [] };
    // Shared by everyone targeted alike (kept, frozen); what this viewer read is theirs.
    const kept = await currentAnnonces(ctx, viewer, today(ctx.now, ctx.timeZone));
    // Read with the session when the page came through it (a superset of these): else asked.
    const read = ctx.annoncesRead ?? (await ctx.store.annonces.readAmong(viewer.id, kept.map((a) => a.id)));
    // Each kept annonce beside its receipt, not copied into `{ ...annonce, read }`: a spread
    // first costs every request (docs/design-notes.md, "No spread first on a request's path").
    const current = kept.map((annonce) => ({ annonce, read: read.has(annonce.id) }));
    current.sort(
      ({ annonce: a, read: aRead }, { annonce: b, read: bRead }) =>
        Number(b.kind === 'alerte') - Number(a.kind === 'alerte') ||
        Number(aRead) - Number(bRead) ||
        kindRank[a.kind] - kindRank[b.kind] ||
        b.start.localeCompare(a.start) ||
        b.id - a.id,
    );
    const shown = current.slice(0, config.max);
    const articleIds = shown.flatMap(({ annonce: a }) => (a.link && !isExternalLink(a.link) ? [a.link] : []));
    // Most annonces link to no article of the site: then nothing to check.
    const readable = new Set(articleIds.length === 0 ? [] : (await readableArticles(ctx, articleIds)).map((a) => a.id));
    return {
      items: shown.map(({ annonce: a, read }): AnnonceItem => {
        const external = a.link !== null && isExternalLink(a.link);
        const url = a.link === null ? null : external ? a.link : readable.has(a.link) ? articleUrl(ctx.site, a.link) : null;
        return {
          id: String(a.id),
          kind: a.kind,
          title: a.title,
          body: a.body, // stored sanitized
          url,
          external: url !== null && external,
          illustration: a.illustration
            ? { url: a.illustration.url, alt: a.illustration.alt ?? '', width: a.illustration.width ?? null, height: a.illustration.height ?? null }
            : null,
          start: a.start,
          end: a.end,
          read,
          readUrl: `/api/sites/${ctx.site.slug}/annonces/${a.id}/read`,
        };
      }),
    };
  },
};
