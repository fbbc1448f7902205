/**
 * A fake of the authoring API's rubriques, groups and users routes for the screen's
 * tests, answering the real shapes (docs/authoring.md, server/authoring/rubriques.ts and
 * people.ts); each test may replace one answer with a refusal.
 */
import { json, stubFetch, type FetchCall } from '../../fixtures.ts';
import type { Group, Person, Rubrique, RubriqueMay } from '../../../../components/admin/rubriques/model.ts';

export const SITE = 'college-test';
export const API = `/api/sites/${SITE}`;

const all: RubriqueMay = { write: true, publish: true, moderate: true, edit: true, delete: true, createSub: true, manageActors: true };
const none: RubriqueMay = { write: false, publish: false, moderate: false, edit: false, delete: false, createSub: false, manageActors: false };

/** What a site admin sees. */
export function adminTree(): Rubrique[] {
  return [
    {
      slug: 'actus', title: 'Actualités', parent: null, visibility: 'public', services: ['blog'], role: 'gestionnaire', may: all,
      rights: [
        { profile: 'eleve', role: 'visiteur' },
        { group: 'profs', name: 'Professeurs', role: 'redacteur' },
        { user: 'prof', name: 'Prof Un', role: 'moderateur' },
      ],
    },
    { slug: 'club-theatre', title: 'Club théâtre', parent: 'actus', visibility: 'private', services: ['blog', 'agenda'], role: 'gestionnaire', may: all, rights: [] },
    { slug: 'club-photo', title: 'Club photo', parent: 'club-theatre', visibility: 'public', services: [], role: 'gestionnaire', may: all, rights: [] },
    { slug: 'cdi', title: 'CDI', parent: null, visibility: 'public', services: ['agenda'], role: 'gestionnaire', may: all, rights: [] },
  ];
}

/** What the gestionnaire of `actus` sees: it staffs and edits under actus, never actus itself. */
export function gestionnaireTree(): Rubrique[] {
  return [
    { slug: 'actus', title: 'Actualités', parent: null, visibility: 'public', services: ['blog'], role: 'gestionnaire', may: { ...all, edit: false, delete: false, manageActors: false } },
    { slug: 'club-theatre', title: 'Club théâtre', parent: 'actus', visibility: 'private', services: ['blog', 'agenda'], role: 'gestionnaire', may: all, rights: [{ user: 'eleve', name: 'Élève Un', role: 'redacteur' }] },
    { slug: 'club-photo', title: 'Club photo', parent: 'club-theatre', visibility: 'public', services: [], role: 'gestionnaire', may: all, rights: [] },
    { slug: 'cdi', title: 'CDI', parent: null, visibility: 'public', services: ['agenda'], role: null, may: none },
  ];
}

export const groups: Group[] = [
  { slug: '6a', name: '6e A' },
  { slug: 'profs', name: 'Professeurs' },
];

export const people: Person[] = [
  { login: 'emilie.durand', displayName: 'Émilie Durand', profile: 'enseignant', fonction: 'Documentaliste' },
  { login: 'emile.martin', displayName: 'Émile Martin', profile: 'eleve' },
  { login: 'prof', displayName: 'Prof Un', profile: 'enseignant', fonction: 'Mathématiques' },
];

type Override = (url: URL, init: RequestInit | undefined) => Response | undefined;

/** Serves `tree` (changed by the writes like the server would, roughly) and records every call. */
export function fakeSite(tree: Rubrique[], override: Override = () => undefined): { calls: FetchCall[]; body(call: FetchCall): unknown; writes(): FetchCall[] } {
  let rubriques = tree;
  const calls = stubFetch((raw, init) => {
    const url = new URL(raw, location.origin);
    const method = init?.method ?? 'GET';
    const replaced = override(url, init);
    if (replaced) return replaced;
    const path = url.pathname.slice(API.length);
    if (method === 'GET' && path === '/rubriques') return json({ rubriques });
    if (method === 'GET' && path === '/groups') return json({ groups });
    if (method === 'GET' && path === '/users') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      return json({ users: people.filter((p) => p.displayName.toLowerCase().includes(q) || p.login.includes(q)) });
    }
    if (method === 'POST' && path === '/rubriques') {
      const body = JSON.parse(String(init!.body));
      rubriques = [...rubriques, { ...body, role: 'gestionnaire', may: all, rights: [] }];
      return json({ rubrique: { slug: body.slug, title: body.title, parent: body.parent, visibility: body.visibility, services: body.services } }, 201);
    }
    const one = /^\/rubriques\/([^/]+)(\/rights)?$/.exec(path);
    if (one && method === 'PATCH') {
      const body = JSON.parse(String(init!.body));
      rubriques = rubriques.map((r) => (r.slug === one[1] ? { ...r, ...body } : r));
      return json({ rubrique: { slug: one[1], ...body } });
    }
    if (one && method === 'DELETE') {
      if (url.searchParams.get('confirm') !== one[1]) return json({ error: { code: 'invalid', message: 'Certaines valeurs sont invalides.', fields: { confirm: 'répétez le nom de la rubrique' } } }, 400);
      rubriques = rubriques.filter((r) => r.slug !== one[1] && r.parent !== one[1]);
      return new Response(null, { status: 204 });
    }
    if (one && one[2] && method === 'PUT') {
      const body = JSON.parse(String(init!.body));
      rubriques = rubriques.map((r) => (r.slug === one[1] ? { ...r, rights: body } : r));
      return json({ rights: body });
    }
    return json({ error: { code: 'not_found', message: 'Introuvable.' } }, 404);
  });
  return {
    calls,
    body: (call) => JSON.parse(String(call.init?.body)),
    writes: () => calls.filter((c) => (c.init?.method ?? 'GET') !== 'GET'),
  };
}

/** The element `tag` inside `host`'s shadow root. */
export function inner<T extends HTMLElement = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${host.localName}>`);
  return found;
}

export const refusal = (status: number, code: string, message: string, fields?: Record<string, string>) =>
  json({ error: { code, message, ...(fields ? { fields } : {}) } }, status);
