import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Task, initialState } from '@lit/task';
import type { AnnonceItem, AnnoncesConfig, AnnoncesData } from '../../../contract/tiles/annonces.ts';
import type { AnnonceKind } from '../../../contract/annonces.ts';
import { request, resolveLink, resolveUrl, serverBase, statusOf } from '../../core/api.ts';
import { tileElement } from '../../core/tile-type.ts';
import type { Lang, Messages } from '../../core/i18n.ts';
import { messagesFor } from '../../core/i18n.ts';
import { TuilesTileElement } from '../../core/tile.ts';
import { tileStyles } from '../../core/tile.styles.ts';
import { itemHeading, failure } from '../../core/templates.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { annoncesStyles, kindTokens } from './annonces.styles.ts';

const words = {
  fr: {
    title: 'Annonces',
    kinds: { information: 'Information', avertissement: 'Avertissement', alerte: 'Alerte' } as Record<AnnonceKind, string>,
    unread: 'Non lue',
    markRead: 'Marquer comme lu',
    marked: (title: string) => `Annonce « ${title} » marquée comme lue.`,
    markFailed: "L'annonce n'a pas pu être marquée comme lue. Réessayez.",
    more: 'En savoir plus',
    empty: 'Aucune annonce pour le moment',
  },
  en: {
    title: 'Announcements',
    kinds: { information: 'Information', avertissement: 'Warning', alerte: 'Alert' } as Record<AnnonceKind, string>,
    unread: 'Unread',
    markRead: 'Mark as read',
    marked: (title: string) => `“${title}” marked as read.`,
    markFailed: 'The announcement could not be marked as read. Please retry.',
    more: 'Read more',
    empty: 'No announcements yet',
  },
};

/** Icons, one shape per kind (hidden from screen readers: the word says it). */
const icons: Record<AnnonceKind, TemplateResult> = {
  // A circled "i".
  information: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 6v8h2v-8h-2Zm0-4v2h2V6h-2Z"/></svg>`,
  // A triangle with "!".
  avertissement: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2 1 21h22L12 2Zm0 4.3L19.5 19h-15L12 6.3ZM11 10v5h2v-5h-2Zm0 6v2h2v-2h-2Z"/></svg>`,
  // An octagon with "!".
  alerte: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9L7.9 2Zm3.1 5v7h2V7h-2Zm0 9v2h2v-2h-2Z"/></svg>`,
};

/**
 * Annonces (communication ciblée): the viewer's current annonces, alertes first, then
 * unread before read. Each kind has its colour, its icon and its word. « Marquer comme
 * lu » posts to the item's `readUrl` with the viewer's cookies, then shows it read.
 *
 * Inside `<tuiles-page page="personal-home">` it renders the `data` it is given; on its
 * own, with `site`, it fetches `GET {server}/api/sites/{site}/annonces/current` with
 * credentials (it is about the logged-in viewer).
 *
 * @attr site - site slug; without `data`, the element fetches the viewer's annonces
 * @attr server - origin of the Tuiles server (default: this page's origin)
 * @attr heading - heading text (default: the configured title, "Annonces")
 * @attr heading-level - level of the heading, 2 (default) to 6
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<AnnoncesConfig>} config - title, max
 * @prop {AnnoncesData | null} data - resolved annonces; null shows an error card
 *
 * @cssprop --tuiles-annonces-accent - links, button, unread dot (falls back to --tuiles-accent)
 * @cssprop --tuiles-annonces-surface - card background (falls back to --tuiles-surface)
 * @cssprop --tuiles-annonces-text - text colour (falls back to --tuiles-text)
 *
 * @csspart tile - the card
 * @csspart heading - the tile's heading
 * @csspart list - the `<ul>` of annonces
 * @csspart item - one annonce (class `information`, `avertissement` or `alerte`; `read` once read)
 * @csspart kind - the kind's badge: icon and word
 * @csspart unread - the « Non lue » mark
 * @csspart title - an annonce's title
 * @csspart body - its text
 * @csspart illustration - its image
 * @csspart link - « En savoir plus »
 * @csspart mark-read - the « Marquer comme lu » button
 * @csspart empty - "Aucune annonce pour le moment"
 * @csspart error - error message
 *
 * @fires tuiles-annonce-read - an annonce was marked read; detail: `{ id }`
 * @fires tuiles-error - when loading fails; detail: `{ status }` (0: server unreachable)
 */
export class TuilesAnnonces extends TuilesTileElement<AnnoncesConfig, AnnoncesData> {
  static override styles = [themeTokens, elementTokens('annonces'), kindTokens, hostStyles, tileStyles, annoncesStyles];

  static override properties: PropertyDeclarations = {
    marked: { state: true },
    busy: { state: true },
    failed: { state: true },
    announcement: { state: true },
  };

  /** Ids marked read here since the data came. */
  declare marked: ReadonlySet<string>;
  declare busy: ReadonlySet<string>;
  declare failed: string | null;
  declare announcement: string;

  protected readonly tileType = 'annonces';

  constructor() {
    super();
    this.marked = new Set();
    this.busy = new Set();
    this.failed = null;
    this.announcement = '';
  }

  private readonly ownTask = new Task<[string | undefined], { config: Partial<AnnoncesConfig>; data: AnnoncesData | null }>(this, {
    args: () => [this.data === undefined && this.site ? `${serverBase(this.server)}/api/sites/${encodeURIComponent(this.site)}/annonces/current` : undefined],
    task: async ([url], { signal }) => {
      if (!url) return initialState;
      try {
        const body = await request<{ tile: { config: Partial<AnnoncesConfig>; data: AnnoncesData | null } }>(url, { signal, credentials: 'include' });
        return body.tile;
      } catch (error) {
        if (!signal.aborted) {
          this.dispatchEvent(new CustomEvent('tuiles-error', { detail: { status: statusOf(error) }, bubbles: true, composed: true }));
        }
        throw error;
      }
    },
  });

  override retry(): void {
    void this.ownTask.run();
  }

  override render(): unknown {
    const lang = this.lang_;
    if (this.data !== undefined || !this.site) return super.render();
    const config = this.resolveConfig(this.config, lang);
    return this.ownTask.render({
      initial: () => this.frame(config, this.renderSkeleton(config), true),
      pending: () => this.frame(config, this.renderSkeleton(config), true),
      complete: (tile) => this.renderTile(this.resolveConfig({ ...tile.config, ...this.config }, lang), tile.data, lang),
      error: (error) => this.frame(config, failure(lang, statusOf(error), () => this.retry())),
    });
  }

  private async markRead(item: AnnonceItem): Promise<void> {
    if (this.busy.has(item.id)) return;
    const w = words[this.lang_];
    this.busy = new Set([...this.busy, item.id]);
    this.failed = null;
    try {
      await request(resolveUrl(item.readUrl, this.server), { method: 'POST', credentials: 'include' });
      this.marked = new Set([...this.marked, item.id]);
      this.announcement = w.marked(item.title);
      this.dispatchEvent(new CustomEvent('tuiles-annonce-read', { detail: { id: item.id }, bubbles: true, composed: true }));
      await this.updateComplete;
      // The button is gone: keep the keyboard where the reader was, on the annonce.
      this.shadowRoot?.querySelector<HTMLElement>(`[data-annonce="${CSS.escape(item.id)}"]`)?.focus();
    } catch {
      this.failed = item.id;
      this.announcement = w.markFailed;
    } finally {
      const busy = new Set(this.busy);
      busy.delete(item.id);
      this.busy = busy;
    }
  }

  private renderItem(item: AnnonceItem, lang: Lang): TemplateResult {
    const w = words[lang];
    const read = item.read || this.marked.has(item.id);
    const titleId = `annonce-${item.id}`;
    const link = resolveLink(item.url, this.server);
    const image = item.illustration ? resolveLink(item.illustration.url, this.server) : undefined;
    return html`<li
      part="item"
      class="item ${item.kind} ${read ? 'read' : 'unread-item'}"
      data-annonce=${item.id}
      tabindex="-1"
      aria-labelledby=${titleId}
    >
      <div class="meta">
        <span part="kind" class="kind">${icons[item.kind]}<span>${w.kinds[item.kind]}</span></span>
        ${read ? nothing : html`<span part="unread" class="unread">${w.unread}</span>`}
      </div>
      ${itemHeading(this.headingLevel ?? 2, html`<span id=${titleId}>${item.title}</span>`)}
      ${image && item.illustration
        ? html`<img part="illustration" class="illustration" src=${image} alt=${item.illustration.alt}
            width=${item.illustration.width ?? nothing} height=${item.illustration.height ?? nothing} loading="lazy" />`
        : nothing}
      <div part="body" class="body">${unsafeHTML(item.body)}</div>
      <div class="actions">
        ${link
          ? html`<a part="link" class="more" href=${link} target=${item.external ? '_blank' : nothing} rel=${item.external ? 'noopener' : nothing}
              >${w.more}<span class="visually-hidden"> : ${item.title}${item.external ? ` ${messagesFor(lang).newWindow}` : ''}</span></a
            >`
          : nothing}
        ${read
          ? nothing
          : html`<button part="mark-read" type="button" ?disabled=${this.busy.has(item.id)} @click=${() => this.markRead(item)}>
              ${w.markRead}<span class="visually-hidden"> : ${item.title}</span>
            </button>`}
      </div>
      ${this.failed === item.id ? html`<p class="failed">${w.markFailed}</p>` : nothing}
    </li>`;
  }

  protected renderContent(config: AnnoncesConfig, data: AnnoncesData, lang: Lang) {
    const items = data.items.slice(0, config.max);
    const live = html`<p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`;
    if (items.length === 0) return html`<p part="empty" class="empty">${words[lang].empty}</p>${live}`;
    return html`<ul part="list" class="list">
        ${items.map((item) => this.renderItem(item, lang))}
      </ul>
      ${live}`;
  }

  protected renderSkeleton(config: AnnoncesConfig) {
    return html`<div class="list" aria-hidden="true">
      ${Array.from({ length: Math.min(2, config.max) }, () => html`<div class="skeleton-item"></div>`)}
    </div>`;
  }
}

/** The `annonces` tile type (`<tuiles-annonces>`), listed in components/tiles/registry.ts. */
export const annoncesTile = tileElement('annonces', TuilesAnnonces);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-annonces': TuilesAnnonces;
  }
}
