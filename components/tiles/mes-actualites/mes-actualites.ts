import { html, nothing } from 'lit';
import type { MesActualitesConfig, MesActualitesData, MesActualitesItem } from '../../../contract/tiles/mes-actualites.ts';
import { resolveLink } from '../../core/api.ts';
import { formatPublished } from '../../core/dates.ts';
import { tileElement } from '../../core/tile-type.ts';
import type { Lang, Messages } from '../../core/i18n.ts';
import { errorCard, itemHeading } from '../../core/templates.ts';
import { TuilesTileElement } from '../../core/tile.ts';
import { linkedItemStyles, tileStyles } from '../../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { feedListStyles } from '../flux/flux.styles.ts';

const words = {
  fr: {
    title: 'Mes actualités',
    empty: 'Aucune actualité pour le moment',
    choose: 'Choisissez les rubriques et les flux que vous voulez suivre dans « Personnaliser ma page ».',
    school: "De l'établissement",
    problem: (name: string, message: string) => `${name} : ${message}`,
  },
  en: {
    title: 'My news',
    empty: 'No news yet',
    choose: 'Choose the sections and feeds you follow in “Customise my page”.',
    school: 'From the school',
    problem: (name: string, message: string) => `${name}: ${message}`,
  },
};

/**
 * Mes actualités (personal page): the newest articles of the rubriques the viewer
 * follows and the items of the external feeds they added, in one list, newest first.
 * Each item says where it comes from; a feed the server could not read is named, with
 * why, under the list, and the rest still shows.
 *
 * Renders the `config` and `data` `<tuiles-page page="personal-home">` gives it.
 *
 * @attr server - origin of the Tuiles server, for the articles' links (default: this page's origin)
 * @attr heading - heading text (default: the configured title, "Mes actualités")
 * @attr heading-level - level of the heading, 2 (default) to 6
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<MesActualitesConfig>} config - the tile's config (title, max)
 * @prop {MesActualitesData | null} data - the items and the feeds' problems; null shows an error card
 * @prop {Date} now - clock for relative dates
 *
 * @csspart tile - the card
 * @csspart heading - the tile's heading
 * @csspart list - the `<ul>` of items
 * @csspart item - one item
 * @csspart link - an item's link
 * @csspart date - an item's date and source
 * @csspart empty - no item (or the invitation to choose)
 * @csspart error - a feed that could not be read
 */
export class TuilesMesActualites extends TuilesTileElement<MesActualitesConfig, MesActualitesData> {
  static override styles = [themeTokens, elementTokens('mes-actualites'), hostStyles, tileStyles, linkedItemStyles, feedListStyles];

  protected readonly tileType = 'mes-actualites';


  private item(entry: MesActualitesItem, lang: Lang) {
    const w = words[lang];
    const level = this.headingLevel ?? 2;
    const [title, url, source] =
      entry.kind === 'article' ? [entry.article.title, resolveLink(entry.article.url, this.server), w.school] : [entry.item.title, resolveLink(entry.item.url), entry.source];
    const external = entry.kind === 'external';
    const link = url ? html`<a part="link" href=${url} rel=${external ? 'noopener noreferrer' : nothing}>${title}</a>` : title;
    return html`<li part="item" class="item">
      ${itemHeading(level, link)}
      <span part="date" class="meta"
        >${entry.date ? html`<time datetime=${entry.date}>${formatPublished(entry.date, lang, this.clock)}</time> · ` : nothing}${source}</span
      >
    </li>`;
  }

  protected renderContent(config: MesActualitesConfig, data: MesActualitesData, lang: Lang) {
    const w = words[lang];
    const items = data.items.slice(0, config.max);
    return html`${items.length === 0
        ? html`<p part="empty" class="empty">${data.chosen ? w.empty : w.choose}</p>`
        : html`<ul part="list" class="list">
            ${items.map((entry) => this.item(entry, lang))}
          </ul>`}
      ${data.problems.length > 0
        ? html`<div class="problems">${data.problems.map((p) => errorCard(w.problem(p.url, p.message)))}</div>`
        : nothing}`;
  }

  protected renderSkeleton() {
    return html`<div aria-hidden="true">${[1, 2, 3].map(() => html`<div class="skeleton line"></div>`)}</div>`;
  }
}

/** The `mes-actualites` tile type (`<tuiles-mes-actualites>`), listed in components/tiles/registry.ts. */
export const mesActualitesTile = tileElement('mes-actualites', TuilesMesActualites);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-mes-actualites': TuilesMesActualites;
  }
}
