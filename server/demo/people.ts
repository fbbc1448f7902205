/**
 * Who is in the demo school and who may do what: groups, accounts, rubriques and their
 * rights. Rights follow the ENT's habits: a referent manages each public rubrique, the
 * professeur principal moderates the class rubrique, rédacteurs' articles wait for them.
 */
import type { Profile } from '../../contract/vocabulary.ts';
import type { DocumentGroup, DocumentRubrique, DocumentUser } from './site-document.ts';

export const site = {
  slug: 'college-jean-moulin',
  name: 'Collège Jean Moulin',
  peertubeHosts: ['tube-numerique-educatif.apps.education.fr'],
};

/** The classes of the demo: rubrique slug, label, niveau, and the professeur principal. */
export const classes = [
  { slug: '6e-a', label: '6e A', niveau: '6e', principal: 'enseignant.demo' },
  { slug: '5e-b', label: '5e B', niveau: '5e', principal: 'camille.petit' },
  { slug: '4e-c', label: '4e C', niveau: '4e', principal: 'nicolas.dubois' },
  { slug: '3e-d', label: '3e D', niveau: '3e', principal: 'emilie.leroy' },
] as const;

export const groups: DocumentGroup[] = [
  ...classes.flatMap((c) => [
    { slug: `eleves-${c.slug}`, name: `Élèves de ${c.label}` },
    { slug: `parents-${c.slug}`, name: `Parents d'élèves de ${c.label}` },
    { slug: `equipe-${c.slug}`, name: `Équipe pédagogique de ${c.label}` },
  ]),
  { slug: 'membres-ca', name: "Membres du conseil d'administration" },
  { slug: 'representants-parents', name: "Représentants des parents d'élèves" },
];

export interface DemoAccount {
  login: string;
  password: string;
  profile: Profile;
  displayName: string;
}

/** One account per profile, with a password easy to remember: printed by the README. */
export const demoAccounts: DemoAccount[] = [
  { login: 'eleve.demo', password: 'demo-eleve-2026', profile: 'eleve', displayName: 'Léa Martin' },
  { login: 'parent.demo', password: 'demo-parent-2026', profile: 'parent', displayName: 'Sophie Martin' },
  { login: 'enseignant.demo', password: 'demo-enseignant-2026', profile: 'enseignant', displayName: 'Thomas Bernard' },
  { login: 'personnel.demo', password: 'demo-personnel-2026', profile: 'personnel', displayName: 'Nadia Benali' },
  { login: 'admin.demo', password: 'demo-admin-2026', profile: 'admin', displayName: 'Julien Roche' },
  { login: 'invite.demo', password: 'demo-invite-2026', profile: 'invite', displayName: 'Marc Duval' },
];

/** The password of every other account of the demo school. */
export const demoSharedPassword = 'demo-college-2026';

type Person = Omit<DocumentUser, 'password'>;

/** Details of the demo accounts beyond login and profile. */
const demoAccountDetails: Record<string, Pick<Person, 'niveau' | 'fonction' | 'groups' | 'nom' | 'prenom' | 'birthDate' | 'postalCode' | 'pronoteId'>> = {
  // Nom, prénom, date of birth and postal code: what PRONOTE recognises them by (CAS « identité »).
  'eleve.demo': { niveau: '6e', groups: ['eleves-6e-a'], nom: 'Martin', prenom: 'Léa', birthDate: '2015-04-12', postalCode: '75011', pronoteId: 'DEMO6ELEAMARTIN' },
  // A parent's niveau is their child's: annonces to « parents de 3e » target it.
  'parent.demo': { niveau: '6e', groups: ['parents-6e-a', 'representants-parents', 'membres-ca'], nom: 'Martin', prenom: 'Sophie', birthDate: '1983-09-30', postalCode: '75011', pronoteId: 'DEMOPARSOPHIEMARTIN' },
  'enseignant.demo': { fonction: 'Professeur de mathématiques', groups: ['equipe-6e-a', 'equipe-4e-c', 'membres-ca'], nom: 'Bernard', prenom: 'Thomas', birthDate: '1979-01-22', postalCode: '75012' },
  'personnel.demo': { fonction: "Conseillère principale d'éducation", groups: ['membres-ca'], nom: 'Benali', prenom: 'Nadia', birthDate: '1986-06-03', postalCode: '75020' },
  'admin.demo': { fonction: 'Administrateur ENT' },
  'invite.demo': { fonction: 'Intervenant extérieur (théâtre)' },
};

const people: Person[] = [
  // Direction and services
  { login: 'claire.moreau', displayName: 'Claire Moreau', profile: 'personnel', fonction: 'Principale', groups: ['membres-ca'] },
  { login: 'olivier.garnier', displayName: 'Olivier Garnier', profile: 'personnel', fonction: 'Principal adjoint', groups: ['membres-ca'] },
  { login: 'pascal.henry', displayName: 'Pascal Henry', profile: 'personnel', fonction: 'Adjoint gestionnaire', groups: ['membres-ca'] },
  { login: 'sylvie.lambert', displayName: 'Sylvie Lambert', profile: 'personnel', fonction: 'Secrétaire de direction' },
  { login: 'karim.haddad', displayName: 'Karim Haddad', profile: 'personnel', fonction: "Assistant d'éducation" },
  { login: 'helene.girard', displayName: 'Hélène Girard', profile: 'personnel', fonction: 'Infirmière scolaire' },
  { login: 'aurelie.faure', displayName: 'Aurélie Faure', profile: 'personnel', fonction: "Psychologue de l'Éducation nationale" },
  // Teachers
  { login: 'isabelle.roux', displayName: 'Isabelle Roux', profile: 'enseignant', fonction: 'Professeure documentaliste' },
  { login: 'camille.petit', displayName: 'Camille Petit', profile: 'enseignant', fonction: 'Professeure de français', groups: ['equipe-5e-b', 'equipe-6e-a'] },
  { login: 'nicolas.dubois', displayName: 'Nicolas Dubois', profile: 'enseignant', fonction: "Professeur d'histoire-géographie", groups: ['equipe-4e-c', 'equipe-3e-d'] },
  { login: 'emilie.leroy', displayName: 'Émilie Leroy', profile: 'enseignant', fonction: 'Professeure de SVT', groups: ['equipe-3e-d', 'equipe-5e-b', 'membres-ca'] },
  { login: 'antoine.mercier', displayName: 'Antoine Mercier', profile: 'enseignant', fonction: "Professeur d'EPS", groups: ['equipe-6e-a', 'equipe-4e-c'] },
  { login: 'sarah.cohen', displayName: 'Sarah Cohen', profile: 'enseignant', fonction: "Professeure d'anglais", groups: ['equipe-5e-b', 'equipe-3e-d'] },
  { login: 'vincent.blanc', displayName: 'Vincent Blanc', profile: 'enseignant', fonction: 'Professeur de physique-chimie', groups: ['equipe-4e-c', 'equipe-3e-d'] },
  { login: 'marie.chevalier', displayName: 'Marie Chevalier', profile: 'enseignant', fonction: "Professeure d'éducation musicale", groups: ['equipe-6e-a', 'equipe-5e-b'] },
  // Pupils
  { login: 'hugo.lefebvre', displayName: 'Hugo Lefebvre', profile: 'eleve', niveau: '6e', groups: ['eleves-6e-a'] },
  { login: 'ines.morel', displayName: 'Inès Morel', profile: 'eleve', niveau: '6e', groups: ['eleves-6e-a'] },
  { login: 'nathan.fournier', displayName: 'Nathan Fournier', profile: 'eleve', niveau: '5e', groups: ['eleves-5e-b'] },
  { login: 'chloe.andre', displayName: 'Chloé André', profile: 'eleve', niveau: '5e', groups: ['eleves-5e-b'] },
  { login: 'yanis.bouzid', displayName: 'Yanis Bouzid', profile: 'eleve', niveau: '4e', groups: ['eleves-4e-c'] },
  { login: 'manon.gauthier', displayName: 'Manon Gauthier', profile: 'eleve', niveau: '4e', groups: ['eleves-4e-c'] },
  // Léa's brother: the demo parent has two children in Pronote (server/pronote/demo.ts).
  { login: 'tom.martin', displayName: 'Tom Martin', profile: 'eleve', niveau: '4e', groups: ['eleves-4e-c'], nom: 'Martin', prenom: 'Tom', birthDate: '2012-11-05', postalCode: '75011' },
  { login: 'lucas.perrin', displayName: 'Lucas Perrin', profile: 'eleve', niveau: '3e', groups: ['eleves-3e-d', 'membres-ca'] },
  { login: 'jade.robin', displayName: 'Jade Robin', profile: 'eleve', niveau: '3e', groups: ['eleves-3e-d'] },
  // Parents
  { login: 'laurent.perrin', displayName: 'Laurent Perrin', profile: 'parent', niveau: '3e', email: 'laurent.perrin@example.org', groups: ['parents-3e-d', 'representants-parents', 'membres-ca'] },
  { login: 'fatima.bouzid', displayName: 'Fatima Bouzid', profile: 'parent', niveau: '4e', groups: ['parents-4e-c'] },
];

export const users: DocumentUser[] = [
  ...demoAccounts.map(({ login, password, profile, displayName }) => ({
    login,
    password,
    displayName,
    profile,
    ...demoAccountDetails[login],
  })),
  ...people.map((p) => ({ ...p, password: demoSharedPassword })),
];

const publicBlogAgenda = (): Pick<DocumentRubrique, 'visibility' | 'services'> => ({ visibility: 'public', services: ['blog', 'agenda'] });

export const rubriques: DocumentRubrique[] = [
  {
    slug: 'vie-etablissement',
    title: "Vie de l'établissement",
    ...publicBlogAgenda(),
    rights: [
      { user: 'claire.moreau', role: 'gestionnaire' },
      { user: 'olivier.garnier', role: 'moderateur' },
      { user: 'sylvie.lambert', role: 'redacteur-publication' },
      { profile: 'enseignant', role: 'redacteur' },
      { profile: 'personnel', role: 'redacteur' },
    ],
  },
  {
    slug: 'restauration',
    title: 'Restauration scolaire',
    parent: 'vie-etablissement',
    visibility: 'public',
    services: ['blog'],
    rights: [
      { user: 'claire.moreau', role: 'gestionnaire' },
      { user: 'pascal.henry', role: 'redacteur-publication' },
    ],
  },
  {
    slug: 'cdi',
    title: 'CDI',
    visibility: 'public',
    services: ['blog'],
    rights: [
      { user: 'isabelle.roux', role: 'gestionnaire' },
      { profile: 'enseignant', role: 'redacteur' },
      // The pupils of the collège's newspaper write; the documentaliste publishes.
      { user: 'manon.gauthier', role: 'redacteur' },
      { user: 'jade.robin', role: 'redacteur' },
    ],
  },
  {
    slug: 'vie-scolaire',
    title: 'Vie scolaire',
    ...publicBlogAgenda(),
    rights: [
      { user: 'personnel.demo', role: 'gestionnaire' },
      { user: 'claire.moreau', role: 'moderateur' },
      { user: 'helene.girard', role: 'redacteur-publication' },
      { user: 'karim.haddad', role: 'redacteur' },
    ],
  },
  {
    slug: 'association-sportive',
    title: 'Association sportive',
    ...publicBlogAgenda(),
    rights: [
      { user: 'antoine.mercier', role: 'gestionnaire' },
      { user: 'lucas.perrin', role: 'redacteur' },
    ],
  },
  {
    slug: 'orientation',
    title: 'Orientation',
    ...publicBlogAgenda(),
    rights: [
      { user: 'emilie.leroy', role: 'moderateur' },
      { user: 'aurelie.faure', role: 'redacteur-publication' },
      { user: 'personnel.demo', role: 'redacteur-publication' },
      { user: 'claire.moreau', role: 'gestionnaire' },
    ],
  },
  {
    slug: 'voyages-scolaires',
    title: 'Voyages scolaires',
    ...publicBlogAgenda(),
    rights: [
      { user: 'sarah.cohen', role: 'gestionnaire' },
      { user: 'olivier.garnier', role: 'moderateur' },
      { profile: 'enseignant', role: 'redacteur' },
    ],
  },
  {
    slug: 'salle-des-professeurs',
    title: 'Salle des professeurs',
    visibility: 'private',
    services: ['blog', 'agenda'],
    rights: [
      { profile: 'enseignant', role: 'redacteur' },
      { profile: 'personnel', role: 'visiteur' },
      { user: 'olivier.garnier', role: 'moderateur' },
      { user: 'claire.moreau', role: 'gestionnaire' },
    ],
  },
  {
    slug: 'conseil-administration',
    title: "Conseil d'administration",
    visibility: 'private',
    services: ['blog', 'agenda'],
    rights: [
      { group: 'membres-ca', role: 'visiteur' },
      { user: 'sylvie.lambert', role: 'redacteur' },
      { user: 'pascal.henry', role: 'redacteur-publication' },
      { user: 'claire.moreau', role: 'gestionnaire' },
    ],
  },
  {
    // Rights hold on sub-rubriques too, and a user reads a rubrique only if they may
    // read each ancestor: so this empty container is public (it publishes nothing) and
    // each class below is private, open to its own pupils, parents and teachers only.
    // Rights set here reach every class: the CPE reads them all, the principal adjoint
    // manages them all.
    slug: 'classes',
    title: 'Classes',
    visibility: 'public',
    services: [],
    rights: [
      { user: 'personnel.demo', role: 'visiteur' },
      { user: 'olivier.garnier', role: 'gestionnaire' },
    ],
  },
  ...classes.map(
    (c): DocumentRubrique => ({
      slug: c.slug,
      title: c.label,
      parent: 'classes',
      visibility: 'private',
      services: ['blog', 'agenda'],
      rights: [
        { group: `eleves-${c.slug}`, role: 'visiteur' },
        { group: `parents-${c.slug}`, role: 'visiteur' },
        { group: `equipe-${c.slug}`, role: 'redacteur' },
        { user: c.principal, role: 'moderateur' },
      ],
    }),
  ),
  {
    slug: 'parents-eleves',
    title: "Parents d'élèves",
    visibility: 'private',
    services: ['blog', 'agenda'],
    rights: [
      { profile: 'parent', role: 'visiteur' },
      { group: 'representants-parents', role: 'redacteur' },
      { user: 'laurent.perrin', role: 'moderateur' },
      { user: 'claire.moreau', role: 'gestionnaire' },
    ],
  },
];
