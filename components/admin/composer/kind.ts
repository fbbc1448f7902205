/** Which page the composer shows, from the hash's rest (`#pages/personal-home`). */
import type { PageKind } from '../../../contract/vocabulary.ts';

export function kindOfPath(path: string | null | undefined): PageKind {
  return path === 'personal-home' ? 'personal-home' : 'public-home';
}

export const pageLinks: { kind: PageKind; label: string; href: string }[] = [
  { kind: 'public-home', label: 'Page d’accueil publique', href: '#pages/public-home' },
  { kind: 'personal-home', label: 'Page personnelle', href: '#pages/personal-home' },
];
