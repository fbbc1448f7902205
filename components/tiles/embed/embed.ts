import { html, nothing } from 'lit';
import type { EmbedConfig, EmbedData } from '../../../contract/tiles/embed.ts';
import { tileElement } from '../../core/tile-type.ts';
import { messagesFor, type Lang } from '../../core/i18n.ts';
import { errorCard } from '../../core/templates.ts';
import { TuilesTileElement } from '../../core/tile.ts';
import { tileStyles } from '../../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { embedStyles } from './embed.styles.ts';

/**
 * Outil externe: an allowlisted tool (Peertube, Digipad, Pearltrees, Genially) in a
 * sandboxed iframe. The server checked the URL against the allowlist and chose the
 * `sandbox` and `allow` tokens the provider needs; the element only applies them,
 * loads the frame lazily, and sends no more referrer than the embedding origin.
 *
 * Renders the `config` and `data` it is given; it does not fetch on its own.
 * With `data` null (URL refused or provider unknown) it shows only an error card.
 *
 * @attr server - unused here (frames are absolute https URLs); accepted for symmetry
 * @attr heading - heading text (default: the configured title, "Outil externe")
 * @attr heading-level - level of the heading, 2 (default) to 6
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<EmbedConfig>} config - the tile's config (title, url, height)
 * @prop {EmbedData | null} data - the resolved frame: src, height, sandbox, allow, provider name
 *
 * @cssprop --tuiles-embed-accent - link colour (falls back to --tuiles-accent, #0b5cad)
 * @cssprop --tuiles-embed-surface - card background (falls back to --tuiles-surface)
 * @cssprop --tuiles-embed-text - text colour (falls back to --tuiles-text)
 * @cssprop --tuiles-embed-border - card colour (falls back to --tuiles-border)
 * @cssprop --tuiles-embed-radius - corner radius (falls back to --tuiles-radius, 0.5em)
 * @cssprop --tuiles-embed-padding - card padding (falls back to --tuiles-padding, 1em)
 * @cssprop --tuiles-embed-font - font family (falls back to --tuiles-font, system-ui)
 *
 * @csspart tile - the card
 * @csspart heading - the tile's heading
 * @csspart frame - the `<iframe>`
 * @csspart link - "Ouvrir … dans un nouvel onglet"
 * @csspart error - error card
 */
export class TuilesEmbed extends TuilesTileElement<EmbedConfig, EmbedData> {
  static override styles = [themeTokens, elementTokens('embed'), hostStyles, tileStyles, embedStyles];

  protected readonly tileType = 'embed';


  protected override renderTile(config: EmbedConfig, data: EmbedData | null, lang: Lang) {
    // The data is the server's verdict: no frame at all unless it accepted the URL.
    if (data === null || !isHttps(data.src)) {
      return html`<div part="tile" class="tile">${errorCard(messagesFor(lang).tileUnavailable)}</div>`;
    }
    return super.renderTile(config, data, lang);
  }

  protected renderContent(config: EmbedConfig, data: EmbedData, lang: Lang) {
    const m = messagesFor(lang);
    return html`<iframe
        part="frame"
        class="frame"
        src=${data.src}
        title=${config.title || data.providerName}
        sandbox=${data.sandbox}
        allow=${data.allow}
        loading="lazy"
        referrerpolicy="strict-origin-when-cross-origin"
        height=${data.height}
        style="height: ${data.height}px"
      ></iframe>
      ${data.providerName
        ? html`<p class="open">
            <a part="link" href=${data.src} target="_blank" rel="noopener noreferrer"
              >${m.openInNewTab(data.providerName)}</a
            >
          </p>`
        : nothing}`;
  }

  protected renderSkeleton(config: EmbedConfig) {
    return html`<div class="frame skeleton" style="height: ${config.height}px" aria-hidden="true"></div>`;
  }
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The `embed` tile type (`<tuiles-embed>`), listed in components/tiles/registry.ts. */
export const embedTile = tileElement('embed', TuilesEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-embed': TuilesEmbed;
  }
}
