import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import type { TopConfig, TopData } from '../../../contract/tiles/top.ts';
import type { Illustration } from '../../../contract/items.ts';
import { resolveLink, resolveSrcset, resolveUrl } from '../../core/api.ts';
import { tileElement } from '../../core/tile-type.ts';
import { langOf, messagesFor } from '../../core/i18n.ts';
import { clampLevel, errorCard, heading } from '../../core/templates.ts';
import { tileStyles } from '../../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { topStyles } from './top.styles.ts';

/** An illustration that may come with ready-made widths (`srcset` syntax), when the server has them. */
export type TopImage = Illustration & { srcset?: string };

/**
 * Tuile haute: one wide image (2000×453 recommended) across the top of a page,
 * optionally linked to an article whose title and résumé sit on a white band over
 * the image; the whole band is one link.
 *
 * Renders the `data` it is given (by `<tuiles-page>` or a script); it does not fetch on
 * its own. The image is a plain `<img>`, so animated GIFs play as uploaded. When the
 * viewer may not read the linked article the server sends `article: null` and the
 * tile shows the image alone, with no link and no hint.
 *
 * @attr server - origin of the Tuiles server, to resolve relative URLs (default: this page's origin)
 * @attr heading-level - level of the article title's heading, 2 (default) to 6
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<TopConfig>} config - the tile's config (unused for rendering; accepted for symmetry)
 * @prop {TopData | null} data - `{ image, article }`; `image: null` renders nothing; `null` an error card
 *
 * @cssprop --tuiles-top-band - background of the article band (default #fff)
 * @cssprop --tuiles-top-band-text - text colour of the band (default #1d2430)
 * @cssprop --tuiles-top-band-accent - colour of the article title (default #0b5cad)
 * @cssprop --tuiles-top-radius - corner radius (falls back to --tuiles-radius, 0.5em)
 * @cssprop --tuiles-top-font - font family (falls back to --tuiles-font, system-ui)
 * @cssprop --tuiles-top-focus - focus ring colour (falls back to --tuiles-focus)
 *
 * @csspart tile - the image and its band
 * @csspart image - the `<img>`
 * @csspart band - the band over the image (a link when the article is readable)
 * @csspart link - the same band, when it is a link
 * @csspart title - the linked article's title
 * @csspart summary - the linked article's résumé
 * @csspart error - error card, when the tile could not be resolved
 */
export class TuilesTop extends LitElement {
  static override styles = [
    themeTokens,
    elementTokens('top'),
    hostStyles,
    tileStyles,
    topStyles,
  ];

  static override properties: PropertyDeclarations = {
    server: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { type: String, reflect: true },
    config: { attribute: false },
    data: { attribute: false },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  declare server: string | undefined;
  declare headingLevel: number | undefined;
  declare theme: string | undefined;
  declare config: Partial<TopConfig> | undefined;
  declare data: TopData | null | undefined;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override render() {
    if (this.data === undefined) return nothing;
    if (this.data === null) {
      return html`<div part="tile" class="tile">${errorCard(messagesFor(langOf(this)).tileUnavailable)}</div>`;
    }
    const { image, article } = this.data;
    if (!image) return nothing;
    const img = image as TopImage;
    return html`<div part="tile" class="top">
      <img
        part="image"
        class="image"
        src=${resolveUrl(img.url, this.server)}
        srcset=${img.srcset ? resolveSrcset(img.srcset, this.server) : nothing}
        sizes=${img.srcset ? '100vw' : nothing}
        alt=${img.alt ?? ''}
        width="2000"
        height="453"
        decoding="async"
        fetchpriority="high"
      />
      ${article ? this.renderBand(article) : nothing}
    </div>`;
  }

  private renderBand(article: NonNullable<TopData['article']>) {
    const level = clampLevel(this.headingLevel);
    const content = html`${heading(level, article.title, 'title', 'title')}
    ${article.summary ? html`<p part="summary" class="summary">${article.summary}</p>` : nothing}`;
    const href = resolveLink(article.url, this.server);
    return href
      ? html`<a part="band link" class="band" href=${href}>${content}</a>`
      : html`<div part="band" class="band">${content}</div>`;
  }
}

/** The `top` tile type (`<tuiles-top>`), listed in components/tiles/registry.ts. */
export const topTile = tileElement('top', TuilesTop, { wide: true, isEmpty: (data) => !data.image });

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-top': TuilesTop;
  }
}
