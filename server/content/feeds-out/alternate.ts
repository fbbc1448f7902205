/**
 * `<link rel="alternate">` for an item page: the feeds of the item's rubrique, when
 * anonymous visitors read it. A private rubrique's feed needs a personal token, which
 * never goes into a page's HTML.
 */
import { html } from 'hono/html';
import type { ResolveContext } from '../../reading/context.ts';
import { accessFor } from '../../access/access.ts';
import { anonymous } from '../../access/viewer.ts';
import { publicFeedPath } from './links.ts';

export function alternateLinks(ctx: ResolveContext, rubriqueId: number, service: 'blog' | 'agenda') {
  const rubrique = ctx.rubriques.find((r) => r.id === rubriqueId);
  if (!rubrique || !rubrique.services.includes(service)) return '';
  if (!accessFor(anonymous, ctx.site.id, ctx.rubriques).readable.has(rubriqueId)) return '';
  const site = ctx.site.slug;
  return service === 'blog'
    ? html`<link rel="alternate" type="application/rss+xml" title="${rubrique.title} (RSS)" href="${publicFeedPath(site, rubrique.slug, 'rss')}" />
    <link rel="alternate" type="application/atom+xml" title="${rubrique.title} (Atom)" href="${publicFeedPath(site, rubrique.slug, 'atom')}" />`
    : html`<link rel="alternate" type="text/calendar" title="${rubrique.title} (agenda)" href="${publicFeedPath(site, rubrique.slug, 'ics')}" />`;
}
