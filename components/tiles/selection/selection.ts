import { html, type PropertyDeclarations } from 'lit';
import { listParam } from '../../core/api.ts';
import type { SelectionConfig, SelectionData } from '../../../contract/tiles/selection.ts';
import { articleItem, articleSkeleton, articleStyles } from '../../core/articles.ts';
import { tileElement } from '../../core/tile-type.ts';
import { messagesFor, type Lang } from '../../core/i18n.ts';
import { TuilesTileElement } from '../../core/tile.ts';
import { tileStyles } from '../../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { selectionStyles } from './selection.styles.ts';

/**
 * Sélection d'articles ("À la une"): hand-picked articles in the admin's order, as
 * cards with their illustration on top.
 *
 * Renders the `config` and `data` it is given (by `<tuiles-page>` or a script), or,
 * with `site` and `articles`, fetches
 * `GET {server}/api/sites/{site}/tiles/selection?articles=a,b` (no credentials): the
 * articles in that order, those the visitor may not read left out by the server.
 *
 * @attr site - site slug; with `articles`, the element fetches its own data
 * @attr articles - comma-separated article ids, in the order to show them
 * @attr server - origin of the Tuiles server, to resolve relative URLs (default: this page's origin)
 * @attr heading - heading text (default: the configured title, "Sélection d'articles")
 * @attr heading-level - level of the heading, 2 (default) to 6
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<SelectionConfig>} config - the tile's config (title, showIllustration, showSummary)
 * @prop {SelectionData | null} data - resolved articles; null shows an error card
 *
 * @cssprop --tuiles-selection-accent - link colour (falls back to --tuiles-accent, #0b5cad)
 * @cssprop --tuiles-selection-surface - card background (falls back to --tuiles-surface)
 * @cssprop --tuiles-selection-text - text colour (falls back to --tuiles-text)
 * @cssprop --tuiles-selection-muted - empty state (falls back to --tuiles-muted)
 * @cssprop --tuiles-selection-border - card colour (falls back to --tuiles-border)
 * @cssprop --tuiles-selection-radius - corner radius (falls back to --tuiles-radius, 0.5em)
 * @cssprop --tuiles-selection-padding - card padding (falls back to --tuiles-padding, 1em)
 * @cssprop --tuiles-selection-gap - space between cards (falls back to --tuiles-gap, 1em)
 * @cssprop --tuiles-selection-font - font family (falls back to --tuiles-font, system-ui)
 * @cssprop --tuiles-selection-focus - focus ring colour (falls back to --tuiles-focus)
 *
 * @csspart tile - the card around the tile
 * @csspart heading - the tile's heading
 * @csspart list - the `<ul>` of articles
 * @csspart item - one article
 * @csspart title - an article's title
 * @csspart link - the link to an article
 * @csspart summary - résumé
 * @csspart illustration - illustration (`<img>`, cropped 16:9)
 * @csspart empty - "Aucun article sélectionné pour le moment"
 * @csspart error - error card
 */
export class TuilesSelection extends TuilesTileElement<SelectionConfig, SelectionData> {
  static override styles = [themeTokens, elementTokens('selection'), hostStyles, tileStyles, articleStyles, selectionStyles];

  static override properties: PropertyDeclarations = {
    articles: { type: String },
  };

  declare articles: string | undefined;

  protected readonly tileType = 'selection';

  protected override requiredAttributes(): string[] {
    return ['articles'];
  }

  protected override query() {
    return { articles: listParam(this.articles) };
  }


  protected renderContent(config: SelectionConfig, data: SelectionData, lang: Lang) {
    if (data.items.length === 0) {
      return html`<p part="empty" class="empty">${messagesFor(lang).emptySelection}</p>`;
    }
    const display = {
      ...config,
      showDates: false,
      lang,
      now: this.clock,
      server: this.server,
      headingLevel: this.headingLevel ?? 2,
      imageSize: { width: 480, height: 270 },
    };
    return html`<ul part="list" class="list">
      ${data.items.map((item) => articleItem(item, display))}
    </ul>`;
  }

  protected renderSkeleton(config: SelectionConfig) {
    return html`<ul class="list" aria-hidden="true">
      ${Array.from({ length: 3 }, () => articleSkeleton({ ...config, showDates: false }))}
    </ul>`;
  }
}

/** The `selection` tile type (`<tuiles-selection>`), listed in components/tiles/registry.ts. */
export const selectionTile = tileElement('selection', TuilesSelection);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-selection': TuilesSelection;
  }
}
