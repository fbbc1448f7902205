import { html, nothing, type PropertyDeclarations } from 'lit';
import type { AgendaConfig, AgendaData } from '../../../contract/tiles/agenda.ts';
import type { ResolvedEvent } from '../../../contract/items.ts';
import { listParam, resolveLink } from '../../core/api.ts';
import { eventBadge, formatEvent } from '../../core/dates.ts';
import { tileElement } from '../../core/tile-type.ts';
import { messagesFor, type Lang } from '../../core/i18n.ts';
import { itemHeading } from '../../core/templates.ts';
import { TuilesTileElement } from '../../core/tile.ts';
import { linkedItemStyles, tileStyles } from '../../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { agendaStyles } from './agenda.styles.ts';

/**
 * Agenda: the upcoming events of one or more rubriques, soonest first.
 *
 * Inside `<tuiles-page>` it renders the `config` and `data` it is given; on its own,
 * with `site` and `rubriques`, it fetches
 * `GET {server}/api/sites/{site}/tiles/agenda?rubriques=a,b&limit=N` (no credentials).
 * Timed events show in the viewer's time zone; all-day events on their own days.
 *
 * @attr site - site slug; with `rubriques`, the element fetches its own data
 * @attr server - origin of the Tuiles server (default: this page's origin)
 * @attr rubriques - comma-separated rubrique slugs
 * @attr limit - how many events to show (1 to 50; default 6)
 * @attr heading - heading text (default: the configured title, "Agenda")
 * @attr heading-level - level of the heading, 2 (default) to 6
 * @attr hide-dates - hide dates and the calendar badge
 * @attr hide-summary - hide résumés
 * @attr hide-location - hide locations
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<AgendaConfig>} config - the tile's config (title, max, show* flags)
 * @prop {AgendaData | null} data - resolved events; null shows an error card
 * @prop {Date} now - clock deciding whether the year is shown
 *
 * @cssprop --tuiles-agenda-accent - links and badge border (falls back to --tuiles-accent, #0b5cad)
 * @cssprop --tuiles-agenda-surface - card background (falls back to --tuiles-surface)
 * @cssprop --tuiles-agenda-text - text colour (falls back to --tuiles-text)
 * @cssprop --tuiles-agenda-muted - dates, location, empty state (falls back to --tuiles-muted)
 * @cssprop --tuiles-agenda-border - card and separator colour (falls back to --tuiles-border)
 * @cssprop --tuiles-agenda-radius - corner radius (falls back to --tuiles-radius, 0.5em)
 * @cssprop --tuiles-agenda-padding - card padding (falls back to --tuiles-padding, 1em)
 * @cssprop --tuiles-agenda-font - font family (falls back to --tuiles-font, system-ui)
 * @cssprop --tuiles-agenda-focus - focus ring colour (falls back to --tuiles-focus)
 *
 * @csspart tile - the card
 * @csspart heading - the tile's heading
 * @csspart list - the `<ul>` of events
 * @csspart item - one event
 * @csspart badge - the calendar badge (day and month, hidden from screen readers)
 * @csspart title - an event's title
 * @csspart link - the link to an event
 * @csspart date - the event's dates (`<time>`)
 * @csspart location - the event's place
 * @csspart summary - résumé
 * @csspart empty - "Aucun événement à venir"
 * @csspart error - error message (with `retry` when loading failed)
 * @csspart retry - the "Réessayer" button
 *
 * @fires tuiles-error - when loading fails; detail: `{ status }` (0: server unreachable)
 */
export class TuilesAgenda extends TuilesTileElement<AgendaConfig, AgendaData> {
  static override styles = [themeTokens, elementTokens('agenda'), hostStyles, tileStyles, linkedItemStyles, agendaStyles];

  static override properties: PropertyDeclarations = {
    rubriques: { type: String },
    limit: { type: Number },
    hideDates: { type: Boolean, attribute: 'hide-dates' },
    hideSummary: { type: Boolean, attribute: 'hide-summary' },
    hideLocation: { type: Boolean, attribute: 'hide-location' },
  };

  declare rubriques: string | undefined;
  declare limit: number | undefined;
  declare hideDates: boolean;
  declare hideSummary: boolean;
  declare hideLocation: boolean;

  protected readonly tileType = 'agenda';


  protected override requiredAttributes(): string[] {
    return ['rubriques'];
  }

  protected override query() {
    return { rubriques: listParam(this.rubriques), limit: this.limit };
  }

  protected override overrides(): Partial<AgendaConfig> {
    const o: Partial<AgendaConfig> = {};
    if (this.limit) o.max = this.limit;
    if (this.hideDates) o.showDates = false;
    if (this.hideSummary) o.showSummary = false;
    if (this.hideLocation) o.showLocation = false;
    return o;
  }

  protected renderContent(config: AgendaConfig, data: AgendaData, lang: Lang) {
    const items = data.items.slice(0, config.max);
    if (items.length === 0) return html`<p part="empty" class="empty">${messagesFor(lang).emptyAgenda}</p>`;
    return html`<ul part="list" class="list">
      ${items.map((item) => this.renderEvent(item, config, lang))}
    </ul>`;
  }

  private renderEvent(event: ResolvedEvent, config: AgendaConfig, lang: Lang) {
    const href = resolveLink(event.url, this.server);
    const title = href ? html`<a part="link" href=${href}>${event.title}</a>` : event.title;
    const badge = config.showDates ? eventBadge(event, lang) : null;
    return html`<li part="item" class="item ${badge ? 'with-badge' : ''}">
      ${badge
        ? html`<div part="badge" class="badge" aria-hidden="true">
            <span class="day">${badge.day}</span><span class="month">${badge.month}</span>
          </div>`
        : nothing}
      <div class="body">
        ${itemHeading(this.headingLevel ?? 2, title)}
        ${config.showDates
          ? html`<time part="date" class="date" datetime=${event.start}>${formatEvent(event, lang, this.clock)}</time>`
          : nothing}
        ${config.showLocation && event.location
          ? html`<p part="location" class="location">
              <span class="visually-hidden">${messagesFor(lang).location}</span> ${event.location}
            </p>`
          : nothing}
        ${config.showSummary && event.summary ? html`<p part="summary" class="summary">${event.summary}</p>` : nothing}
      </div>
    </li>`;
  }

  protected renderSkeleton(config: AgendaConfig) {
    const count = Math.min(this.limit ?? 3, config.max);
    const item = html`<li class="item ${config.showDates ? 'with-badge' : ''}" aria-hidden="true">
      ${config.showDates ? html`<div class="badge skeleton"></div>` : nothing}
      <div class="body">
        <div class="skeleton line title-line"></div>
        ${config.showDates ? html`<div class="skeleton line short"></div>` : nothing}
        ${config.showLocation ? html`<div class="skeleton line short"></div>` : nothing}
        ${config.showSummary ? html`<div class="skeleton line"></div>` : nothing}
      </div>
    </li>`;
    return html`<ul class="list" aria-hidden="true">
      ${Array.from({ length: count }, () => item)}
    </ul>`;
  }
}

/** The `agenda` tile type (`<tuiles-agenda>`), listed in components/tiles/registry.ts. */
export const agendaTile = tileElement('agenda', TuilesAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-agenda': TuilesAgenda;
  }
}
