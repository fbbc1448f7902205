/**
 * The entry of the elements' server build (`vite build --mode ssr` -> dist/ssr/elements.js),
 * which the server loads by path to render pages with Lit SSR (server/render/elements.ts).
 * Built by the same Vite pipeline as the browser bundle, so the templates the server
 * renders are byte for byte those the browser hydrates (Lit checks a digest of each
 * template's strings on hydration).
 *
 * Nothing here runs in a browser: the elements render from the data they are given
 * (their @lit/task fetch never starts on the server), into declarative shadow DOM.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { PageResponse } from '../contract/api.ts';
import './embed.ts';

export interface PageRenderOptions {
  /** `public-home` (default) or `personal-home`: the `page` attribute, for hydration. */
  page?: 'public-home' | 'personal-home';
  /** The clock the tiles' relative dates read ("il y a 2 h"). */
  now?: Date;
}

/**
 * `<tuiles-page>` with `response` as its data, as HTML with declarative shadow roots:
 * what a browser shows before (and without) JavaScript, and what `<tuiles-page>`
 * hydrates when it is given the same `response`.
 */
export function renderPage(response: PageResponse, options: PageRenderOptions = {}): Promise<string> {
  const page = options.page === 'personal-home' ? 'personal-home' : undefined;
  return collectResult(
    render(html`<tuiles-page site=${response.site.slug} page=${page ?? 'public-home'} .data=${response} .now=${options.now}></tuiles-page>`),
  );
}
