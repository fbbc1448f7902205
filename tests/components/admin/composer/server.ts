/**
 * A stand-in for the Tuiles server's composition routes, answering the real shapes
 * (server/http/routes/admin/pages.ts, server/authoring/pages.ts, preview.ts, stale.ts):
 *   GET  /api/sites/:site/pages/:kind/source          -> {version, tiles, peertubeHosts}
 *   PUT  /api/sites/:site/pages/:kind                 {version, tiles} -> {version} | 409 stale_version | 400 fields
 *   GET  /api/sites/:site/pages/:kind/versions        -> {versions: [{number, author: {id, displayName} | null, date}]}
 *   POST /api/sites/:site/pages/:kind/versions/:n/restore -> {version}
 *   POST /api/sites/:site/pages/:kind/preview         {tiles, as} -> {page: {kind, tiles: ResolvedTile[]}}
 *   GET  /api/sites/:site/stale                       -> {warnings}
 *   GET  /api/sites/:site/rubriques                   -> {rubriques} (the tile editors' rubrique pickers)
 * It keeps its own versions, so a publish from an old version meets the conflict.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../../components/admin/composer/composer.ts';
import type { TuilesAdminComposer } from '../../../../components/admin/composer/composer.ts';
import type { DraftTile } from '../../../../components/admin/composer/draft.ts';
import type { StaleWarning } from '../../../../contract/authoring.ts';
import type { ResolvedTile } from '../../../../contract/tiles/index.ts';
import { article, event, json, type FetchCall, stubFetch, until } from '../../fixtures.ts';
import { rubriquesAnswer } from '../pickers/answers.ts';

export const SITE = 'college-carladez';

export const sourceTiles: DraftTile[] = [
  { id: 'top', type: 'top', config: { image: { url: '/media/bandeau.jpg', alt: 'Le collège sous la neige' }, article: 'a1', enabled: true } },
  { id: 'news', type: 'news', config: { title: 'Actualités', rubriques: ['vie-scolaire', 'cdi'], max: 6, showDates: true, showIllustration: true, showSummary: true } },
  { id: 'agenda', type: 'agenda', config: { title: 'Agenda', rubriques: ['vie-scolaire'], max: 4, showDates: true, showSummary: true, showLocation: true } },
  { id: 'infos', type: 'text', config: { title: 'Liens utiles', html: '<p>Le règlement intérieur et la cantine.</p>' } },
];

export type Viewer = null | { profile: string; niveau?: string };

export interface ServerOptions {
  version?: number;
  tiles?: DraftTile[];
  stale?: StaleWarning[];
  /** What a tile resolves to for a viewer (default: one item of each list, the top tile's image and article). */
  resolve?: (tile: DraftTile, as: Viewer) => ResolvedTile;
  /** The site's Peertube instances the source gives (default: one). */
  peertubeHosts?: string[];
  /** A 400 answer to every PUT, as the server's `invalid` error. */
  refuse?: Record<string, string>;
}

export function resolveDefault(tile: DraftTile): ResolvedTile {
  const config = tile.config as Record<string, unknown>;
  const base = { id: tile.id, type: tile.type, config } as unknown as ResolvedTile;
  switch (tile.type) {
    case 'top': {
      const image = config.image as { url: string; alt: string } | null;
      return { ...base, data: { image: image && { ...image, width: 2000, height: 453 }, article: config.article ? { id: 'a1', title: 'Portes ouvertes', summary: 'Samedi.', url: '/articles/a1' } : null } } as ResolvedTile;
    }
    case 'agenda':
      return { ...base, data: { items: [event()] } } as ResolvedTile;
    case 'text':
      return { ...base, data: { html: String(config.html ?? '') } } as ResolvedTile;
    case 'news':
    case 'selection':
      return { ...base, data: { items: [article()] } } as ResolvedTile;
    default:
      // The other types' data are not needed here: the page shows its error card for them.
      return { ...base, data: null, error: { code: 'tile_unavailable', message: 'Cette tuile est momentanément indisponible.' } } as ResolvedTile;
  }
}

export interface Versions {
  number: number;
  author: { id: number; displayName: string } | null;
  date: string;
}

export class FakeServer {
  version: number;
  tiles: DraftTile[];
  versions: Versions[];
  calls: FetchCall[] = [];

  constructor(readonly options: ServerOptions = {}) {
    this.version = options.version ?? 3;
    this.tiles = structuredClone(options.tiles ?? sourceTiles);
    this.versions = Array.from({ length: this.version }, (_, i) => ({
      number: this.version - i,
      author: { id: 7, displayName: 'Mme Vidal' },
      date: `2026-11-${String(20 - i).padStart(2, '0')}T13:30:00Z`,
    }));
  }

  /** Someone else publishes from another browser. */
  publishElsewhere(tiles: DraftTile[], who = 'M. Lacombe'): void {
    this.version += 1;
    this.tiles = tiles;
    this.versions.unshift({ number: this.version, author: { id: 9, displayName: who }, date: '2026-11-23T08:15:00Z' });
  }

  install(): this {
    this.calls = stubFetch((url, init) => this.answer(url, init));
    return this;
  }

  answer(url: string, init: RequestInit | undefined): Response {
    const path = new URL(url, location.href).pathname;
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    const page = /^\/api\/sites\/[^/]+\/pages\/([a-z-]+)(\/.*)?$/.exec(path);
    if (path === `/api/sites/${SITE}/stale`) return json({ warnings: this.options.stale ?? [] });
    if (method === 'GET' && path === `/api/sites/${SITE}/rubriques`) return json(rubriquesAnswer);
    if (!page) return json({ error: { code: 'not_found', message: 'Introuvable.' } }, 404);
    const [, kind, rest = ''] = page;
    if (method === 'GET' && rest === '/source') return json({ version: this.version, tiles: this.tiles, peertubeHosts: this.options.peertubeHosts ?? ['tube.ac-toulouse.fr'] });
    if (method === 'GET' && rest === '/versions') return json({ versions: this.versions });
    if (method === 'PUT' && rest === '') {
      if (this.options.refuse) return json({ error: { code: 'invalid', message: "La page n'a pas été enregistrée : certaines tuiles sont invalides.", fields: this.options.refuse } }, 400);
      if (body.version !== this.version) {
        return json({ error: { code: 'stale_version', message: `La page a été modifiée entre-temps (version ${this.version}) : rechargez-la avant d'enregistrer.` } }, 409);
      }
      this.publishElsewhere(body.tiles, 'Vous');
      return json({ version: this.version });
    }
    const restore = /^\/versions\/(\d+)\/restore$/.exec(rest);
    if (method === 'POST' && restore) {
      this.publishElsewhere(structuredClone(sourceTiles.slice(0, 2)), 'Vous');
      return json({ version: this.version });
    }
    if (method === 'POST' && rest === '/preview') {
      const resolve = this.options.resolve ?? resolveDefault;
      return json({ page: { kind, tiles: (body.tiles as DraftTile[]).map((t) => resolve(t, body.as)) } });
    }
    return json({ error: { code: 'not_found', message: 'Introuvable.' } }, 404);
  }

  /** The bodies of the calls to `method` on paths ending with `end`. */
  sent(method: string, end: string): any[] {
    return this.calls
      .filter((c) => (c.init?.method ?? 'GET') === method && new URL(c.url, location.href).pathname.endsWith(end))
      .map((c) => (c.init?.body ? JSON.parse(String(c.init.body)) : undefined));
  }
}

/** The composer on `path`, loaded, its first preview answered. */
export async function composer(server: FakeServer, path = '', theme?: string): Promise<TuilesAdminComposer> {
  const el = await fixture<TuilesAdminComposer>(
    html`<tuiles-admin-composer site=${SITE} path=${path} theme=${theme ?? 'light'} .previewDelay=${0}></tuiles-admin-composer>`,
  );
  await until(() => el.loadState !== 'loading', 'the page source');
  await until(() => !el.preview.loading && (el.preview.tiles !== null || el.preview.error !== null || el.tiles.length === 0), 'the first preview');
  await el.updateComplete;
  return el;
}

export const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('article.card')];
export const cardNames = (el: Element) => cards(el).map((c) => c.querySelector('h3')!.textContent!.trim());
export const card = (el: Element, name: string) => {
  const found = cards(el).find((c) => c.querySelector('h3')!.textContent!.trim() === name);
  if (!found) throw new Error(`no card named ${name}`);
  return found;
};
export const button = (root: ParentNode, name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
  if (!found) throw new Error(`no button « ${name} »`);
  return found;
};
export const live = (el: Element) => el.shadowRoot!.querySelector('#composer-live')!.textContent ?? '';
export const status = (el: Element) => el.shadowRoot!.querySelector('.status')!.textContent!.trim();

export function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('tuiles-composer:')) localStorage.removeItem(key);
}
