/**
 * `/moi` as HTML, in the state the server already knows: a logged-in viewer gets the
 * greeting and their personal page rendered by the elements (Lit SSR, as the homepage:
 * readable at once, nothing pushed down when it arrives), an anonymous one the login
 * form. site/moi.ts takes over from the state embedded in `#tuiles-me` (the same object
 * as `GET /api/me`, or null) and the page from `#tuiles-page-data`, without asking again.
 */
import type { Capabilities, Me, PageResponse } from '../../contract/api.ts';
import { writeLinksFor, writeLinksLabel } from '../../contract/write-links.ts';
import type { Viewer } from '../access/viewer.ts';
import type { SiteAssets } from './assets.ts';
import { escapeHtml, layout, scriptJson } from './layout.ts';
import { PAGE_DATA_ID } from './home.ts';

export const ME_DATA_ID = 'tuiles-me';

export interface MoiRequest {
  viewer: Viewer;
  /** The viewer's site when logged in; else the one asked for (?site=), or the default. */
  site: { slug: string; name: string } | null;
  /** What the viewer may do on the write side (noCapabilities when anonymous). */
  may: Capabilities;
  /** Where the site's homepage is (`/` or `/sites/:slug/`). */
  homeHref: string;
  canonical: string;
  /**
   * The logged-in viewer's personal page, resolved and rendered (server/tiles/personal-home.ts,
   * components/ssr.ts). Absent (rendering failed), the page keeps its place and the
   * browser asks for it.
   */
  page?: { html: string; data: PageResponse };
}

export function meOf(viewer: Viewer, site: { slug: string; name: string }, may: Capabilities): Me | null {
  if (viewer.kind !== 'user') return null;
  return { login: viewer.login, displayName: viewer.displayName, profile: viewer.profile, niveau: viewer.niveau, fonction: viewer.fonction, site, may };
}

/** « Gérer le site », « Écrire un article », « À valider »… by what the viewer may do (contract/write-links.ts). */
export function writeLinks(site: { slug: string }, may: Capabilities): string {
  const links = writeLinksFor(site, may);
  if (links.length === 0) return '';
  return `<nav class="write-links" aria-label="${escapeHtml(writeLinksLabel)}"><ul>${links
    .map((l) => `<li><a class="button secondary" href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></li>`)
    .join('')}</ul></nav>`;
}

const hidden = (yes: boolean) => (yes ? ' hidden' : '');

/** The rendered page with the data its elements hydrate from; without it, a placeholder of the page's place. */
const personalPage = (page: MoiRequest['page']) =>
  page
    ? `${page.html}\n<script type="application/json" id="${PAGE_DATA_ID}">${scriptJson(page.data)}</script>`
    : '<div class="placeholder" aria-hidden="true"></div>';

export function renderMoi(assets: SiteAssets, request: MoiRequest): string {
  const me = request.site ? meOf(request.viewer, request.site, request.may) : null;
  const loggedIn = me !== null;
  const siteName = request.site?.name ?? 'Portail de l’établissement';
  const main = `<section class="login" id="login" aria-labelledby="login-title"${hidden(loggedIn)}>
  <h1 class="page-title" id="login-title" tabindex="-1">Se connecter</h1>
  <p class="login-intro">Retrouvez les actualités de vos rubriques, votre agenda et vos services.</p>
  <noscript><p class="form-error">La connexion a besoin de JavaScript : activez-le pour vous connecter.</p></noscript>
  <div class="form-status" id="login-status" role="status"></div>
  <div class="form-error" id="login-error" role="alert"></div>
  <div id="identity-providers" hidden>
    <div id="identity-provider-links"></div>
    <p class="login-intro">Ou avec un identifiant de l’établissement :</p>
  </div>
  <form id="login-form" novalidate>
    <div class="field">
      <label for="login-field">Identifiant</label>
      <input id="login-field" name="login" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required>
      <p class="field-error" id="login-field-error"></p>
    </div>
    <div class="field">
      <label for="password-field">Mot de passe</label>
      <input id="password-field" name="password" type="password" autocomplete="current-password" required>
      <p class="field-error" id="password-field-error"></p>
    </div>
    <button class="button" type="submit"><span class="spinner" aria-hidden="true"></span><span class="button-label">Se connecter</span></button>
  </form>
  <p class="login-help">Identifiant ou mot de passe oublié ? Adressez-vous au secrétariat de l’établissement.</p>
</section>
<section id="space" aria-labelledby="space-title"${hidden(!loggedIn)}>
  <div class="greeting">
    <h1 class="page-title" id="space-title" tabindex="-1">Bonjour <span id="display-name">${escapeHtml(me?.displayName ?? '')}</span></h1>
    <button class="button secondary" type="button" id="logout"><span class="spinner" aria-hidden="true"></span><span class="button-label">Se déconnecter</span></button>
  </div>
  ${me ? writeLinks(me.site, request.may) : ''}
  <div class="form-error" id="space-error" role="alert"></div>
  <div id="personal-page">${loggedIn ? personalPage(request.page) : ''}</div>
</section>
<script type="application/json" id="${ME_DATA_ID}">${scriptJson({ me, site: request.site })}</script>`;
  return layout({
    title: `${siteName} — ${loggedIn ? 'Mon espace' : 'Connexion'}`,
    description: 'Connectez-vous pour retrouver les actualités de vos rubriques, votre agenda et vos services.',
    canonical: request.canonical,
    siteName,
    homeHref: request.homeHref,
    headerLink: { href: request.homeHref, label: 'Accueil' },
    footerLinks: [
      { href: request.homeHref, label: 'Page d’accueil' },
      { href: '/embed-demo', label: 'Afficher nos actualités sur votre site' },
    ],
    main,
    css: assets.css,
    assets: assets.moi,
  });
}
