/**
 * A small school for tests, written as a site document (the import format), with one
 * account per profile and rubriques covering every case of the access rules.
 */
import type { SiteDocumentInput } from '../../../server/site-document/schema.ts';
import { hashPassword } from '../../../server/auth/passwords.ts';

export const PASSWORD = 'mot-de-passe-test';
/** Hashed once: scrypt is slow on purpose, tests should not pay it per account. */
export const passwordHash = await hashPassword(PASSWORD);

export const NOW = new Date('2026-11-23T10:00:00.000Z');
export const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
export const daysAhead = (n: number) => daysAgo(-n);

export function schoolDocument(overrides: Partial<SiteDocumentInput> = {}): SiteDocumentInput {
  return {
    site: { slug: 'college-test', name: 'Collège Test', peertubeHosts: ['tube.example.fr'] },
    groups: [
      { slug: '6a', name: '6e A' },
      { slug: 'profs', name: 'Professeurs' },
    ],
    users: [
      { login: 'eleve', passwordHash, displayName: 'Élève Un', profile: 'eleve', niveau: '6e', groups: ['6a'] },
      { login: 'eleve2', passwordHash, displayName: 'Élève Deux', profile: 'eleve', niveau: '5e' },
      { login: 'parent', passwordHash, displayName: 'Parent Un', profile: 'parent' },
      { login: 'prof', passwordHash, displayName: 'Prof Un', profile: 'enseignant', fonction: 'Mathématiques', groups: ['profs'] },
      { login: 'perso', passwordHash, displayName: 'Personnel Un', profile: 'personnel' },
      { login: 'admin', passwordHash, displayName: 'Admin Un', profile: 'admin' },
      { login: 'invite', passwordHash, displayName: 'Invité Un', profile: 'invite' },
    ],
    rubriques: [
      { slug: 'actus', title: 'Actualités', visibility: 'public', services: ['blog', 'agenda'] },
      { slug: 'cdi', title: 'CDI', visibility: 'public', services: ['blog'] },
      { slug: 'agenda-only', title: 'Calendrier', visibility: 'public', services: ['agenda'] },
      {
        slug: 'profs',
        title: 'Salle des profs',
        visibility: 'private',
        services: ['blog', 'agenda'],
        rights: [{ group: 'profs', role: 'redacteur' }, { profile: 'personnel', role: 'visiteur' }],
      },
      // "public" under a private parent: private in effect (access.ts).
      { slug: 'profs-public-child', title: 'Sous-rubrique', parent: 'profs', visibility: 'public', services: ['blog'] },
      { slug: 'classe-6a', title: '6e A', visibility: 'private', services: ['blog', 'agenda'], rights: [{ group: '6a', role: 'visiteur' }, { user: 'prof', role: 'moderateur' }] },
      { slug: 'parents', title: 'Parents', visibility: 'private', services: ['blog'], rights: [{ profile: 'parent', role: 'visiteur' }] },
    ],
    articles: [
      { id: 'a-public-1', rubrique: 'actus', title: 'Cross du collège', summary: 'Résumé cross', body: '<p>Cross</p>', status: 'published', publishedAt: daysAgo(3), illustration: { url: '/media/demo/sport.svg', alt: 'Coureurs', width: 800, height: 450 } },
      { id: 'a-public-2', rubrique: 'actus', title: 'Semaine du goût', summary: 'Résumé goût', body: '<p>Goût</p>', status: 'published', publishedAt: daysAgo(10), updatedAt: daysAgo(1) },
      { id: 'a-public-draft', rubrique: 'actus', title: 'Brouillon', summary: '', body: '', status: 'draft', publishedAt: daysAgo(2) },
      { id: 'a-public-pending', rubrique: 'actus', title: 'En attente', summary: '', body: '', status: 'pending', publishedAt: daysAgo(2) },
      { id: 'a-public-future', rubrique: 'actus', title: 'Programmé', summary: '', body: '', status: 'published', publishedAt: daysAhead(2) },
      { id: 'a-cdi-1', rubrique: 'cdi', title: 'Prix des lecteurs', summary: 'Résumé prix', body: '<p>Prix<script>alert(1)</script></p>', status: 'published', publishedAt: daysAgo(5) },
      { id: 'a-profs-1', rubrique: 'profs', title: 'Conseil pédagogique', summary: 'Secret profs', body: '<p>Secret</p>', status: 'published', publishedAt: daysAgo(0.5), illustration: { url: '/media/private/conseil.jpg', alt: 'Conseil', width: 800, height: 450 } },
      { id: 'a-profs-child', rubrique: 'profs-public-child', title: 'Sous-rubrique privée', summary: 'Hérite', body: '', status: 'published', publishedAt: daysAgo(0.2) },
      { id: 'a-6a-1', rubrique: 'classe-6a', title: 'Sortie 6e A', summary: 'Classe', body: '', status: 'published', publishedAt: daysAgo(2) },
      { id: 'a-parents-1', rubrique: 'parents', title: 'Réunion parents', summary: 'Parents', body: '', status: 'published', publishedAt: daysAgo(4) },
    ],
    events: [
      { id: 'e-past', rubrique: 'actus', title: 'Passé', start: daysAgo(5), end: daysAgo(4) },
      { id: 'e-ongoing', rubrique: 'actus', title: 'En cours', start: daysAgo(1), end: daysAhead(1), location: 'Gymnase' },
      { id: 'e-soon', rubrique: 'agenda-only', title: 'Bientôt', start: daysAhead(2), end: daysAhead(2), allDay: true },
      { id: 'e-profs', rubrique: 'profs', title: 'Conseil de classe', start: daysAhead(1), end: daysAhead(1), location: 'Salle 12' },
      { id: 'e-cdi', rubrique: 'cdi', title: 'Pas un agenda', start: daysAhead(1), end: daysAhead(1) },
    ],
    pages: {
      'public-home': [
        { id: 'top', type: 'top', config: { image: { url: '/media/demo/bandeau.svg', alt: '', width: 2000, height: 453 }, article: 'a-profs-1' } },
        { id: 'news', type: 'news', config: { rubriques: ['actus', 'cdi', 'profs', 'agenda-only'], max: 5 } },
        { id: 'selection', type: 'selection', config: { articles: ['a-profs-1', 'a-cdi-1', 'a-public-draft', 'a-public-1'] } },
        { id: 'agenda', type: 'agenda', config: { rubriques: ['actus', 'agenda-only', 'profs', 'cdi'] } },
        { id: 'embed', type: 'embed', config: { url: 'https://tube.example.fr/videos/embed/abc' } },
        { id: 'text', type: 'text', config: { title: 'Informations', html: '<p onclick="x()">Horaires <a href="javascript:alert(1)">x</a></p>' } },
      ],
      'personal-home': [
        { id: 'news', type: 'news', config: { rubriques: ['actus', 'cdi', 'profs', 'profs-public-child', 'classe-6a', 'parents'], max: 10 } },
        { id: 'portal', type: 'portal', config: { links: [{ label: 'Pronote', url: 'https://pronote.example.fr' }, { label: 'Espace profs', url: 'https://profs.example.fr', profiles: ['enseignant'] }] } },
      ],
    },
    ...overrides,
  };
}
