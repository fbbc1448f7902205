import { html, nothing } from 'lit';
import type { FluxConfig, FluxData } from '../../../contract/tiles/flux.ts';
import { resolveLink } from '../../core/api.ts';
import { formatDay } from '../../core/dates.ts';
import { tileElement } from '../../core/tile-type.ts';
import type { Lang, Messages } from '../../core/i18n.ts';
import { errorCard, itemHeading } from '../../core/templates.ts';
import { TuilesTileElement } from '../../core/tile.ts';
import { linkedItemStyles, tileStyles } from '../../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { feedListStyles } from './flux.styles.ts';

const words = {
  fr: { title: 'Flux externe', empty: 'Aucun article dans ce flux pour le moment', source: 'Source :' },
  en: { title: 'External feed', empty: 'Nothing in this feed yet', source: 'Source:' },
};

/**
 * Flux externe: the latest items of an external RSS or Atom feed (a town hall's news,
 * a PeerTube or Mastodon channel): title, date and link, then the feed's name. The
 * Tuiles server reads the feed; the visitor's browser only follows a link they click.
 * A feed the server could not read shows why (`data.problem`), in the tile's place.
 *
 * Renders the `config` and `data` it is given (by `<tuiles-page>` or a script); it has
 * no stand-alone fetch.
 *
 * @attr heading - heading text (default: the configured title, "Flux externe")
 * @attr heading-level - level of the heading, 2 (default) to 6
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<FluxConfig>} config - the tile's config (title, max)
 * @prop {FluxData | null} data - the feed's items, or why it could not be read; null shows an error card
 * @prop {Date} now - clock for dates
 *
 * @cssprop --tuiles-flux-accent - link colour (falls back to --tuiles-accent)
 * @cssprop --tuiles-flux-surface - card background (falls back to --tuiles-surface)
 * @cssprop --tuiles-flux-text - text colour (falls back to --tuiles-text)
 * @cssprop --tuiles-flux-muted - dates and source (falls back to --tuiles-muted)
 *
 * @csspart tile - the card
 * @csspart heading - the tile's heading
 * @csspart list - the `<ul>` of items
 * @csspart item - one item
 * @csspart link - an item's link
 * @csspart date - an item's date
 * @csspart source - the feed's name, under the list
 * @csspart empty - "Aucun article dans ce flux pour le moment"
 * @csspart error - why the feed could not be read
 */
export class TuilesFlux extends TuilesTileElement<FluxConfig, FluxData> {
  static override styles = [themeTokens, elementTokens('flux'), hostStyles, tileStyles, linkedItemStyles, feedListStyles];

  protected readonly tileType = 'flux';


  protected renderContent(config: FluxConfig, data: FluxData, lang: Lang) {
    const w = words[lang];
    if (data.problem) return errorCard(data.problem);
    const items = data.items.slice(0, config.max);
    const level = this.headingLevel ?? 2;
    const source = data.source;
    const sourceLink = resolveLink(source?.link);
    return html`${items.length === 0
        ? html`<p part="empty" class="empty">${w.empty}</p>`
        : html`<ul part="list" class="list">
            ${items.map((item) => {
              const href = resolveLink(item.url);
              const title = href ? html`<a part="link" href=${href} rel="noopener noreferrer">${item.title}</a>` : item.title;
              return html`<li part="item" class="item">
                ${itemHeading(level, title)}
                ${item.date ? html`<time part="date" class="meta" datetime=${item.date}>${formatDay(item.date, lang, this.clock)}</time>` : nothing}
              </li>`;
            })}
          </ul>`}
      ${source
        ? html`<p part="source" class="source">
            ${w.source} ${sourceLink ? html`<a href=${sourceLink} rel="noopener noreferrer">${source.title}</a>` : source.title}
          </p>`
        : nothing}`;
  }

  protected renderSkeleton() {
    return html`<div aria-hidden="true">${[1, 2, 3].map(() => html`<div class="skeleton line"></div>`)}</div>`;
  }
}

/** The `flux` tile type (`<tuiles-flux>`), listed in components/tiles/registry.ts. */
export const fluxTile = tileElement('flux', TuilesFlux);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-flux': TuilesFlux;
  }
}
