import { html, type PropertyDeclarations } from 'lit';
import type { NewsConfig, NewsData } from '../../../contract/tiles/news.ts';
import { listParam } from '../../core/api.ts';
import { articleItem, articleSkeleton, articleStyles } from '../../core/articles.ts';
import { tileElement } from '../../core/tile-type.ts';
import type { Lang } from '../../core/i18n.ts';
import { messagesFor } from '../../core/i18n.ts';
import { TuilesTileElement } from '../../core/tile.ts';
import { tileStyles } from '../../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { newsStyles } from './news.styles.ts';

/**
 * Actualités: the latest articles of one or more rubriques, newest activity first.
 *
 * Inside `<tuiles-page>` it renders the `config` and `data` it is given; on its own,
 * with `site` and `rubriques`, it fetches
 * `GET {server}/api/sites/{site}/tiles/news?rubriques=a,b&limit=N` (no credentials).
 *
 * @attr site - site slug; with `rubriques`, the element fetches its own data
 * @attr server - origin of the Tuiles server (default: this page's origin)
 * @attr rubriques - comma-separated rubrique slugs
 * @attr limit - how many articles to show (1 to 50; default 6)
 * @attr heading - heading text (default: the configured title, "Actualités")
 * @attr heading-level - level of the heading, 2 (default) to 6
 * @attr hide-dates - hide publication dates
 * @attr hide-illustration - hide illustrations
 * @attr hide-summary - hide résumés
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<NewsConfig>} config - the tile's config (title, max, show* flags)
 * @prop {NewsData | null} data - resolved articles; null shows an error card
 * @prop {Date} now - clock for relative dates ("il y a 2 h")
 *
 * @cssprop --tuiles-news-accent - link colour (falls back to --tuiles-accent, #0b5cad)
 * @cssprop --tuiles-news-surface - card background (falls back to --tuiles-surface)
 * @cssprop --tuiles-news-text - text colour (falls back to --tuiles-text)
 * @cssprop --tuiles-news-muted - dates, empty state (falls back to --tuiles-muted)
 * @cssprop --tuiles-news-border - card and separator colour (falls back to --tuiles-border)
 * @cssprop --tuiles-news-radius - corner radius (falls back to --tuiles-radius, 0.5em)
 * @cssprop --tuiles-news-padding - card padding (falls back to --tuiles-padding, 1em)
 * @cssprop --tuiles-news-font - font family (falls back to --tuiles-font, system-ui)
 * @cssprop --tuiles-news-focus - focus ring colour (falls back to --tuiles-focus)
 *
 * @csspart tile - the card
 * @csspart heading - the tile's heading
 * @csspart list - the `<ul>` of articles
 * @csspart item - one article
 * @csspart title - an article's title (heading one level below the tile's)
 * @csspart link - the link to an article
 * @csspart date - publication date (`<time>`)
 * @csspart summary - résumé
 * @csspart illustration - illustration (`<img>`, cropped 4:3)
 * @csspart empty - "Aucune actualité pour le moment"
 * @csspart error - error message (with `retry` when loading failed)
 * @csspart retry - the "Réessayer" button
 *
 * @fires tuiles-error - when loading fails; detail: `{ status }` (0: server unreachable)
 */
export class TuilesNews extends TuilesTileElement<NewsConfig, NewsData> {
  static override styles = [themeTokens, elementTokens('news'), hostStyles, tileStyles, articleStyles, newsStyles];

  static override properties: PropertyDeclarations = {
    rubriques: { type: String },
    limit: { type: Number },
    hideDates: { type: Boolean, attribute: 'hide-dates' },
    hideIllustration: { type: Boolean, attribute: 'hide-illustration' },
    hideSummary: { type: Boolean, attribute: 'hide-summary' },
  };

  declare rubriques: string | undefined;
  declare limit: number | undefined;
  declare hideDates: boolean;
  declare hideIllustration: boolean;
  declare hideSummary: boolean;

  protected readonly tileType = 'news';


  protected override requiredAttributes(): string[] {
    return ['rubriques'];
  }

  protected override query() {
    return { rubriques: listParam(this.rubriques), limit: this.limit };
  }

  protected override overrides(): Partial<NewsConfig> {
    const o: Partial<NewsConfig> = {};
    if (this.limit) o.max = this.limit;
    if (this.hideDates) o.showDates = false;
    if (this.hideIllustration) o.showIllustration = false;
    if (this.hideSummary) o.showSummary = false;
    return o;
  }

  protected renderContent(config: NewsConfig, data: NewsData, lang: Lang) {
    const items = data.items.slice(0, config.max);
    if (items.length === 0) return html`<p part="empty" class="empty">${messagesFor(lang).emptyNews}</p>`;
    const display = {
      ...config,
      lang,
      now: this.clock,
      server: this.server,
      headingLevel: this.headingLevel ?? 2,
      imageSize: { width: 160, height: 120 },
    };
    return html`<ul part="list" class="list">
      ${items.map((item) => articleItem(item, display))}
    </ul>`;
  }

  protected renderSkeleton(config: NewsConfig) {
    const count = Math.min(this.limit ?? 3, config.max);
    return html`<ul class="list" aria-hidden="true">
      ${Array.from({ length: count }, () => articleSkeleton(config))}
    </ul>`;
  }
}

/** The `news` tile type (`<tuiles-news>`), listed in components/tiles/registry.ts. */
export const newsTile = tileElement('news', TuilesNews);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-news': TuilesNews;
  }
}
