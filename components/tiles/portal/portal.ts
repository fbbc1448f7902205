import { html } from 'lit';
import type { PortalConfig, PortalData } from '../../../contract/tiles/portal.ts';
import { resolveLink } from '../../core/api.ts';
import { tileElement } from '../../core/tile-type.ts';
import { messagesFor, type Lang } from '../../core/i18n.ts';
import { TuilesTileElement } from '../../core/tile.ts';
import { tileStyles } from '../../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { MONOGRAM_COLOURS, portalStyles } from './portal.styles.ts';

/** Words left out of a monogram when the label has others ("Cahier de textes" -> "CT"). */
const minorWords = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'en', 'à', 'au', 'aux', 'the', 'of', 'and', 'my', 'mes', 'mon', 'ma']);

/** One or two capital letters for a service without an icon: "Pronote" -> "P", "Cahier de textes" -> "CT". */
export function monogram(label: string): string {
  const words = label.match(/[\p{L}\p{N}]+/gu) ?? [];
  const major = words.filter((word) => !minorWords.has(word.toLowerCase()));
  const chosen = (major.length > 0 ? major : words).slice(0, 2);
  return chosen.map((word) => [...word][0]).join('').toLocaleUpperCase('fr') || '?';
}

/** A stable colour index for a label, so a service keeps its colour from one visit to the next. */
export function monogramColour(label: string): number {
  let hash = 0;
  for (const char of label) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % MONOGRAM_COLOURS;
}

/**
 * Mes services: shortcuts to the school's services (Pronote, the CDI's catalogue,
 * the ENT's mail...) as a responsive grid of icon cards. Each card is one link that
 * opens the service in a new window; a service without an icon (or whose icon fails
 * to load) gets a coloured monogram of its label.
 *
 * Renders the `data` it is given (by `<tuiles-page>` or a script); it does not fetch on
 * its own: the server has no stand-alone portal endpoint, and the links it resolves
 * are already filtered for the viewer's profile. Only http(s) links are rendered; an
 * icon is used when it is an http(s) URL or a path relative to `server`.
 *
 * @attr server - origin of the Tuiles server, to resolve relative links and icons (default: this page's origin)
 * @attr heading - heading text (default: the configured title, "Mes services")
 * @attr heading-level - level of the heading, 2 (default) to 6
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<PortalConfig>} config - the tile's config (title; `links` is not rendered, `data` is)
 * @prop {PortalData | null} data - the viewer's links `{ label, url, icon }`; null shows an error card
 *
 * @cssprop --tuiles-portal-accent - link colour, hover border (falls back to --tuiles-accent, #0b5cad)
 * @cssprop --tuiles-portal-surface - card background (falls back to --tuiles-surface)
 * @cssprop --tuiles-portal-text - text colour (falls back to --tuiles-text)
 * @cssprop --tuiles-portal-muted - empty state (falls back to --tuiles-muted)
 * @cssprop --tuiles-portal-border - card and shortcut borders (falls back to --tuiles-border)
 * @cssprop --tuiles-portal-skeleton - background behind icons (falls back to --tuiles-skeleton)
 * @cssprop --tuiles-portal-radius - corner radius (falls back to --tuiles-radius, 0.5em)
 * @cssprop --tuiles-portal-gap - space between shortcuts (falls back to --tuiles-gap, 1em)
 * @cssprop --tuiles-portal-padding - card padding (falls back to --tuiles-padding, 1em)
 * @cssprop --tuiles-portal-font - font family (falls back to --tuiles-font, system-ui)
 * @cssprop --tuiles-portal-focus - focus ring colour (falls back to --tuiles-focus)
 * @cssprop --tuiles-portal-monogram - one background for every monogram (default: a colour per label)
 * @cssprop --tuiles-portal-monogram-text - monogram letters (default #fff)
 *
 * @csspart tile - the card
 * @csspart heading - the tile's heading
 * @csspart list - the `<ul>` of shortcuts
 * @csspart item - one shortcut (`<li>`)
 * @csspart link - the shortcut's link (the whole shortcut)
 * @csspart icon - the service's icon (`<img>`)
 * @csspart monogram - the letters shown when there is no icon
 * @csspart label - the service's name
 * @csspart empty - "Aucun service pour le moment"
 * @csspart error - error card, when the tile could not be resolved
 */
export class TuilesPortal extends TuilesTileElement<PortalConfig, PortalData> {
  static override styles = [themeTokens, elementTokens('portal'), hostStyles, tileStyles, portalStyles];

  protected readonly tileType = 'portal';

  /** Icons that failed to load: their services show a monogram instead. */
  private readonly brokenIcons = new Set<string>();


  protected renderContent(_config: PortalConfig, data: PortalData, lang: Lang) {
    const m = messagesFor(lang);
    const links = (data.links ?? []).flatMap((link) => {
      // Lit does not sanitize href: anything but http(s) (javascript:, data:) is dropped.
      const href = resolveLink(link.url, this.server);
      return href && link.label ? [{ ...link, href }] : [];
    });
    if (links.length === 0) return html`<p part="empty" class="empty">${m.emptyPortal}</p>`;
    return html`<ul part="list" class="list">
      ${links.map((link) => {
        const icon = resolveLink(link.icon, this.server);
        const picture =
          icon && !this.brokenIcons.has(icon)
            ? html`<img
                part="icon"
                class="icon"
                src=${icon}
                alt=""
                width="48"
                height="48"
                loading="lazy"
                decoding="async"
                @error=${() => this.iconFailed(icon)}
              />`
            : html`<span part="monogram" class="icon monogram c${monogramColour(link.label)}" aria-hidden="true"
                >${monogram(link.label)}</span
              >`;
        return html`<li part="item" class="item">
          <a part="link" class="link" href=${link.href} target="_blank" rel="noopener">
            ${picture}<span part="label" class="label"
              >${link.label}<span class="visually-hidden"> ${m.newWindow}</span></span
            >
          </a>
        </li>`;
      })}
    </ul>`;
  }

  private iconFailed(icon: string): void {
    this.brokenIcons.add(icon);
    this.requestUpdate();
  }

  protected renderSkeleton() {
    return html`<ul class="list" aria-hidden="true">
      ${[1, 2, 3, 4].map(
        () => html`<li class="item"><div class="link"><div class="icon skeleton"></div><div class="skeleton line"></div></div></li>`,
      )}
    </ul>`;
  }
}

/** The `portal` tile type (`<tuiles-portal>`), listed in components/tiles/registry.ts. */
export const portalTile = tileElement('portal', TuilesPortal);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-portal': TuilesPortal;
  }
}
