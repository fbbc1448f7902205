import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { Task, initialState } from '@lit/task';
import type { PageResponse } from '../../contract/api.ts';
import type { PageKind } from '../../contract/vocabulary.ts';
import type { ResolvedTile } from '../../contract/tiles/index.ts';
import { getJson, pageUrl, statusOf } from '../core/api.ts';
import { define } from '../core/define.ts';
import { langOf, messagesFor, type Lang } from '../core/i18n.ts';
import { errorCard, failure, heading } from '../core/templates.ts';
import type { TuilesErrorDetail } from '../core/tile.ts';
import { tileStyles } from '../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../core/tokens.ts';
import { pageStyles } from './page.styles.ts';
import '../tiles/top/top.ts';
import '../tiles/news/news.ts';
import '../tiles/selection/selection.ts';
import '../tiles/agenda/agenda.ts';
import '../tiles/embed/embed.ts';
import '../tiles/text/text.ts';
import '../tiles/portal/portal.ts';
import '../tiles/flux/flux.ts';
import '../tiles/mes-actualites/mes-actualites.ts';

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
        return await getJson<PageResponse>(pageUrl(this.server, site, kind), {
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
    const level = this.headingLevel ?? nothing;
    const theme = this.theme ?? nothing;
    switch (tile.type) {
      case 'top':
        if (!tile.data.image) return nothing;
        return html`<tuiles-top class="full" data-tile=${tile.id} server=${this.server ?? nothing} theme=${theme}
          heading-level=${level} .config=${tile.config} .data=${tile.data}></tuiles-top>`;
      case 'news':
        return html`<tuiles-news data-tile=${tile.id} server=${this.server ?? nothing} theme=${theme}
          heading-level=${level} .config=${tile.config} .data=${tile.data} .now=${this.now}></tuiles-news>`;
      case 'selection':
        return html`<tuiles-selection data-tile=${tile.id} server=${this.server ?? nothing} theme=${theme}
          heading-level=${level} .config=${tile.config} .data=${tile.data} .now=${this.now}></tuiles-selection>`;
      case 'agenda':
        return html`<tuiles-agenda data-tile=${tile.id} server=${this.server ?? nothing} theme=${theme}
          heading-level=${level} .config=${tile.config} .data=${tile.data} .now=${this.now}></tuiles-agenda>`;
      case 'embed':
        return html`<tuiles-embed data-tile=${tile.id} theme=${theme} heading-level=${level} .config=${tile.config}
          .data=${tile.data}></tuiles-embed>`;
      case 'text':
        return html`<tuiles-text data-tile=${tile.id} server=${this.server ?? nothing} theme=${theme} heading-level=${level} .config=${tile.config}
          .data=${tile.data}></tuiles-text>`;
      case 'portal':
        return html`<tuiles-portal data-tile=${tile.id} server=${this.server ?? nothing} theme=${theme}
          heading-level=${level} .config=${tile.config} .data=${tile.data}></tuiles-portal>`;
      case 'flux':
        return html`<tuiles-flux data-tile=${tile.id} theme=${theme} heading-level=${level} .config=${tile.config}
          .data=${tile.data} .now=${this.now}></tuiles-flux>`;
      case 'mes-actualites':
        return html`<tuiles-mes-actualites data-tile=${tile.id} server=${this.server ?? nothing} theme=${theme}
          heading-level=${level} .config=${tile.config} .data=${tile.data} .now=${this.now}></tuiles-mes-actualites>`;
      default:
        return this.errorTile(tile, m.unsupported);
    }
  }

  private errorTile(tile: ResolvedTile, message: string) {
    const title = 'title' in tile.config ? tile.config.title : undefined;
    return html`<div part="tile-error" class="tile ${tile.type === 'top' ? 'full' : ''}" data-tile=${tile.id}>
      ${title ? heading(this.headingLevel ?? 2, title) : nothing} ${errorCard(message)}
    </div>`;
  }
}

define('tuiles-page', TuilesPage);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-page': TuilesPage;
  }
}
