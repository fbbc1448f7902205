/**
 * The elements' words in French (default) and English. An element speaks the language
 * of its own `lang` attribute, else of the closest ancestor with one, crossing shadow
 * roots (a tile inside `<tuiles-page>` follows the page), else French.
 */

import type { tileDefaults } from '../../contract/tiles/defaults.ts';

export type Lang = 'fr' | 'en';

type Defaults = typeof tileDefaults;
/** The tile types that have a title (every one but `top`). */
export type TitledTileType = { [T in keyof Defaults]: Defaults[T] extends { title: string } ? T : never }[keyof Defaults];

const fr = {
  /**
   * A tile's title when its config has none, by type. None here: the French titles are
   * the contract's defaults (contract/tiles/defaults.ts), written there once.
   */
  titles: {} as Partial<Record<TitledTileType, string>>,
  emptyNews: 'Aucune actualité pour le moment',
  emptySelection: 'Aucun article sélectionné pour le moment',
  emptyAgenda: 'Aucun événement à venir',
  emptyPortal: 'Aucun service pour le moment',
  emptyPage: "Cette page n'a pas encore de contenu",
  loading: 'Chargement…',
  retry: 'Réessayer',
  loadFailed: 'Impossible de charger ce contenu.',
  unreachable: 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
  notFound: "Ce contenu n'existe pas ou plus.",
  loginRequired: 'Connectez-vous pour voir ce contenu.',
  forbidden: "Vous n'avez pas accès à ce contenu.",
  serverError: 'Le serveur a rencontré une erreur. Réessayez dans un instant.',
  tileUnavailable: 'Cette tuile est momentanément indisponible.',
  unsupported: "Ce type de tuile n'est pas encore pris en charge ici.",
  missingAttribute: (name: string) => `Attribut « ${name} » manquant : cette tuile ne peut pas se charger.`,
  location: 'Lieu :',
  allDay: 'toute la journée',
  justNow: "à l'instant",
  openInNewTab: (name: string) => `Ouvrir ${name} dans un nouvel onglet`,
  newTab: '(nouvel onglet)',
  newWindow: '(nouvelle fenêtre)',
};

export type Messages = typeof fr;

const en: Messages = {
  titles: {
    news: 'News',
    selection: 'Selected articles',
    agenda: 'Events',
    embed: 'External tool',
    text: 'Information',
    portal: 'My services',
    annonces: 'Announcements',
    pronote: 'Pronote',
    flux: 'External feed',
    'mes-actualites': 'My news',
  },
  emptyNews: 'No news yet',
  emptySelection: 'No selected articles yet',
  emptyAgenda: 'No upcoming events',
  emptyPortal: 'No services yet',
  emptyPage: 'This page has no content yet',
  loading: 'Loading…',
  retry: 'Retry',
  loadFailed: 'This content could not be loaded.',
  unreachable: 'The server is not responding. Check your connection and retry.',
  notFound: 'This content does not exist or no longer exists.',
  loginRequired: 'Sign in to see this content.',
  forbidden: 'You do not have access to this content.',
  serverError: 'The server ran into an error. Retry in a moment.',
  tileUnavailable: 'This tile is temporarily unavailable.',
  unsupported: 'This kind of tile is not supported here yet.',
  missingAttribute: (name: string) => `Missing “${name}” attribute: this tile cannot load.`,
  location: 'Location:',
  allDay: 'all day',
  justNow: 'just now',
  openInNewTab: (name: string) => `Open ${name} in a new tab`,
  newTab: '(new tab)',
  newWindow: '(new window)',
};

const messages: Record<Lang, Messages> = { fr, en };

export function messagesFor(lang: Lang): Messages {
  return messages[lang];
}

/** `en`, `en-GB` -> `en`; anything else (`fr-FR`, `oc`, empty) -> `fr`. */
export function normalizeLang(value: string | null | undefined): Lang {
  return value?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'fr';
}

/** The language in force for `element`: its own `lang`, else the closest ancestor's across shadow roots. */
export function langOf(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return normalizeLang(lang);
    node = node.parentElement ?? hostOf(node);
  }
  return 'fr';
}

function hostOf(node: Element): Element | null {
  // Rendered on the server (Lit SSR's DOM shim), an element has no tree above it.
  if (typeof ShadowRoot === 'undefined' || typeof node.getRootNode !== 'function') return null;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The sentence explaining a failed load, by HTTP status (0: unreachable). */
export function failureMessage(lang: Lang, status: number): string {
  const m = messages[lang];
  if (status === 0) return m.unreachable;
  if (status === 401) return m.loginRequired;
  if (status === 403) return m.forbidden;
  if (status === 404) return m.notFound;
  if (status >= 500) return m.serverError;
  return m.loadFailed;
}
