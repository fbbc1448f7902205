/**
 * The test school with one account per role on `actus` (plus a second rédacteur, the
 * "other author", and a member with no right), content owned by each of them in every
 * state, and a neighbouring school whose admin is a stranger here. Every mutating row of
 * the role table gets its own copy of its target per actor (`<key>-<actor>`), so one
 * actor's successful call never changes what the next one meets.
 */
import type { SiteDocumentInput } from '../../../server/site-document/schema.ts';
import { daysAgo, daysAhead, passwordHash, schoolDocument } from './fixtures.ts';

export const SITE = 'college-test';
export const OTHER_SITE = 'lycee-autre';
/** Who calls, weakest first: the table's columns. */
export const ACTORS = ['anon', 'stranger', 'nobody', 'visit', 'redac', 'redacpub', 'modo', 'gest', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];
/** Login of each actor (the stranger logs in on the other site). */
export const LOGIN: Record<Exclude<Actor, 'anon'>, string> = {
  stranger: 'autre-admin',
  nobody: 'sans-droit',
  visit: 'visit',
  redac: 'redac',
  redacpub: 'redacpub',
  modo: 'modo',
  gest: 'gest',
  admin: 'admin',
};
/** The other author's login: "another author's content". */
export const OTHER_AUTHOR = 'redac2';

/** Whose content a row targets, in which state. */
export type Whose = 'own' | 'other';
export type Status = 'draft' | 'pending' | 'published';

/** The id of the article a row targets for an actor. Anonymous and strangers own nothing: they meet the other author's. */
export const articleFor = (key: string, whose: Whose, status: Status, actor: Actor) => `${key}-${whose}-${status}-${actor}`;
const ownerOf = (whose: Whose, actor: Actor) => (whose === 'own' && actor !== 'anon' && actor !== 'stranger' ? LOGIN[actor] : OTHER_AUTHOR);

export function authoringDocument(articleKeys: string[], eventKeys: string[]): SiteDocumentInput {
  const base = schoolDocument();
  const actors = ACTORS.filter((a) => a !== 'anon' && a !== 'stranger' && a !== 'admin') as Exclude<Actor, 'anon' | 'stranger' | 'admin'>[];
  const extraUsers = [...actors.map((a) => LOGIN[a]), OTHER_AUTHOR].map((login) => ({
    login,
    passwordHash,
    displayName: `Compte ${login}`,
    profile: login === 'sans-droit' ? ('eleve' as const) : ('enseignant' as const),
  }));
  const roleOf = { visit: 'visiteur', redac: 'redacteur', redacpub: 'redacteur-publication', modo: 'moderateur', gest: 'gestionnaire' } as const;
  const rubriques = base.rubriques!.map((r) =>
    r.slug === 'actus'
      ? {
          ...r,
          rights: [
            ...(Object.entries(roleOf) as [keyof typeof roleOf, (typeof roleOf)[keyof typeof roleOf]][]).map(([a, role]) => ({ user: LOGIN[a], role })),
            { user: OTHER_AUTHOR, role: 'redacteur' as const },
          ],
        }
      : r,
  );
  // Per actor: a sub-rubrique of actus and a root rubrique to edit, delete and staff.
  for (const actor of ACTORS) {
    rubriques.push({ slug: `club-${actor}`, title: `Club ${actor}`, parent: 'actus', visibility: 'public', services: ['blog', 'agenda'], rights: [] });
    rubriques.push({ slug: `racine-${actor}`, title: `Racine ${actor}`, visibility: 'public', services: ['blog'], rights: [] });
  }
  const articles = [...base.articles!];
  for (const key of articleKeys) {
    for (const actor of ACTORS) {
      for (const whose of ['own', 'other'] as const) {
        for (const status of ['draft', 'pending', 'published'] as const) {
          articles.push({
            id: articleFor(key, whose, status, actor),
            rubrique: 'actus',
            title: `Article ${key} ${whose} ${status} ${actor}`,
            summary: '',
            body: '<p>Texte</p>',
            status,
            publishedAt: daysAgo(1),
            author: ownerOf(whose, actor),
          });
        }
      }
    }
  }
  const events = [...base.events!];
  for (const key of eventKeys) {
    for (const actor of ACTORS) {
      for (const whose of ['own', 'other'] as const) {
        events.push({ id: `${key}-${whose}-${actor}`, rubrique: 'actus', title: `Événement ${key}`, start: daysAhead(3), end: daysAhead(3), author: ownerOf(whose, actor) });
      }
    }
  }
  return { ...base, users: [...base.users!, ...extraUsers], rubriques, articles, events };
}

export const otherSiteDocument = (): SiteDocumentInput => ({
  site: { slug: OTHER_SITE, name: 'Lycée Autre' },
  users: [{ login: 'autre-admin', passwordHash, displayName: 'Admin Autre', profile: 'admin' }],
  rubriques: [{ slug: 'actus', title: 'Actualités', visibility: 'public', services: ['blog', 'agenda'] }],
});

/** JSON calls as one logged-in viewer (or anonymous with no cookie). */
export function client(request: (path: string, init?: RequestInit) => Response | Promise<Response>, cookie?: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { ...(cookie ? { Cookie: cookie } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
    const res = await request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as any) : null };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    put: (path: string, body: unknown) => call('PUT', path, body),
    del: (path: string) => call('DELETE', path),
  };
}
