/**
 * The elements' server build, loaded on first use: server/ never imports components/
 * (the one-way rule), it loads the built bundle `dist/ssr/elements.js` (vite.config.ts,
 * `--mode ssr`, entry components/ssr.ts) by path. That build runs the same template
 * transform as the browser's, so what the server renders is what the browser hydrates.
 *
 * Without a build (server tests on a fresh checkout) the entry's source is loaded
 * instead, through tsx: it renders the same markup, but its template digests differ
 * from a built browser bundle's, so only a built server hydrates cleanly. `npm run
 * build` (and `npm start`, which builds when dist/ is missing) makes both.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PageResponse } from '../../contract/api.ts';

/** What dist/ssr/elements.js exports (components/ssr.ts). */
export interface ServerElements {
  renderPage(response: PageResponse, options?: { page?: 'public-home' | 'personal-home'; now?: Date }): Promise<string>;
}

const built = fileURLToPath(new URL('../../dist/ssr/elements.js', import.meta.url));
// A path, not a specifier: no static import edge from server/ to components/.
const source = new URL('../../components/ssr.ts', import.meta.url).href;

let loading: Promise<ServerElements> | undefined;

export function serverElements(): Promise<ServerElements> {
  loading ??= import(existsSync(built) ? pathToFileURL(built).href : source) as Promise<ServerElements>;
  return loading;
}
