/**
 * The homepage as HTML: the page's tiles resolved for the viewer exactly as the API
 * resolves them (`GET /api/sites/:site/pages/public-home`), rendered by the same
 * elements with Lit SSR, inside the portal's layout, with the resolved JSON embedded
 * for the elements to hydrate from (no second request).
 */
import type { PageResponse } from '../../contract/api.ts';
import type { Viewer } from '../access/viewer.ts';
import type { Site } from '../store/index.ts';
import { contextFor, type ReadingDeps } from '../reading/context.ts';
import { anonymous } from '../access/viewer.ts';
import { feedLinks } from '../content/feeds-out/links.ts';
import { resolvePage } from '../tiles/registry.ts';
import { siteSummary } from '../reading/wire.ts';
import type { SiteAssets } from './assets.ts';
import { serverElements } from './elements.ts';
import { escapeHtml, layout, scriptJson } from './layout.ts';

/** The id of the `<script type="application/json">` holding the page data (site/hydrate.ts). */
export const PAGE_DATA_ID = 'tuiles-page-data';

export interface HomeRequest {
  site: Site;
  viewer: Viewer;
  /** Absolute URL of this page. */
  canonical: string;
  /** `/` for the default site, `/sites/:slug/` otherwise: where the brand links. */
  path: string;
  /** `/moi`, or `/moi?site=slug` for a site other than the default. */
  moiHref: string;
}

export const homeDescription = (siteName: string) => `${siteName} : actualités, agenda et informations pratiques de l’établissement.`;

export async function resolveHome(deps: ReadingDeps, site: Site, viewer: Viewer): Promise<PageResponse> {
  const ctx = await contextFor(deps, site, viewer);
  const tiles = await deps.store.pages.get(site.id, 'public-home');
  return { site: siteSummary(site), page: { kind: 'public-home', tiles: await resolvePage(tiles, ctx) } };
}

export async function renderHome(deps: ReadingDeps, assets: SiteAssets, request: HomeRequest): Promise<string> {
  const response = await resolveHome(deps, request.site, request.viewer);
  const elements = await serverElements();
  const page = await elements.renderPage(response, { now: deps.now() });
  const topImage = response.page.tiles.find((t) => t.type === 'top' && t.data)?.data as { image?: { url: string } | null } | undefined;
  const loggedIn = request.viewer.kind === 'user';
  return layout({
    title: `${request.site.name} — Accueil`,
    description: homeDescription(request.site.name),
    canonical: request.canonical,
    siteName: request.site.name,
    headerLink: { href: request.moiHref, label: loggedIn ? 'Mon espace' : 'Se connecter' },
    footerLinks: [
      { href: request.moiHref, label: 'Mon espace' },
      { href: '/embed-demo', label: 'Afficher nos actualités sur votre site' },
    ],
    main: `${page}\n<script type="application/json" id="${PAGE_DATA_ID}">${scriptJson(response)}</script>`,
    css: assets.css,
    assets: assets.home,
    openGraph: { type: 'website', image: topImage?.image ? new URL(topImage.image.url, request.canonical).href : undefined },
    head: await feedAlternates(deps, request.site),
  });
}

const feedTypes = { rss: 'application/rss+xml', atom: 'application/atom+xml', ics: 'text/calendar' } as const;

/** `<link rel="alternate">` for each public rubrique's feeds (never a personal one), so readers find them. */
async function feedAlternates(deps: ReadingDeps, site: Site): Promise<string> {
  const { feeds } = feedLinks(await contextFor(deps, site, anonymous), '', null);
  return feeds
    .map((f) => `<link rel="alternate" type="${feedTypes[f.format]}" title="${escapeHtml(`${f.title} (${f.format.toUpperCase()})`)}" href="${escapeHtml(f.url)}">`)
    .join('\n    ');
}

/** `/` on an instance with several sites and no TUILES_DEFAULT_SITE: the list of its schools. */
export function renderSiteList(assets: SiteAssets, sites: Site[], canonical: string): string {
  const items = sites.map((s) => `<li><a href="/sites/${encodeURIComponent(s.slug)}/">${escapeHtml(s.name)}</a></li>`).join('\n');
  return layout({
    title: 'Établissements — Tuiles',
    description: 'Les établissements de ce portail Tuiles : actualités, agenda et informations pratiques.',
    canonical,
    siteName: 'Portail des établissements',
    headerLink: { href: '/moi', label: 'Se connecter' },
    footerLinks: [{ href: '/moi', label: 'Mon espace' }],
    main: sites.length
      ? `<h2 class="page-title">Choisissez votre établissement</h2>\n<ul class="site-list">\n${items}\n</ul>`
      : `<div class="notice" role="status"><p>Ce portail n’a pas encore d’établissement.</p></div>`,
    css: assets.css,
  });
}

/** `/sites/:site/` for a site this portal does not have. */
export function renderMissing(assets: SiteAssets, canonical: string): string {
  return layout({
    title: 'Page introuvable — Tuiles',
    description: 'Cette page est introuvable.',
    canonical,
    siteName: 'Portail de l’établissement',
    homeHref: '/',
    headerLink: { href: '/', label: 'Accueil' },
    footerLinks: [{ href: '/', label: 'Page d’accueil' }],
    main: `<h1 class="page-title">Cette page est introuvable.</h1>\n<p><a href="/">Aller à l’accueil du portail</a></p>`,
    css: assets.css,
  });
}
