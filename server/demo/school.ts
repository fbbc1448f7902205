/**
 * The demo school: "Collège Jean Moulin", a complete site document (the import format)
 * with rubriques, accounts, ~200 articles, ~45 events and both home pages.
 *
 * `demoSchool(now)` is deterministic: the same `now` gives the same document (a seeded
 * PRNG, never Math.random). Dates are relative to `now` so the demo always looks alive:
 * articles over the last 80 days, events from two months ago to three months ahead,
 * a few drafts, articles waiting for moderation and articles scheduled for next week.
 */
import { roles, type Role } from '../../contract/vocabulary.ts';
import { SchoolCalendar, frenchDate, monthOf, parisDay, parisTime, weekday, type Day } from './calendar.ts';
import { classes, groups, rubriques, site, users } from './people.ts';
import { publicTemplates, menus } from './articles-public.ts';
import { classTemplates, privateTemplates } from './articles-private.ts';
import { pinnedArticles } from './pinned.ts';
import { expand, type Instance } from './templates.ts';
import { demoEvents } from './events.ts';
import { banner, illustrationOf, themeNames, type Theme } from './media.ts';
import { demoAnnonces, annoncesFonctions } from './annonces.ts';
import { tile, type DocumentArticle, type DocumentRubrique, type DocumentUser, type SiteDocument } from './site-document.ts';

export type { SiteDocument } from './site-document.ts';
export { demoAccounts, demoSharedPassword, type DemoAccount } from './people.ts';
export { demoMediaDir, demoMediaFiles, demoMediaUrlPrefix } from './media.ts';

/** How many generated articles each rubrique gets (plus the menus and pinned articles). */
const articleCounts: Record<string, number> = {
  'vie-etablissement': 24,
  restauration: 4,
  cdi: 19,
  'vie-scolaire': 16,
  'association-sportive': 15,
  orientation: 15,
  'voyages-scolaires': 16,
  'salle-des-professeurs': 15,
  'conseil-administration': 8,
  '6e-a': 10,
  '5e-b': 10,
  '4e-c': 10,
  '3e-d': 10,
  'parents-eleves': 12,
};
const menuWeeks = 6;
/** Articles spread over this many days before `now`. */
const spanDays = 80;
const SEED = 0x4a4d_2026;

/** Sizes of the demo, for the README and the tests. */
export const demoSchoolSize = {
  rubriques: rubriques.length,
  groups: groups.length,
  users: users.length,
  articles: Object.values(articleCounts).reduce((a, b) => a + b, 0) + menuWeeks + pinnedArticles.length,
  illustrations: themeNames.length,
};

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, shuffle };
}
type Random = ReturnType<typeof prng>;

function slugify(text: string, max = 70): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max);
}

/**
 * A user's strongest role on a rubrique, from rights naming their profile, a group of
 * theirs, or them, on the rubrique or an ancestor (rights hold on sub-rubriques).
 */
function roleOf(user: DocumentUser, rubrique: DocumentRubrique): Role | null {
  let best = -1;
  for (let r: DocumentRubrique | undefined = rubrique; r; r = rubriques.find((x) => x.slug === r!.parent)) {
    for (const right of r.rights) {
      const applies =
        ('profile' in right && right.profile === user.profile) ||
        ('group' in right && (user.groups ?? []).includes(right.group)) ||
        ('user' in right && right.user === user.login);
      if (applies) best = Math.max(best, roles.indexOf(right.role));
    }
  }
  return best < 0 ? null : roles[best];
}

const atLeast = (role: Role | null, wanted: Role) => role !== null && roles.indexOf(role) >= roles.indexOf(wanted);

/** Who may write in a rubrique, and who may publish without moderation. Site admins sign nothing. */
function authorsOf(rubrique: DocumentRubrique) {
  const writers = users.filter((u) => u.profile !== 'admin' && atLeast(roleOf(u, rubrique), 'redacteur'));
  return {
    publishers: writers.filter((u) => atLeast(roleOf(u, rubrique), 'redacteur-publication')).map((u) => u.login),
    redacteurs: writers.filter((u) => roleOf(u, rubrique) === 'redacteur').map((u) => u.login),
  };
}

/** Civility and surname of a professeur principal, as pupils say it: "Mme Petit". */
function civility(login: string): string {
  const user = users.find((u) => u.login === login)!;
  const surname = user.displayName.split(' ').slice(1).join(' ');
  const feminine = /Professeure|Conseillère|Principale|Infirmière|Secrétaire/.test(user.fonction ?? '');
  return `${feminine ? 'Mme' : 'M.'} ${surname}`;
}

function instancesOf(slug: string): Instance[] {
  const cls = classes.find((c) => c.slug === slug);
  if (cls) return expand(classTemplates, slug, { classe: cls.label, niveau: cls.niveau, pp: civility(cls.principal) });
  const templates = publicTemplates[slug] ?? privateTemplates[slug];
  if (!templates) throw new Error(`demo: no article templates for rubrique ${slug}`);
  return expand(templates, slug);
}

interface Draft extends DocumentArticle {
  day: Day;
  theme?: Theme;
  pinned?: boolean;
  menu?: boolean;
  /** Published in the last two school days: the personal page shows private news. */
  fresh?: boolean;
}

/** Rubriques whose latest article is always fresh, so pupils and parents log in to news. */
const freshRubriques = new Set([...classes.map((c) => c.slug), 'parents-eleves', 'salle-des-professeurs']);

/** A time of day when school staff write: 07:30 to 18:30, Paris time. */
function workingTime(random: Random): string {
  const minutes = 7 * 60 + 30 + random.int(133) * 5;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Date and pick the articles of one rubrique: dates spread evenly over the school days
 * of the span (nobody publishes during the holidays), each
 * filled with an article that fits its month (no "cross du collège" in February when
 * something else fits better).
 */
function generateRubrique(slug: string, count: number, calendar: SchoolCalendar, random: Random): Draft[] {
  const unused = instancesOf(slug);
  if (unused.length < count) throw new Error(`demo: ${slug} has ${unused.length} article templates for ${count} articles`);
  const schoolDays = calendar.schoolDaysBetween(calendar.today - spanDays, calendar.today - 1);
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const fresh = i === count - 1 && freshRubriques.has(slug);
    const day = fresh
      ? schoolDays[schoolDays.length - 1 - random.int(2)]
      : schoolDays[Math.floor(((i + random.next()) * schoolDays.length) / count)];
    const month = monthOf(day);
    const fitting = unused.filter((x) => x.months?.includes(month));
    const timeless = unused.filter((x) => !x.months);
    const pool = fitting.length && random.next() < 0.6 ? fitting : timeless.length ? timeless : fitting.length ? fitting : unused;
    const chosen = random.pick(pool);
    unused.splice(unused.indexOf(chosen), 1);
    drafts.push({
      id: '',
      rubrique: slug,
      title: chosen.title,
      summary: chosen.summary,
      body: chosen.body,
      status: 'published',
      publishedAt: parisTime(day, workingTime(random)).toISOString(),
      day,
      theme: chosen.theme,
      fresh,
    });
  }
  return drafts;
}

/** The weekly menus, published on the Friday before each week of school. */
function generateMenus(calendar: SchoolCalendar, random: Random): Draft[] {
  const drafts: Draft[] = [];
  const veggie = ['Chili sin carne et riz', 'Omelette et pommes de terre sautées', 'Curry de pois chiches et riz basmati'];
  const others = menus.plats.filter((p) => !veggie.includes(p));
  let monday = calendar.today - ((weekday(calendar.today) + 6) % 7);
  while (drafts.length < menuWeeks) {
    const week = monday;
    monday -= 7;
    if (!calendar.isSchoolDay(week)) continue;
    const friday = week - 3;
    const days = ['Lundi', 'Mardi', 'Jeudi', 'Vendredi'];
    const veggieDay = random.int(days.length);
    const plats = random.shuffle(others);
    const lines = days.map((name, i) => {
      const plat = i === veggieDay ? random.pick(veggie) : plats[i];
      const vegetarian = i === veggieDay ? ' <strong>(menu végétarien)</strong>' : '';
      return `<li><strong>${name}</strong> : ${random.pick(menus.entrees)} – ${plat} – ${random.pick(menus.desserts)}${vegetarian}</li>`;
    });
    drafts.push({
      id: '',
      rubrique: 'restauration',
      title: `Menus de la semaine du ${frenchDate(week)}`,
      summary: `Les menus servis au self du ${frenchDate(week, false)} au ${frenchDate(week + 4, false)}. Le repas végétarien est servi le ${days[veggieDay].toLowerCase()}.`,
      body: `<p>Voici les menus de la semaine, sous réserve des livraisons.</p><ul>${lines.join('')}</ul><p>Les produits locaux et bio sont signalés au self.</p>`,
      status: 'published',
      publishedAt: parisTime(friday, '11:00').toISOString(),
      author: 'pascal.henry',
      day: friday,
      theme: 'cantine',
      menu: true,
    });
  }
  return drafts;
}

const updateNotes = [
  'les horaires ont été précisés.',
  'la liste a été complétée.',
  'le lien vers les documents a été corrigé.',
  'ajout des informations pratiques demandées par les familles.',
  'une erreur de date a été corrigée.',
];

/** Choose which articles are drafts, pending or updated; sign and illustrate them all. */
function settle(drafts: Draft[], calendar: SchoolCalendar, random: Random, now: Date): void {
  const byRubrique = new Map(rubriques.map((r) => [r.slug, r]));
  const authors = new Map(rubriques.map((r) => [r.slug, authorsOf(r)]));
  const isPublic = (d: Draft) => byRubrique.get(d.rubrique)!.visibility === 'public';
  const free = (d: Draft) => !d.pinned && !d.menu && !d.fresh && d.status === 'published' && !d.author;
  const recent = (d: Draft, days: number) => calendar.today - d.day <= days;

  // Pending: written by rédacteurs, waiting for a moderator. Drafts: not finished yet.
  const take = (count: number, accept: (d: Draft) => boolean, status: 'pending' | 'draft', pool: (slug: string) => string[]) => {
    const perRubrique = new Map<string, number>();
    for (const d of random.shuffle(drafts)) {
      if (count === 0) break;
      const n = perRubrique.get(d.rubrique) ?? 0;
      if (!free(d) || !accept(d) || n >= 2 || pool(d.rubrique).length === 0) continue;
      d.status = status;
      d.author = random.pick(pool(d.rubrique));
      perRubrique.set(d.rubrique, n + 1);
      count--;
    }
  };
  take(8, (d) => recent(d, 21), 'pending', (slug) => authors.get(slug)!.redacteurs);
  take(10, (d) => recent(d, 30), 'draft', (slug) => [...authors.get(slug)!.publishers, ...authors.get(slug)!.redacteurs]);

  // Updated after publication: an update brings an article back to the top of feeds.
  let updates = 12;
  for (const d of random.shuffle(drafts)) {
    if (updates === 0) break;
    const age = calendar.today - d.day;
    if (d.pinned || d.status !== 'published' || age < 4 || d.updatedAt) continue;
    const later = d.day + 1 + random.int(Math.min(5, age - 1));
    d.updatedAt = parisTime(later, workingTime(random)).toISOString();
    d.body += `<p><strong>Mise à jour :</strong> ${random.pick(updateNotes)}</p>`;
    updates--;
  }

  for (const d of drafts) {
    if (!d.author) {
      // Published directly by a publisher, or a rédacteur's article a moderator approved.
      const { publishers, redacteurs } = authors.get(d.rubrique)!;
      d.author = redacteurs.length && random.next() < 0.25 ? random.pick(redacteurs) : random.pick(publishers);
    }
    // Only public articles are illustrated: the media folder is public by URL.
    if (isPublic(d) && d.theme && (d.pinned || random.next() < 0.6)) d.illustration = illustrationOf(d.theme);
  }
  if (drafts.some((d) => d.updatedAt && new Date(d.updatedAt) > now)) throw new Error('demo: update in the future');
}

function pinned(calendar: SchoolCalendar, random: Random): Draft[] {
  return pinnedArticles.map((p) => {
    const scheduled = p.daysAgo < 0;
    const day = calendar.nearest(calendar.today - p.daysAgo, (d) => calendar.isSchoolDay(d), !scheduled);
    const draft: Draft = {
      id: p.id,
      rubrique: p.rubrique,
      title: p.title,
      summary: p.summary,
      body: p.body,
      status: 'published',
      publishedAt: parisTime(day, scheduled ? '07:30' : workingTime(random)).toISOString(),
      author: p.author,
      day,
      theme: p.theme,
      pinned: true,
    };
    if (p.update) {
      const updated = calendar.nearest(calendar.today - p.update.daysAgo, (d) => calendar.isSchoolDay(d), true);
      draft.updatedAt = parisTime(updated, '16:45').toISOString();
      draft.body += `<p><strong>Mise à jour :</strong> ${p.update.note}</p>`;
    }
    return draft;
  });
}

function articlesOf(now: Date, calendar: SchoolCalendar): DocumentArticle[] {
  const random = prng(SEED);
  const drafts = [
    ...pinned(calendar, random),
    ...generateMenus(calendar, random),
    ...Object.entries(articleCounts).flatMap(([slug, count]) => generateRubrique(slug, count, calendar, random)),
  ];
  settle(drafts, calendar, random, now);

  const ids = new Set(pinnedArticles.map((p) => p.id));
  for (const d of drafts) {
    if (d.id) continue;
    const base = slugify(d.title);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    d.id = id;
  }
  return drafts
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id))
    .map(({ day, theme, pinned, menu, fresh, ...article }) => article);
}

const blogRubriques = (visibility?: 'public') =>
  rubriques.filter((r) => r.services.includes('blog') && (!visibility || r.visibility === visibility)).map((r) => r.slug);
const agendaRubriques = (visibility?: 'public') =>
  rubriques.filter((r) => r.services.includes('agenda') && (!visibility || r.visibility === visibility)).map((r) => r.slug);

function pages(): SiteDocument['pages'] {
  const publicNews = blogRubriques('public').filter((slug) => slug !== 'restauration');
  return {
    'public-home': [
      tile('bandeau', 'top', { image: banner, article: 'label-e3d', enabled: true }),
      tile('informations', 'text', {
        title: 'Informations',
        html:
          '<p><strong>Collège Jean Moulin</strong><br>2 allée des Tilleuls, Saint-Aubin-des-Prés</p>' +
          '<p><strong>Horaires</strong> : lundi, mardi, jeudi et vendredi de 8 h à 17 h ; mercredi de 8 h à 12 h.</p>' +
          '<p><strong>Secrétariat</strong> : 01 23 45 67 89<br><strong>Vie scolaire</strong> : 01 23 45 67 90</p>' +
          '<p><a href="mailto:secretariat@college-jean-moulin.example">Écrire au secrétariat</a></p>' +
          '<p><a href="https://educonnect.education.gouv.fr/">Se connecter avec EduConnect</a></p>',
      }),
      tile('actualites', 'news', {
        title: 'Actualités',
        rubriques: publicNews,
        max: 6,
        showDates: true,
        showIllustration: true,
        showSummary: true,
      }),
      tile('selection', 'selection', {
        title: "Sélection d'articles",
        articles: ['horaires-et-calendrier', 'signaler-une-absence', 'codes-acces-ent-educonnect', 'inscriptions-association-sportive'],
        showIllustration: true,
        showSummary: true,
      }),
      tile('agenda', 'agenda', {
        title: 'Agenda',
        rubriques: agendaRubriques('public'),
        max: 6,
        showDates: true,
        showSummary: true,
        showLocation: true,
      }),
      tile('video', 'embed', {
        title: 'En vidéo : les Tubes de l’Éducation nationale',
        url: 'https://tube-numerique-educatif.apps.education.fr/videos/embed/9d0b132d-f836-459a-9b9b-97b1a647232d',
        height: 360,
      }),
    ],
    'personal-home': [
      tile('annonces', 'annonces', { title: 'Annonces', max: 6 }),
      tile('bienvenue', 'text', {
        title: 'Bienvenue',
        html:
          '<p>Bienvenue sur l’ENT du collège Jean Moulin. Retrouvez ici les actualités de vos rubriques, l’agenda et vos services.</p>' +
          '<ul><li>Un problème de connexion ? Écrivez au secrétariat ou passez au CDI.</li>' +
          '<li>Le règlement intérieur et la charte numérique sont dans la rubrique « Vie de l’établissement ».</li></ul>',
      }),
      tile('pronote', 'pronote', {
        title: 'Pronote',
        showGrades: true,
        showEvaluations: true,
        showVieScolaire: true,
        showHomework: true,
        max: 4,
      }),
      tile('mes-services', 'portal', {
        title: 'Mes services',
        links: [
          { label: 'Pronote', url: 'https://demo.index-education.net/pronote/' },
          { label: 'EduConnect', url: 'https://educonnect.education.gouv.fr/', profiles: ['eleve', 'parent'] },
          { label: 'Médiacentre', url: 'https://gar.education.fr/', profiles: ['eleve', 'enseignant', 'personnel'] },
          { label: 'Pix', url: 'https://app.pix.fr/', profiles: ['eleve', 'enseignant'] },
          { label: 'Capytale', url: 'https://capytale2.ac-paris.fr/web/', profiles: ['eleve', 'enseignant'] },
          { label: 'Onisep', url: 'https://www.onisep.fr/' },
        ],
      }),
      tile('actualites', 'news', {
        title: 'Actualités',
        // Public and private rubriques alike: each viewer sees only what they may read.
        rubriques: blogRubriques(),
        max: 8,
        showDates: true,
        showIllustration: true,
        showSummary: true,
      }),
      // The viewer's own choice of rubriques and feeds (« Personnaliser ma page »).
      { ...tile('mes-actualites', 'mes-actualites', { title: 'Mes actualités', max: 8 }), optional: true },
      // Optional tiles: each viewer may hide or move them on their page.
      {
        ...tile('a-la-une', 'selection', {
          title: 'À la une',
          articles: ['charte-numerique', 'aides-financieres', 'codes-acces-ent-educonnect'],
          showIllustration: true,
          showSummary: true,
        }),
        optional: true,
      },
      {
        ...tile('agenda', 'agenda', {
          title: 'Agenda',
          rubriques: agendaRubriques(),
          max: 8,
          showDates: true,
          showSummary: true,
          showLocation: true,
        }),
        optional: true,
      },
    ],
  };
}

/** The demo school's site document, dated relative to `now`. */
export function demoSchool(now: Date): SiteDocument {
  const calendar = new SchoolCalendar(parisDay(now));
  return {
    site: { slug: site.slug, name: site.name, peertubeHosts: [...site.peertubeHosts], annoncesFonctions: [...annoncesFonctions] },
    groups: groups.map((g) => ({ ...g })),
    users: users.map((u) => ({ ...u, ...(u.groups ? { groups: [...u.groups] } : {}) })),
    rubriques: rubriques.map((r) => ({ ...r, services: [...r.services], rights: r.rights.map((x) => ({ ...x })) })),
    articles: articlesOf(now, calendar),
    events: demoEvents(calendar),
    pages: pages(),
    annonces: demoAnnonces(now),
    // « SSO Pronote avec CAS »: Tuiles is the CAS server of the (demo) PRONOTE.
    pronote: {
      showBlock: true,
      showInQuickAccess: true,
      url: 'https://demo.index-education.net/pronote/',
      version: '2025',
      sso: 'cas',
      serviceProfile: { mode: 'identite', attribute: 'identifiantPronote' },
    },
    casServices: [
      { name: 'Pix', urlPattern: 'https://app.pix.fr/' },
      { name: 'e-sidoc', urlPattern: 'https://0750000a.esidoc.fr/' },
    ],
  };
}
