/**
 * `/admin`: who is here (`GET /api/me`, with what they may do), a navigation limited to
 * the screens they may use, and one screen at a time chosen by the hash:
 *
 *   #pages, #pages/personal-home   the composer (admins)
 *   #articles, #articles/nouveau, #articles/<id>   « Mes articles » and the editor
 *   #a-valider                     the moderation queue (modérateurs)
 *   #agenda, #agenda/nouveau, #agenda/<id>         the events editor
 *   #rubriques                     rubriques and rights (admins, gestionnaires)
 *
 * Each screen is its own chunk, loaded when first shown (the rich-text editor only with
 * the article editor). The screens receive `site` and the rest of the hash as `path`.
 */
import type { Capabilities, Me } from '../contract/api.ts';
import { FetchError, request } from '../components/core/api.ts';
import { failureMessage } from '../components/admin/core/failure.ts';
import { announce } from '../components/admin/core/live-region.ts';
import { mayLeave } from '../components/admin/core/leave-guard.ts';
import { link, showNotice, showSite } from './shared.ts';

interface Screen {
  hash: string;
  label: string;
  tag: string;
  allowed: (may: Capabilities) => boolean;
  load: () => Promise<unknown>;
}

const screens: Screen[] = [
  { hash: 'pages', label: 'Pages', tag: 'tuiles-admin-composer', allowed: (may) => may.admin, load: () => import('../components/admin/composer/composer.ts') },
  { hash: 'articles', label: 'Mes articles', tag: 'tuiles-admin-articles', allowed: (may) => may.write || may.moderate || may.admin, load: () => import('../components/admin/articles/articles-screen.ts') },
  { hash: 'a-valider', label: 'À valider', tag: 'tuiles-admin-moderation', allowed: (may) => may.moderate, load: () => import('../components/admin/articles/moderation.ts') },
  { hash: 'agenda', label: 'Agenda', tag: 'tuiles-admin-events', allowed: (may) => may.write || may.admin, load: () => import('../components/admin/events/events-screen.ts') },
  { hash: 'rubriques', label: 'Rubriques et droits', tag: 'tuiles-admin-rubriques', allowed: (may) => may.manageRubriques, load: () => import('../components/admin/rubriques/rubriques-screen.ts') },
];

const $ = (id: string) => document.getElementById(id)!;
const view = $('admin-view');
const nav = $('admin-nav');
const status = $('admin-status');

const notice = (lines: (string | Node)[]) => showNotice(view, lines);

/** `#articles/nouveau` -> { screen: 'articles', path: 'nouveau' } */
function route(): { screen: string; path: string } {
  const [screen = '', ...rest] = decodeURIComponent(location.hash.replace(/^#/, '')).split('/');
  return { screen, path: rest.join('/') };
}

let current: { screen: Screen; element: HTMLElement } | null = null;
/** The hash the shown screen answers to: put back when the screen refuses to be left. */
let shownHash = location.hash;

async function show(me: Me, allowed: Screen[]): Promise<void> {
  const { screen: wanted, path } = route();
  const screen = allowed.find((s) => s.hash === wanted) ?? allowed[0];
  shownHash = location.hash;
  for (const a of nav.querySelectorAll('a')) {
    if (a.dataset.screen === screen.hash) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `${me.site.name} — ${screen.label}`;
  if (current?.screen === screen) {
    current.element.setAttribute('path', path);
    return;
  }
  view.replaceChildren(Object.assign(document.createElement('p'), { className: 'loading', textContent: 'Chargement…' }));
  try {
    await screen.load();
  } catch {
    notice(['Cet écran n’a pas pu être chargé. Rechargez la page.']);
    return;
  }
  const element = document.createElement(screen.tag);
  element.setAttribute('site', me.site.slug);
  element.setAttribute('path', path);
  (element as HTMLElement & { may?: Capabilities }).may = me.may;
  view.replaceChildren(element);
  current = { screen, element };
  announce(status, `Écran « ${screen.label} »`);
}

async function start(): Promise<void> {
  let me: Me;
  try {
    me = await request<Me>('/api/me', { credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) {
      const back = `/moi${location.search}`;
      notice(['Connectez-vous pour gérer le site.', link(back, 'Se connecter depuis « Mon espace »')]);
    } else notice([failureMessage(error)]);
    return;
  }
  showSite(me.site, 'Gérer le site');
  const home = $('home-link') as HTMLAnchorElement;
  home.href = `/sites/${encodeURIComponent(me.site.slug)}/`;
  const allowed = screens.filter((s) => s.allowed(me.may));
  if (allowed.length === 0) {
    notice(['Votre compte n’a aucun droit de publication ni de gestion sur ce site.', link('/moi', 'Retour à « Mon espace »')]);
    return;
  }
  nav.querySelector('ul')!.replaceChildren(
    ...allowed.map((s) => {
      const li = document.createElement('li');
      const a = link(`#${s.hash}`, s.label);
      a.dataset.screen = s.hash;
      li.append(a);
      return li;
    }),
  );
  nav.hidden = false;
  window.addEventListener('hashchange', () => {
    if (location.hash === shownHash) return;
    // A hash change cannot be cancelled: the screen is asked first (unsaved work,
    // core/leave-guard.ts) and, if it stays, the address goes back without a new
    // history entry nor another hashchange.
    if (current && !mayLeave(current.element)) {
      history.replaceState(history.state, '', shownHash || `${location.pathname}${location.search}`);
      return;
    }
    void show(me, allowed);
  });
  await show(me, allowed);
}

void start();
