/**
 * The one layout of the portal's server-rendered pages (the homepage, `/moi`, article
 * and event pages): header, footer, the site's stylesheet inlined, `<meta>`
 * description, Open Graph and the canonical link. Everything here is a string built
 * with `escapeHtml` on every value that comes from data; `main` is markup the caller
 * built the same way (or stored sanitized HTML).
 */
import type { PageAssets } from './assets.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => entities[c]);

/** JSON inside `<script type="application/json">`: `<` escaped, so no `</script>` can close it early. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export interface Layout {
  /** The document title: "Page — School". */
  title: string;
  description: string;
  /** Absolute URL of this page (TUILES_PUBLIC_ORIGIN, else the request's origin); none on error pages. */
  canonical?: string;
  siteName: string;
  /** Where the brand links to; the brand is the page's `<h1>` when absent (the homepage). */
  homeHref?: string;
  headerLink: { href: string; label: string };
  footerLinks: { href: string; label: string }[];
  main: string;
  css: string;
  /** The page's module script; none on item pages (their CSP allows no script). */
  assets?: PageAssets;
  openGraph?: { type: 'website' | 'article'; image?: string };
  /** More of `<head>`, already escaped (`<link rel="alternate">` to the page's feeds). */
  head?: string;
  /** `noindex` for pages without public content of their own (`/moi`). */
  noindex?: boolean;
}

const logo = `<svg class="brand-logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false"><rect x="1" y="1" width="30" height="30" rx="6" fill="none" stroke="currentColor" stroke-width="2"/><rect x="6" y="6" width="20" height="8" rx="2" fill="currentColor"/><rect x="6" y="17" width="9" height="9" rx="2" fill="currentColor"/><rect x="17" y="17" width="9" height="9" rx="2" fill="currentColor"/></svg>`;

export function layout(page: Layout): string {
  const e = escapeHtml;
  const brand = page.homeHref
    ? `<a class="brand" href="${e(page.homeHref)}">${logo}<span class="brand-name" data-site-name>${e(page.siteName)}</span></a>`
    : `<h1 class="brand">${logo}<span class="brand-name" data-site-name>${e(page.siteName)}</span></h1>`;
  const og = page.openGraph;
  const scripts = page.assets?.script
    ? [
        ...page.assets.preloads.map((href) => `<link rel="modulepreload" href="${e(href)}">`),
        `<script type="module" src="${e(page.assets.script)}"></script>`,
      ].join('\n    ')
    : '';
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${e(page.title)}</title>
    <meta name="description" content="${e(page.description)}">
${page.canonical ? `    <link rel="canonical" href="${e(page.canonical)}">\n` : ''}    <meta name="color-scheme" content="light dark">${page.noindex ? '\n    <meta name="robots" content="noindex">' : ''}
    <meta property="og:site_name" content="${e(page.siteName)}">
    <meta property="og:locale" content="fr_FR">
    <meta property="og:type" content="${og?.type ?? 'website'}">
    <meta property="og:title" content="${e(page.title)}">
    <meta property="og:description" content="${e(page.description)}">
${page.canonical ? `    <meta property="og:url" content="${e(page.canonical)}">` : ''}${og?.image ? `\n    <meta property="og:image" content="${e(og.image)}">` : ''}
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">${page.head ? `\n    ${page.head}` : ''}
    <style>${page.css}</style>
    ${scripts}
  </head>
  <body>
    <a class="skip-link" href="#contenu">Aller au contenu</a>
    <header class="site-header">
      <div class="wrap">
        ${brand}
        <a class="header-link" href="${e(page.headerLink.href)}">${e(page.headerLink.label)}</a>
      </div>
    </header>
    <main id="contenu" class="wrap" tabindex="-1">
${page.main}
    </main>
    <footer class="site-footer">
      <div class="wrap">
        <p><span data-site-name>${e(page.siteName)}</span> · portail propulsé par Tuiles, logiciel libre</p>
        <ul>
          ${page.footerLinks.map((l) => `<li><a href="${e(l.href)}">${e(l.label)}</a></li>`).join('\n          ')}
        </ul>
      </div>
    </footer>
  </body>
</html>
`;
}

/** `https://ent.example` + path: the configured public origin, else the request's own. */
export function absoluteUrl(publicOrigin: string | undefined, requestUrl: string, path: string): string {
  return new URL(path, publicOrigin ?? new URL(requestUrl).origin).href;
}
