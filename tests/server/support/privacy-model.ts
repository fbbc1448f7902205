/**
 * The model behind tests/server/privacy.property.test.ts: random sites as plain data,
 * the fast-check generators that make them, the site documents that build them, and a
 * reference access rule written from the rules in server/access/access.ts's header
 * comment alone (this file never imports access.ts).
 *
 * Every article and event carries a marker (`Xa3X`, `Xe0X`; `Ya1Y` in the second site)
 * inside its id, title, summary, body, location and illustration url, and rubrique slugs
 * are tokens too (`rub2-zq`). Ids are built from a short random stem (never an X or Y)
 * plus the marker, so finding a marker or a slug anywhere in a response's text means
 * that item, or its rubrique, leaked into it.
 */
import fc from 'fast-check';
import type { SiteDocumentInput } from '../../../server/site-document/schema.ts';
import { NOW, passwordHash } from './fixtures.ts';

// The vocabulary, written out here so the reference does not lean on the server's lists.
export const PROFILES = ['eleve', 'parent', 'enseignant', 'personnel', 'admin', 'invite'] as const;
export type Profile = (typeof PROFILES)[number];
const ROLES = ['visiteur', 'redacteur', 'redacteur-publication', 'moderateur', 'gestionnaire'] as const;
type Role = (typeof ROLES)[number];
type Service = 'blog' | 'agenda';
type Status = 'draft' | 'pending' | 'published';

export const SITE = 'college-propriete';
export const NEIGHBOUR = 'lycee-voisin';
/** A rubrique of the second site only: a first-site request naming it must get nothing. */
export const FOREIGN_SLUG = 'voisin-public-yq';
const NEIGHBOUR_PRIVATE_SLUG = 'voisin-prive-yq';
const EMBED_URL = 'https://digipad.app/p/x';
const TOP_IMAGE = '/media/bandeau-top.svg';

// ---------------------------------------------------------------------------- the model

export type RightTarget = { profile: Profile } | { group: number } | { user: number };
export interface ModelRight {
  to: RightTarget;
  role: Role;
}
export interface ModelRubrique {
  slug: string;
  /** Index of an earlier rubrique, or null for a root. */
  parent: number | null;
  visibility: 'public' | 'private';
  services: Service[];
  rights: ModelRight[];
}
export interface ModelUser {
  login: string;
  profile: Profile;
  /** Indexes into `groups`. */
  groups: number[];
}
export interface ModelArticle {
  id: string;
  marker: string;
  rubrique: number;
  status: Status;
  publishedAt: string;
  updatedAt: string | null;
  illustration: string | null;
  /** Index of its author among the users (articles written through the authoring API). */
  author?: number;
}
export interface ModelEvent {
  id: string;
  marker: string;
  rubrique: number;
  /** An all-day event is dated at midnight UTC of its first and last days. */
  allDay: boolean;
  start: string;
  end: string;
}
export interface TopTile {
  id: string;
  type: 'top';
  config: { image: { url: string; alt: string } | null; article: string | null; enabled: boolean };
}
export interface ListTile {
  id: string;
  type: 'news' | 'agenda';
  config: { rubriques: string[]; max: number };
}
export interface SelectionTile {
  id: string;
  type: 'selection';
  config: { articles: string[] };
}
export interface PortalLink {
  label: string;
  /** Carries a marker (`Xl1X`): a link meant for other profiles must not reach the viewer. */
  url: string;
  profiles?: Profile[];
}
export type ModelTile =
  | TopTile
  | ListTile
  | SelectionTile
  | { id: string; type: 'text'; config: { title: string; html: string } }
  | { id: string; type: 'embed'; config: { url: string } }
  | { id: string; type: 'portal'; config: { links: PortalLink[] } }
  | { id: string; type: 'annonces' | 'pronote'; config: Record<string, never> };

export interface ListQuery {
  rubriques: string[];
  /** Absent: the route's default (6). */
  limit: number | null;
}

export interface ModelSite {
  groups: string[];
  users: ModelUser[];
  rubriques: ModelRubrique[];
  articles: ModelArticle[];
  events: ModelEvent[];
  pages: { 'public-home': ModelTile[]; 'personal-home': ModelTile[] };
  /** Ad hoc `/tiles/news` and `/tiles/agenda` requests to make. */
  newsQueries: ListQuery[];
  agendaQueries: ListQuery[];
  /** The second site, its accounts (strangers here) and every token of its content. */
  neighbour: { document: SiteDocumentInput; strangers: { login: string; profile: Profile }[]; tokens: string[] };
}

export type ModelViewer =
  | { kind: 'anonymous' }
  | { kind: 'member'; user: number }
  | { kind: 'stranger'; login: string; profile: Profile };

// ---------------------------------------------------------------- the reference rule

/** The rubrique's path from its root down to itself. */
export function pathOf(site: ModelSite, rubrique: number): number[] {
  const path: number[] = [];
  for (let r: number | null = rubrique; r !== null; r = site.rubriques[r].parent) path.unshift(r);
  return path;
}

function names(right: ModelRight, user: ModelUser, userIndex: number): boolean {
  const to = right.to;
  if ('profile' in to) return to.profile === user.profile;
  if ('group' in to) return user.groups.includes(to.group);
  return to.user === userIndex;
}

/**
 * access.ts's rules: anonymous visitors and users of another site read a rubrique when
 * it and every ancestor are public; a site admin reads every rubrique; any other member
 * reads it when every level of its path is public or a level at or above it gives them
 * a role (rights hold on the whole subtree).
 */
export function readable(site: ModelSite, viewer: ModelViewer, rubrique: number): boolean {
  const path = pathOf(site, rubrique);
  if (viewer.kind !== 'member') return path.every((r) => site.rubriques[r].visibility === 'public');
  const user = site.users[viewer.user];
  if (user.profile === 'admin') return true;
  let holdsRole = false;
  for (const r of path) {
    holdsRole ||= site.rubriques[r].rights.some((right) => names(right, user, viewer.user));
    if (!holdsRole && site.rubriques[r].visibility === 'private') return false;
  }
  return true;
}

/** An article a viewer may read anywhere: readable rubrique, published, and due. */
export const visibleArticle = (site: ModelSite, viewer: ModelViewer, a: ModelArticle) =>
  readable(site, viewer, a.rubrique) && a.status === 'published' && a.publishedAt <= NOW.toISOString();

export const activityOf = (a: ModelArticle) => (a.updatedAt !== null && a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Indexes of the named rubriques that the viewer reads and that run `service`. */
function listRubriques(site: ModelSite, viewer: ModelViewer, slugs: readonly string[], service: Service): Set<number> {
  const wanted = new Set(slugs);
  return new Set(
    site.rubriques.flatMap((r, i) => (wanted.has(r.slug) && r.services.includes(service) && readable(site, viewer, i) ? [i] : [])),
  );
}

/** News: the `max` most recently active visible articles, newest activity then highest id first. */
export function expectedNews(site: ModelSite, viewer: ModelViewer, slugs: readonly string[], max: number): ModelArticle[] {
  const rubriques = listRubriques(site, viewer, slugs, 'blog');
  return site.articles
    .filter((a) => rubriques.has(a.rubrique) && visibleArticle(site, viewer, a))
    .sort((a, b) => cmp(activityOf(b), activityOf(a)) || cmp(b.id, a.id))
    .slice(0, max);
}

/** The school's time zone in the test harness, and its calendar date at NOW. */
export const TIME_ZONE = 'Europe/Paris';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(NOW);

/** Not ended at NOW: a timed event until its end instant, an all-day event until the end of its last day. */
export const eventRunning = (e: ModelEvent) => (e.allDay ? e.end.slice(0, 10) >= today : e.end >= NOW.toISOString());

/** Agenda: the `max` soonest running events, by start then id. */
export function expectedAgenda(site: ModelSite, viewer: ModelViewer, slugs: readonly string[], max: number): ModelEvent[] {
  const rubriques = listRubriques(site, viewer, slugs, 'agenda');
  return site.events
    .filter((e) => rubriques.has(e.rubrique) && eventRunning(e))
    .sort((a, b) => cmp(a.start, b.start) || cmp(a.id, b.id))
    .slice(0, max);
}

/** The slugs a list tile's config may still name for this viewer, in the admin's order. */
export const readableSlugs = (site: ModelSite, viewer: ModelViewer, slugs: readonly string[]) =>
  slugs.filter((slug) => {
    const i = site.rubriques.findIndex((r) => r.slug === slug);
    return i >= 0 && readable(site, viewer, i);
  });

export const articleById = (site: ModelSite, id: string) => site.articles.find((a) => a.id === id);

export function expectedSelection(site: ModelSite, viewer: ModelViewer, ids: readonly string[]): ModelArticle[] {
  return ids.flatMap((id) => {
    const a = articleById(site, id);
    return a && visibleArticle(site, viewer, a) ? [a] : [];
  });
}

export function expectedTop(site: ModelSite, viewer: ModelViewer, tile: TopTile) {
  const { enabled, image, article } = tile.config;
  if (!enabled || !image) return { image: null, article: null };
  const a = article === null ? undefined : articleById(site, article);
  return { image: image.url, article: a && visibleArticle(site, viewer, a) ? a : null };
}

export const viewerProfile = (site: ModelSite, viewer: ModelViewer): Profile | null =>
  viewer.kind === 'member' ? site.users[viewer.user].profile : viewer.kind === 'stranger' ? viewer.profile : null;

export function describeViewer(site: ModelSite, viewer: ModelViewer): string {
  if (viewer.kind === 'anonymous') return 'an anonymous visitor';
  if (viewer.kind === 'stranger') return `${viewer.login} (${viewer.profile} of ${NEIGHBOUR})`;
  const user = site.users[viewer.user];
  return `${user.login} (${user.profile}, groups [${user.groups.map((g) => site.groups[g]).join(', ')}])`;
}

// -------------------------------------------------------------------- the documents

export const articleTitle = (a: { marker: string }) => `Titre ${a.marker}`;
export const articleSummary = (a: { marker: string }) => `Résumé ${a.marker}`;
export const eventTitle = (e: { marker: string }) => `Événement ${e.marker}`;

const toDocRight = (site: Pick<ModelSite, 'groups' | 'users'>, right: ModelRight) => {
  const to = right.to;
  if ('profile' in to) return { profile: to.profile, role: right.role };
  if ('group' in to) return { group: site.groups[to.group], role: right.role };
  return { user: site.users[to.user].login, role: right.role };
};

export function siteDocument(site: ModelSite): SiteDocumentInput {
  const slugOf = (i: number) => site.rubriques[i].slug;
  return {
    site: { slug: SITE, name: 'Collège Propriété' },
    groups: site.groups.map((slug) => ({ slug, name: `Groupe ${slug}` })),
    users: site.users.map((u, i) => ({
      login: u.login,
      passwordHash,
      displayName: `Utilisateur ${i}`,
      profile: u.profile,
      groups: u.groups.map((g) => site.groups[g]),
    })),
    rubriques: site.rubriques.map((r) => ({
      slug: r.slug,
      title: `Rubrique ${r.slug}`,
      parent: r.parent === null ? null : slugOf(r.parent),
      visibility: r.visibility,
      services: r.services,
      rights: r.rights.map((right) => toDocRight(site, right)),
    })),
    articles: site.articles.map((a) => ({
      id: a.id,
      rubrique: slugOf(a.rubrique),
      title: articleTitle(a),
      summary: articleSummary(a),
      body: `<p>Corps ${a.marker}</p>`,
      status: a.status,
      publishedAt: a.publishedAt,
      ...(a.updatedAt === null ? {} : { updatedAt: a.updatedAt }),
      illustration: a.illustration === null ? null : { url: a.illustration, alt: `Illustration ${a.marker}` },
      ...(a.author === undefined ? {} : { author: site.users[a.author].login }),
    })),
    events: site.events.map((e) => ({
      id: e.id,
      rubrique: slugOf(e.rubrique),
      title: eventTitle(e),
      summary: `Résumé ${e.marker}`,
      location: `Lieu ${e.marker}`,
      start: e.allDay ? e.start.slice(0, 10) : e.start,
      end: e.allDay ? e.end.slice(0, 10) : e.end,
      allDay: e.allDay,
    })),
    pages: site.pages,
  };
}

// ------------------------------------------------------------------- the generators

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (offset: number) => new Date(NOW.getTime() + offset).toISOString();

/** Around NOW: often exactly on it or a millisecond off it, often tied with another item. */
const offsetArb = fc.oneof(
  { arbitrary: fc.constantFrom(0, -1, 1, -HOUR, HOUR, -DAY), weight: 3 },
  { arbitrary: fc.integer({ min: -10 * 24 * 60, max: 10 * 24 * 60 }).map((m) => m * MINUTE), weight: 1 },
);
/** Mostly true. */
const likely = fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 });
/** List sizes: often small enough to cut the list short. */
const maxArb = fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 8 }));
const durationArb = fc.oneof(fc.constantFrom(0, 1, HOUR, DAY), fc.integer({ min: 0, max: 5 * 24 * 60 }).map((m) => m * MINUTE));

/** Id stems mix cases, digits, `-` and `_` so that id ordering is exercised; never X or Y. */
const ALNUM = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW0123456789'];
const stemArb = fc
  .tuple(fc.constantFrom(...ALNUM), fc.string({ unit: fc.constantFrom(...ALNUM, '-', '_'), maxLength: 2 }))
  .map(([first, rest]) => first + rest);

const roleArb = fc.constantFrom(...ROLES);
const profileArb = fc.constantFrom(...PROFILES);
const rightArb = fc.record({ kind: fc.constantFrom('profile', 'group', 'user'), profile: profileArb, index: fc.nat(), role: roleArb });
const groupSetArb = fc.subarray([0, 1, 2]);
const statusArb = fc.oneof(
  { arbitrary: fc.constant<Status>('published'), weight: 4 },
  { arbitrary: fc.constantFrom<Status[]>('draft', 'pending'), weight: 1 },
);
/** Rubriques a list names, by index; null: all of them. */
const slugPicksArb = fc.option(fc.array(fc.nat(), { maxLength: 6 }), { nil: null, freq: 3 });

const rawArb = fc.record({
  groupCount: fc.integer({ min: 0, max: 3 }),
  memberships: fc.tuple(...PROFILES.map(() => groupSetArb)),
  extraUsers: fc.array(fc.record({ profile: profileArb, groups: groupSetArb }), { maxLength: 2 }),
  rubriques: fc.array(
    fc.record({
      parent: fc.option(fc.nat(), { nil: null, freq: 2 }),
      visibility: fc.constantFrom('public' as const, 'private' as const),
      services: fc.oneof(
        { arbitrary: fc.constant<Service[]>(['blog', 'agenda']), weight: 2 },
        { arbitrary: fc.subarray<Service>(['blog', 'agenda']), weight: 2 },
      ),
      rights: fc.array(rightArb, { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  articles: fc.array(
    fc.record({
      stem: stemArb,
      rubrique: fc.nat(),
      status: statusArb,
      publishedAt: offsetArb,
      updatedAt: fc.option(offsetArb, { nil: null, freq: 2 }),
      illustrated: fc.boolean(),
    }),
    { maxLength: 14, size: '+1' },
  ),
  events: fc.array(
    fc.record({
      stem: stemArb,
      rubrique: fc.nat(),
      start: offsetArb,
      duration: durationArb,
      allDay: fc.option(fc.record({ first: fc.integer({ min: -4, max: 3 }), days: fc.integer({ min: 0, max: 3 }) }), { nil: null, freq: 2 }),
    }),
    { maxLength: 10, size: '+1' },
  ),
  top: fc.record({ enabled: likely, image: likely, article: fc.option(fc.nat(), { nil: null, freq: 6 }) }),
  personalTop: fc.record({ enabled: likely, image: likely, article: fc.option(fc.nat(), { nil: null, freq: 6 }) }),
  lists: fc.array(fc.record({ rubriques: slugPicksArb, max: maxArb }), { minLength: 4, maxLength: 4 }),
  selections: fc.array(fc.array(fc.nat(), { maxLength: 6 }), { minLength: 2, maxLength: 2 }),
  queries: fc.array(
    fc.record({
      rubriques: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      foreign: fc.boolean(),
      limit: fc.option(maxArb, { nil: null }),
    }),
    { minLength: 4, maxLength: 4 },
  ),
  neighbour: fc.record({
    strangers: fc.array(profileArb, { minLength: 1, maxLength: 2 }),
    /** Reuse a first-site rubrique slug for the second site's private rubrique. */
    reuseSlug: fc.option(fc.nat(), { nil: null }),
    /** Reuse first-site article and event ids in the second site. */
    reuseArticles: fc.array(fc.nat(), { maxLength: 2 }),
    reuseEvents: fc.array(fc.nat(), { maxLength: 2 }),
  }),
});
type Raw = typeof rawArb extends fc.Arbitrary<infer T> ? T : never;

function build(raw: Raw): ModelSite {
  const groups = Array.from({ length: raw.groupCount }, (_, i) => `groupe-${i}`);
  const keepGroups = (gs: number[]) => gs.filter((g) => g < raw.groupCount);
  const users: ModelUser[] = [
    ...PROFILES.map((profile, i) => ({ profile, groups: keepGroups(raw.memberships[i]) })),
    ...raw.extraUsers.map((u) => ({ profile: u.profile, groups: keepGroups(u.groups) })),
  ].map((u, i) => ({ login: `u${i}-${u.profile}`, ...u }));

  const rubriques: ModelRubrique[] = raw.rubriques.map((r, i) => ({
    slug: `rub${i}-zq`,
    parent: i > 0 && r.parent !== null ? r.parent % i : null,
    visibility: r.visibility,
    services: r.services,
    rights: r.rights.map((right): ModelRight => {
      if (right.kind === 'group' && raw.groupCount > 0) return { to: { group: right.index % raw.groupCount }, role: right.role };
      if (right.kind === 'user') return { to: { user: right.index % users.length }, role: right.role };
      return { to: { profile: right.profile }, role: right.role };
    }),
  }));
  const nR = rubriques.length;

  const articles: ModelArticle[] = raw.articles.map((a, i) => {
    const marker = `Xa${i}X`;
    return {
      id: `${a.stem}${marker}`,
      marker,
      rubrique: a.rubrique % nR,
      status: a.status,
      publishedAt: at(a.publishedAt),
      updatedAt: a.updatedAt === null ? null : at(a.updatedAt),
      illustration: a.illustrated ? `/media/${marker}.png` : null,
    };
  });
  const midnight = (days: number) => `${at(days * DAY).slice(0, 10)}T00:00:00.000Z`;
  const events: ModelEvent[] = raw.events.map((e, i) => {
    const marker = `Xe${i}X`;
    const [start, end] = e.allDay
      ? [midnight(e.allDay.first), midnight(e.allDay.first + e.allDay.days)]
      : [at(e.start), at(e.start + e.duration)];
    return { id: `${e.stem}${marker}`, marker, rubrique: e.rubrique % nR, allDay: e.allDay !== null, start, end };
  });

  const slugs = (picks: number[] | null) => (picks === null ? rubriques.map((r) => r.slug) : picks.map((p) => rubriques[p % nR].slug));
  const articleIds = (picks: number[]) => (articles.length === 0 ? [] : picks.map((p) => articles[p % articles.length].id));
  const top = (t: Raw['top'], id: string): TopTile => ({
    id,
    type: 'top',
    config: {
      image: t.image ? { url: TOP_IMAGE, alt: 'Bandeau' } : null,
      article: t.article === null || articles.length === 0 ? null : articles[t.article % articles.length].id,
      enabled: t.enabled,
    },
  });
  const list = (type: 'news' | 'agenda', i: number): ListTile => ({
    id: `${type}-${i}`,
    type,
    config: { rubriques: slugs(raw.lists[i].rubriques), max: raw.lists[i].max },
  });
  const fixed: ModelTile[] = [
    { id: 'text', type: 'text', config: { title: 'Informations', html: '<p>Horaires du <b>collège</b></p>' } },
    { id: 'embed', type: 'embed', config: { url: EMBED_URL } },
  ];
  const portal: ModelTile = {
    id: 'portal',
    type: 'portal',
    config: {
      links: [
        { label: 'Pronote', url: 'https://pronote.example.fr/Xl0X' },
        { label: 'Espace profs', url: 'https://profs.example.fr/Xl1X', profiles: ['enseignant', 'personnel'] },
        { label: 'Espace parents', url: 'https://parents.example.fr/Xl2X', profiles: ['parent'] },
        { label: 'Administration', url: 'https://admin.example.fr/Xl3X', profiles: ['admin'] },
      ],
    },
  };
  const pages = {
    'public-home': [
      top(raw.top, 'top'),
      list('news', 0),
      { id: 'selection', type: 'selection', config: { articles: articleIds(raw.selections[0]) } },
      list('agenda', 1),
      ...fixed,
    ] as ModelTile[],
    'personal-home': [
      top(raw.personalTop, 'top'),
      list('news', 2),
      { id: 'selection', type: 'selection', config: { articles: articleIds(raw.selections[1]) } },
      list('agenda', 3),
      ...fixed,
      portal,
      { id: 'annonces', type: 'annonces', config: {} },
      { id: 'pronote', type: 'pronote', config: {} },
    ] as ModelTile[],
  };
  const queries = raw.queries.map((q) => ({
    rubriques: [...slugs(q.rubriques), ...(q.foreign ? [FOREIGN_SLUG] : [])],
    limit: q.limit,
  }));

  // The second site: strangers here, with rights of their own on look-alike content.
  const n = raw.neighbour;
  const strangers = n.strangers.map((profile, i) => ({ login: `etranger${i}-${profile}`, profile }));
  const privateSlug = n.reuseSlug === null ? NEIGHBOUR_PRIVATE_SLUG : rubriques[n.reuseSlug % nR].slug;
  const neighbourArticles = [
    ...n.reuseArticles.flatMap((p) => (articles.length === 0 ? [] : [articles[p % articles.length].id])),
    'voisin',
    'voisin-2',
  ].filter((id, i, all) => all.indexOf(id) === i);
  const neighbourEvents = [
    ...n.reuseEvents.flatMap((p) => (events.length === 0 ? [] : [events[p % events.length].id])),
    'voisin-e',
  ].filter((id, i, all) => all.indexOf(id) === i);
  const tokens = [NEIGHBOUR, FOREIGN_SLUG, ...(n.reuseSlug === null ? [NEIGHBOUR_PRIVATE_SLUG] : [])];
  const neighbourDocument: SiteDocumentInput = {
    site: { slug: NEIGHBOUR, name: 'Lycée Voisin' },
    groups: [{ slug: 'groupe-0', name: 'Groupe voisin' }],
    users: strangers.map((s, i) => ({ login: s.login, passwordHash, displayName: `Étranger ${i}`, profile: s.profile, groups: ['groupe-0'] })),
    rubriques: [
      {
        slug: privateSlug,
        title: 'Privée voisine',
        visibility: 'private',
        services: ['blog', 'agenda'],
        rights: [
          ...strangers.map((s) => ({ profile: s.profile, role: 'gestionnaire' as const })),
          { group: 'groupe-0', role: 'visiteur' as const },
          { user: strangers[0].login, role: 'moderateur' as const },
        ],
      },
      { slug: FOREIGN_SLUG, title: 'Publique voisine', visibility: 'public', services: ['blog', 'agenda'] },
    ],
    articles: neighbourArticles.map((id, i) => {
      const marker = `Ya${i}Y`;
      tokens.push(marker);
      return {
        id,
        rubrique: i % 2 === 0 ? privateSlug : FOREIGN_SLUG,
        title: `Titre ${marker}`,
        summary: `Résumé ${marker}`,
        body: `<p>Corps ${marker}</p>`,
        status: 'published' as const,
        publishedAt: at(-(i + 1) * HOUR),
        illustration: { url: `/media/${marker}.png`, alt: '' },
      };
    }),
    events: neighbourEvents.map((id, i) => {
      const marker = `Ye${i}Y`;
      tokens.push(marker);
      return {
        id,
        rubrique: i % 2 === 0 ? privateSlug : FOREIGN_SLUG,
        title: `Événement ${marker}`,
        summary: `Résumé ${marker}`,
        location: `Lieu ${marker}`,
        start: at(HOUR),
        end: at(2 * HOUR),
      };
    }),
    pages: {
      'public-home': [{ id: 'news', type: 'news', config: { rubriques: [privateSlug, FOREIGN_SLUG] } }],
    },
  };

  return {
    groups,
    users,
    rubriques,
    articles,
    events,
    pages,
    newsQueries: queries.slice(0, 2),
    agendaQueries: queries.slice(2),
    neighbour: { document: neighbourDocument, strangers, tokens },
  };
}

const offset = (iso: string) => {
  const ms = Date.parse(iso) - NOW.getTime();
  if (ms === 0) return 'NOW';
  const sign = ms < 0 ? '-' : '+';
  const abs = Math.abs(ms);
  return abs % MINUTE === 0 ? `NOW${sign}${abs / MINUTE}min` : `NOW${sign}${abs}ms`;
};

/** The site in a few lines: what fast-check prints for a counterexample. */
export function describeSite(site: ModelSite): string {
  const target = (right: ModelRight) => {
    const to = right.to;
    return 'profile' in to ? `profile ${to.profile}` : 'group' in to ? `group ${site.groups[to.group]}` : `user ${site.users[to.user].login}`;
  };
  const lines = [
    `users: ${site.users.map((u) => `${u.login}${u.groups.length ? `[${u.groups.map((g) => site.groups[g]).join(',')}]` : ''}`).join(' ')}`,
    'rubriques:',
    ...site.rubriques.map(
      (r) =>
        `  ${r.slug}${r.parent === null ? '' : ` (in ${site.rubriques[r.parent].slug})`} ${r.visibility} [${r.services.join(',')}]` +
        (r.rights.length ? ` rights: ${r.rights.map((right) => `${target(right)}=${right.role}`).join(', ')}` : ''),
    ),
    'articles:',
    ...site.articles.map(
      (a) =>
        `  ${a.id} in ${site.rubriques[a.rubrique].slug} ${a.status} published ${offset(a.publishedAt)}` +
        (a.updatedAt === null ? '' : ` updated ${offset(a.updatedAt)}`) +
        (a.illustration === null ? '' : ' illustrated'),
    ),
    'events:',
    ...site.events.map(
      (e) => `  ${e.id} in ${site.rubriques[e.rubrique].slug} ${e.allDay ? 'all day ' : ''}${offset(e.start)} .. ${offset(e.end)}`,
    ),
    ...(['public-home', 'personal-home'] as const).flatMap((kind) => [
      `${kind}:`,
      ...site.pages[kind].filter((t) => ['top', 'news', 'agenda', 'selection'].includes(t.type)).map((t) => `  ${t.id} ${JSON.stringify(t.config)}`),
    ]),
    `news queries: ${site.newsQueries.map((q) => `${q.rubriques.join(',')} limit ${q.limit ?? 'default'}`).join(' | ')}`,
    `agenda queries: ${site.agendaQueries.map((q) => `${q.rubriques.join(',')} limit ${q.limit ?? 'default'}`).join(' | ')}`,
    `neighbour: strangers ${site.neighbour.strangers.map((s) => s.login).join(' ')}; ` +
      `rubriques ${(site.neighbour.document.rubriques ?? []).map((r) => r.slug).join(',')}; ` +
      `articles ${(site.neighbour.document.articles ?? []).map((a) => a.id).join(',')}; ` +
      `events ${(site.neighbour.document.events ?? []).map((e) => e.id).join(',')}`,
  ];
  return `\n${lines.join('\n')}\n`;
}

/** A random school, its pages and queries, and a neighbouring school. */
export const siteArb: fc.Arbitrary<ModelSite> = rawArb.map((raw) => {
  const site = build(raw);
  Object.defineProperty(site, fc.toStringMethod, { value: () => describeSite(site) });
  return site;
});

// ------------------------------------------------------- authoring, by the same rules

/**
 * The ENT's roles as docs/access.md and ARCHITECTURE.md state them, written out here
 * (never imported from server/access): a member's role on a rubrique is the strongest
 * right naming them on it or an ancestor; a site admin is gestionnaire everywhere.
 */
export function roleOf(site: ModelSite, viewer: ModelViewer, rubrique: number): Role | null {
  if (viewer.kind !== 'member') return null;
  const user = site.users[viewer.user];
  if (user.profile === 'admin') return 'gestionnaire';
  let best = -1;
  for (const r of pathOf(site, rubrique)) {
    for (const right of site.rubriques[r].rights) if (names(right, user, viewer.user)) best = Math.max(best, ROLES.indexOf(right.role));
  }
  return best < 0 ? null : ROLES[best];
}
/** At least `role` on a rubrique the viewer reads. */
const holds = (site: ModelSite, viewer: ModelViewer, rubrique: number, role: Role) => {
  if (!readable(site, viewer, rubrique)) return false;
  const held = roleOf(site, viewer, rubrique);
  return held !== null && ROLES.indexOf(held) >= ROLES.indexOf(role);
};

export type AuthoringOp =
  | { kind: 'create'; actor: number; rubrique: number; publishAt: number | null }
  | { kind: 'submit' | 'publish' | 'unpublish' | 'delete'; actor: number; article: number }
  | { kind: 'edit'; actor: number; article: number; rubrique: number }
  | { kind: 'event'; actor: number; rubrique: number }
  | { kind: 'visibility'; actor: number; rubrique: number; visibility: 'public' | 'private' }
  | { kind: 'rights'; actor: number; rubrique: number; rights: { kind: string; profile: Profile; index: number; role: Role }[] };

/**
 * Who makes a call: one time in three the site admin (so that sequences get far: create,
 * publish, staff a rubrique...), otherwise anyone, the anonymous visitor and a stranger
 * included (indexes past the users).
 */
export function actorOf(site: ModelSite, actor: number): ModelViewer {
  if (actor % 3 === 0) return { kind: 'member', user: site.users.findIndex((u) => u.profile === 'admin') };
  const n = site.users.length + 2;
  const i = Math.floor(actor / 3) % n;
  if (i < site.users.length) return { kind: 'member', user: i };
  if (i === site.users.length) return { kind: 'anonymous' };
  return { kind: 'stranger', ...site.neighbour.strangers[0] };
}

const isOwn = (viewer: ModelViewer, a: ModelArticle) => viewer.kind === 'member' && a.author === viewer.user;

/** What the authoring routes let a viewer see: own, submitted to its modérateurs, or visible to all. */
export function seesForAuthoring(site: ModelSite, viewer: ModelViewer, a: ModelArticle): boolean {
  if (!readable(site, viewer, a.rubrique)) return false;
  if (isOwn(viewer, a) || visibleArticle(site, viewer, a)) return true;
  return holds(site, viewer, a.rubrique, 'moderateur') && (a.status !== 'draft' || a.author === undefined);
}

const mayEditIn = (site: ModelSite, viewer: ModelViewer, a: ModelArticle, rubrique: number) =>
  holds(site, viewer, rubrique, 'moderateur') ||
  (isOwn(viewer, a) && holds(site, viewer, rubrique, a.status === 'published' ? 'redacteur-publication' : 'redacteur'));

/** A rubrique's definition and actors are decided one level up (or by a site admin). */
const managesFromAbove = (site: ModelSite, viewer: ModelViewer, rubrique: number) => {
  if (viewer.kind !== 'member' || !readable(site, viewer, rubrique)) return false;
  if (site.users[viewer.user].profile === 'admin') return true;
  const parent = site.rubriques[rubrique].parent;
  return parent !== null && holds(site, viewer, parent, 'gestionnaire');
};

/** Whether the reference rule lets `viewer` make this call succeed. */
export function allowedOp(site: ModelSite, viewer: ModelViewer, op: AuthoringOp): boolean {
  if (viewer.kind !== 'member') return false;
  switch (op.kind) {
    case 'create':
      return site.rubriques[op.rubrique].services.includes('blog') && holds(site, viewer, op.rubrique, 'redacteur');
    case 'event':
      return site.rubriques[op.rubrique].services.includes('agenda') && holds(site, viewer, op.rubrique, 'redacteur');
    case 'visibility':
    case 'rights':
      return managesFromAbove(site, viewer, op.rubrique);
  }
  const a = site.articles[op.article];
  if (!seesForAuthoring(site, viewer, a)) return false;
  const publisher = holds(site, viewer, a.rubrique, 'moderateur') || (isOwn(viewer, a) && holds(site, viewer, a.rubrique, 'redacteur-publication'));
  switch (op.kind) {
    case 'submit':
      return isOwn(viewer, a) && holds(site, viewer, a.rubrique, 'redacteur') && a.status === 'draft';
    case 'publish':
      return publisher && a.status !== 'published';
    case 'unpublish':
      return publisher && a.status === 'published';
    case 'delete':
      return holds(site, viewer, a.rubrique, 'moderateur') || (isOwn(viewer, a) && a.status !== 'published' && holds(site, viewer, a.rubrique, 'redacteur'));
    case 'edit':
      return (
        mayEditIn(site, viewer, a, a.rubrique) &&
        readable(site, viewer, op.rubrique) &&
        site.rubriques[op.rubrique].services.includes('blog') &&
        mayEditIn(site, viewer, a, op.rubrique)
      );
  }
}

/** The right as the API takes it, and as the model keeps it. */
export function rightOf(site: ModelSite, raw: { kind: string; profile: Profile; index: number; role: Role }) {
  if (raw.kind === 'group' && site.groups.length > 0) {
    const group = raw.index % site.groups.length;
    return { api: { group: site.groups[group], role: raw.role }, model: { to: { group }, role: raw.role } as ModelRight };
  }
  if (raw.kind === 'user') {
    const user = raw.index % site.users.length;
    return { api: { user: site.users[user].login, role: raw.role }, model: { to: { user }, role: raw.role } as ModelRight };
  }
  return { api: { profile: raw.profile, role: raw.role }, model: { to: { profile: raw.profile }, role: raw.role } as ModelRight };
}

export const authoringOpsArb: fc.Arbitrary<AuthoringOp[]> = fc.array(
  fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('create' as const), actor: fc.nat(), rubrique: fc.nat(), publishAt: fc.option(offsetArb, { nil: null }) }), weight: 4 },
    // Articles counted from the newest: mostly those the sequence wrote.
    { arbitrary: fc.record({ kind: fc.constantFrom('submit' as const, 'publish' as const, 'unpublish' as const, 'delete' as const), actor: fc.nat(), article: fc.nat({ max: 4 }) }), weight: 6 },
    { arbitrary: fc.record({ kind: fc.constant('edit' as const), actor: fc.nat(), article: fc.nat({ max: 4 }), rubrique: fc.nat() }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('event' as const), actor: fc.nat(), rubrique: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('visibility' as const), actor: fc.nat(), rubrique: fc.nat(), visibility: fc.constantFrom('public' as const, 'private' as const) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('rights' as const), actor: fc.nat(), rubrique: fc.nat(), rights: fc.array(rightArb, { maxLength: 3 }) }), weight: 2 },
  ),
  { minLength: 4, maxLength: 14 },
);

export { at as atOffset };
