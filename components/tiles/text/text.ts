import { html, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { TextConfig, TextData } from '../../../contract/tiles/text.ts';
import { resolveUrl } from '../../core/api.ts';
import { tileElement } from '../../core/tile-type.ts';
import { TuilesTileElement } from '../../core/tile.ts';
import { tileStyles } from '../../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { textStyles } from './text.styles.ts';

/**
 * Texte libre: fixed rich text and links written by the site's admins.
 *
 * Renders the `data` it is given; it does not fetch on its own. Only `data.html` is
 * rendered, never `config.html`: the former is what the server's sanitizer returned.
 *
 * @attr server - origin of the Tuiles server: relative links and images in the text point there
 * @attr heading - heading text (default: the configured title, "Informations")
 * @attr heading-level - level of the heading, 2 (default) to 6
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<TextConfig>} config - the tile's config (title)
 * @prop {TextData | null} data - the sanitized HTML; null shows an error card
 *
 * @cssprop --tuiles-text-accent - link colour (falls back to --tuiles-accent, #0b5cad)
 * @cssprop --tuiles-text-surface - card background (falls back to --tuiles-surface)
 * @cssprop --tuiles-text-text - text colour (falls back to --tuiles-text)
 * @cssprop --tuiles-text-border - card colour (falls back to --tuiles-border)
 * @cssprop --tuiles-text-radius - corner radius (falls back to --tuiles-radius, 0.5em)
 * @cssprop --tuiles-text-padding - card padding (falls back to --tuiles-padding, 1em)
 * @cssprop --tuiles-text-font - font family (falls back to --tuiles-font, system-ui)
 *
 * @csspart tile - the card
 * @csspart heading - the tile's heading
 * @csspart content - the rich text
 * @csspart error - error card
 */
export class TuilesText extends TuilesTileElement<TextConfig, TextData> {
  static override styles = [themeTokens, elementTokens('text'), hostStyles, tileStyles, textStyles];

  protected readonly tileType = 'text';


  protected renderContent(_config: TextConfig, data: TextData) {
    // unsafeHTML is safe here only because the server sanitized this HTML with
    // DOMPurify when the tile was saved and again when resolved (contract/tiles/text.ts:
    // no script, no event handler, no javascript: URL, no unlisted iframe). Never pass
    // it anything that did not come out of the server's `data.html`.
    return html`<div part="content" class="content">${unsafeHTML(data.html)}</div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The admins' links ("/sites/…/articles/…") are relative to the Tuiles server; on a
    // third-party site they would point at that site. Anchor them to the server.
    if (!this.server) return;
    for (const node of this.renderRoot.querySelectorAll<HTMLElement>('.content [href], .content [src]')) {
      for (const name of ['href', 'src']) {
        const value = node.getAttribute(name);
        if (value && !/^[a-z][a-z0-9+.-]*:|^#/i.test(value)) node.setAttribute(name, resolveUrl(value, this.server));
      }
    }
  }

  protected renderSkeleton() {
    return html`<div class="skeleton" style="height: 4em" aria-hidden="true"></div>`;
  }
}

/** The `text` tile type (`<tuiles-text>`), listed in components/tiles/registry.ts. */
export const textTile = tileElement('text', TuilesText);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-text': TuilesText;
  }
}
