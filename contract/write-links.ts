/**
 * The links to the write side that « Mon espace » shows, by what the viewer may do: one
 * list for the page the server renders (server/render/moi.ts) and the page a login form
 * turns into a personal page without reloading (site/moi.ts).
 */
import type { Capabilities } from './api.ts';

export interface WriteLink {
  href: string;
  label: string;
}

export function writeLinksFor(site: { slug: string }, may: Capabilities): WriteLink[] {
  const at = (view: string) => `/admin?site=${encodeURIComponent(site.slug)}#${view}`;
  const links: (WriteLink | null)[] = [
    may.admin ? { href: at('pages'), label: 'Gérer le site' } : null,
    may.write ? { href: at('articles/nouveau'), label: 'Écrire un article' } : null,
    may.moderate ? { href: at('a-valider'), label: 'À valider' } : null,
    !may.admin && may.manageRubriques ? { href: at('rubriques'), label: 'Gérer mes rubriques' } : null,
  ];
  return links.filter((link) => link !== null);
}

/** The navigation's accessible name. */
export const writeLinksLabel = 'Publier et gérer';
