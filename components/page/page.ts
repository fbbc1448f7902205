import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { Task, initialState } from '@lit/task';
import type { PageResponse } from '../../contract/api.ts';
import type { PageKind } from '../../contract/vocabulary.ts';
import type { ResolvedTile } from '../../contract/tiles/index.ts';
import { pageUrl, request, statusOf } from '../core/api.ts';
import { define } from '../core/define.ts';
import { langOf, messagesFor, type Lang } from '../core/i18n.ts';
import { errorCard, failure, heading } from '../core/templates.ts';
import type { TuilesErrorDetail } from '../core/tile.ts';
import type { TileTypeEntry } from '../core/tile-type.ts';
import { tileStyles } from '../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../core/tokens.ts';
import { pageStyles } from './page.styles.ts';
import { tileRegistry } from '../tiles/registry.ts';

/**
 * A whole Tuiles page: fetches `GET {server}/api/sites/{site}/pages/{page}` and lays
 * its tiles out in a responsive grid (a top tile across the full width, the others in
 * one to three columns by the page's own width).
 *
 * The public page is fetched anonymously (no cookie: one cached answer for everyone);
 * `page="personal-home"` sends the viewer's session (`credentials: 'include'`); the
 * server answers it on its own origin only (no cross-origin credentials today), so the
 * personal page works on the Tuiles site, not embedded elsewhere.
 *
 * Each tile is rendered by the element its type's entry names (components/tiles/registry.ts).
 * A tile the server could not resolve, or of a type this version does not render,
 * becomes a small error card; the rest of the page still shows.
 *
 * @attr site - site slug (required unless `data` is set)
 * @attr server - origin of the Tuiles server (default: this page's origin)
 * @attr page - `public-home` (default) or `personal-home`
 * @attr heading-level - level of every tile's heading, 2 (default) to 6
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`, and by every tile
 * @attr theme - `light` or `dark`, passed to every tile; unset follows `prefers-color-scheme`
 * @prop {PageResponse} data - a page already fetched (admin preview): rendered without fetching
 * @prop {Date} now - clock for the tiles' relative dates
 *
 * @cssprop --tuiles-page-gap - space between tiles (falls back to --tuiles-gap, 1em)
 * @cssprop --tuiles-page-radius - corner radius of placeholders and error cards (falls back to --tuiles-radius)
 * @cssprop --tuiles-accent - and every other theme-wide property: inherited by the tiles
 *
 * @csspart page - the page wrapper (the container the columns follow)
 * @csspart grid - the grid of tiles
 * @csspart tile-error - a tile replaced by an error card
 * @csspart error - the message when the page could not be loaded (with `retry`)
 * @csspart retry - the "Réessayer" button
 * @csspart empty - "Cette page n'a pas encore de contenu"
 *
 * @fires tuiles-error - when the page fails to load; detail: `{ status }` (0: server unreachable).
 * Tiles fire nothing of their own here (they are given their data).
 */
export class TuilesPage extends LitElement {
  static override styles = [themeTokens, elementTokens('page'), hostStyles, tileStyles, pageStyles];

  static override properties: PropertyDeclarations = {
    site: { type: String },
    server: { type: String },
    page: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { type: String, reflect: true },
    data: { attribute: false },
    now: { attribute: false },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  declare site: string | undefined;
  declare server: string | undefined;
  declare page: string | undefined;
  declare headingLevel: number | undefined;
  declare theme: string | undefined;
  declare data: PageResponse | undefined;
  declare now: Date | undefined;

  private readonly pageTask = new Task<[string | undefined, PageKind], PageResponse>(this, {
    args: () => [this.data === undefined && this.site ? this.site : undefined, this.kind],
    task: async ([site, kind], { signal }) => {
      if (!site) return initialState;
      try {
        return await request<PageResponse>(pageUrl(this.server, site, kind), {
          signal,
          // Cookies only for the viewer's own page; the public page stays anonymous.
          credentials: kind === 'personal-home' ? 'include' : 'omit',
        });
      } catch (error) {
        if (!signal.aborted) {
          this.dispatchEvent(
            new CustomEvent<TuilesErrorDetail>('tuiles-error', {
              detail: { status: statusOf(error) },
              bubbles: true,
              composed: true,
            }),
          );
        }
        throw error;
      }
    },
  });

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  private get kind(): PageKind {
    return this.page === 'personal-home' ? 'personal-home' : 'public-home';
  }

  /** Fetches the page again (what the "Réessayer" button does). */
  retry(): void {
    void this.pageTask.run();
  }

  override render() {
    const lang = langOf(this);
    if (this.data !== undefined) return this.renderPage(this.data, lang);
    if (!this.site) return html`<div part="tile-error" class="tile">${errorCard(messagesFor(lang).missingAttribute('site'))}</div>`;
    return this.pageTask.render({
      initial: () => this.renderPlaceholder(lang),
      pending: () => this.renderPlaceholder(lang),
      complete: (response) => this.renderPage(response, lang),
      error: (error) => html`<div class="tile">${failure(lang, statusOf(error), () => this.retry())}</div>`,
    });
  }

  private renderPlaceholder(lang: Lang) {
    return html`<div part="page" class="page">
      <div part="grid" class="grid" aria-busy="true">
        <span class="visually-hidden">${messagesFor(lang).loading}</span>
        <div class="full skeleton placeholder-top" aria-hidden="true"></div>
        ${[1, 2, 3].map(() => html`<div class="skeleton placeholder" aria-hidden="true"></div>`)}
      </div>
    </div>`;
  }

  private renderPage(response: PageResponse, lang: Lang) {
    const tiles = response.page.tiles;
    if (tiles.length === 0) return html`<p part="empty" class="empty">${messagesFor(lang).emptyPage}</p>`;
    return html`<div part="page" class="page">
      <div part="grid" class="grid" aria-busy="false">${tiles.map((tile) => this.renderTile(tile, lang))}</div>
    </div>`;
  }

  private renderTile(tile: ResolvedTile, lang: Lang) {
    const m = messagesFor(lang);
    if (tile.error || tile.data === null) return this.errorTile(tile, m.tileUnavailable);
    const entry = entryOf(tile);
    if (!entry?.tag) return this.errorTile(tile, m.unsupported);
    if (entry.isEmpty?.(tile.data)) return nothing;
    return html(tileTemplate(entry.tag), entry.wide ? 'full' : nothing, tile.id, this.server ?? nothing, this.theme ?? nothing,
      this.headingLevel ?? nothing, tile.config, tile.data, this.now);
  }

  private errorTile(tile: ResolvedTile, message: string) {
    const title = 'title' in tile.config ? tile.config.title : undefined;
    return html`<div part="tile-error" class="tile ${entryOf(tile)?.wide ? 'full' : ''}" data-tile=${tile.id}>
      ${title ? heading(this.headingLevel ?? 2, title) : nothing} ${errorCard(message)}
    </div>`;
  }
}

/** The registry's entry for a tile's type; none for a type this version does not know (a newer server's). */
function entryOf(tile: ResolvedTile): TileTypeEntry | undefined {
  return Object.hasOwn(tileRegistry, tile.type) ? tileRegistry[tile.type] : undefined;
}

/**
 * The template of a tile element, one per tag, built once (Lit cannot bind a tag name;
 * this is what `lit/static-html.js` does, without its weight). The tag comes from the
 * registry, never from the data: nothing here can inject markup.
 */
const tileTemplates = new Map<string, TemplateStringsArray>();
function tileTemplate(tag: string): TemplateStringsArray {
  let strings = tileTemplates.get(tag);
  if (!strings) {
    const parts = [`<${tag} class=`, ' data-tile=', ' server=', ' theme=', ' heading-level=', ' .config=', ' .data=', ' .now=', `></${tag}>`];
    strings = Object.assign(parts, { raw: parts });
    tileTemplates.set(tag, strings);
  }
  return strings;
}

define('tuiles-page', TuilesPage);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-page': TuilesPage;
  }
}
