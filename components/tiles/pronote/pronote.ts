import { html, nothing, type PropertyValues } from 'lit';
import type { PronoteConfig, PronoteData, PronoteEvent, PronotePupil } from '../../../contract/tiles/pronote.ts';
import { resolveLink } from '../../core/api.ts';
import { tileElement } from '../../core/tile-type.ts';
import { type Lang } from '../../core/i18n.ts';
import { clampLevel, heading } from '../../core/templates.ts';
import { TuilesTileElement } from '../../core/tile.ts';
import { tileStyles } from '../../core/tile.styles.ts';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';
import { pronoteMessages, type PronoteMessages } from './pronote.messages.ts';
import { pronoteStyles } from './pronote.styles.ts';

/** A heading `level` deep, or a bold paragraph past h6. */
const titleAt = (level: number, content: unknown, cls: string) =>
  level > 6 ? html`<p part=${cls} class=${cls}>${content}</p>` : heading(level, content, cls, cls);

/** PRONOTE's dates carry no offset: they are the school's day and time, shown as written. */
function formatDay(value: string, lang: Lang, withTime = false): string {
  const at = new Date(`${value.length === 10 ? `${value}T00:00:00` : value}Z`);
  if (Number.isNaN(at.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
  if (withTime && value.length > 10) Object.assign(options, { hour: '2-digit', minute: '2-digit' });
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', options).format(at);
}

/**
 * Pronote: the viewer's latest grades, evaluations, vie scolaire events and homework
 * due (« Travail à faire »); a parent sees one section per child. A link « Ouvrir
 * Pronote » goes through the ENT's CAS server, so the user lands in Pronote logged in.
 * When PRONOTE could not answer, the block says so and keeps the link.
 *
 * Renders the `data` it is given (by `<tuiles-page>`); it does not fetch on its own:
 * the data is the logged-in viewer's. Hidden when the site has the block switched off.
 *
 * @attr server - origin of the Tuiles server, to resolve the « Ouvrir Pronote » link (default: this page's origin)
 * @attr heading - heading text (default: the configured title, "Pronote")
 * @attr heading-level - level of the heading, 2 (default) to 6; children and lists go one and two below
 * @attr lang - `fr` (default) or `en`; inherited from the closest `[lang]`
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`
 * @prop {Partial<PronoteConfig>} config - the tile's config (title, which lists to show)
 * @prop {PronoteData | null} data - the resolved block; null shows an error card
 *
 * @cssprop --tuiles-pronote-accent - links and the « Ouvrir Pronote » button (falls back to --tuiles-accent)
 * @cssprop --tuiles-pronote-surface - card background (falls back to --tuiles-surface)
 * @cssprop --tuiles-pronote-text - text colour (falls back to --tuiles-text)
 * @cssprop --tuiles-pronote-muted - dates and details (falls back to --tuiles-muted)
 * @cssprop --tuiles-pronote-border - separators (falls back to --tuiles-border)
 *
 * @csspart tile - the card
 * @csspart heading - the tile's heading
 * @csspart pupil - one pupil's section (the viewer, or one child)
 * @csspart pupil-name - a child's name (parents only)
 * @csspart section - one list: grades, evaluations, vie scolaire, homework
 * @csspart section-title - a list's title
 * @csspart item - one line of a list
 * @csspart empty - "Aucune note récente"… and "Aucun enfant rattaché…"
 * @csspart unavailable - the message when PRONOTE did not answer
 * @csspart open - the « Ouvrir Pronote » link
 * @csspart error - error card, when the tile could not be resolved
 */
export class TuilesPronote extends TuilesTileElement<PronoteConfig, PronoteData> {
  static override styles = [themeTokens, elementTokens('pronote'), hostStyles, tileStyles, pronoteStyles];

  protected readonly tileType = 'pronote';

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The site switched the block off: nothing to show, not even an empty card.
    this.hidden = this.data?.state === 'disabled';
  }

  protected renderContent(config: PronoteConfig, data: PronoteData, lang: Lang) {
    const m = pronoteMessages(lang);
    if (data.state === 'disabled') return nothing;
    const level = clampLevel(this.headingLevel) + 1;
    const open = this.renderOpen(data.openUrl, m);
    if (data.state === 'unavailable') {
      return html`<p part="unavailable" class="unavailable" role="status">${data.message}</p>${open}`;
    }
    let body: unknown;
    if (data.viewer === 'other') body = html`<p part="empty" class="empty">${m.staff}</p>`;
    else if (data.pupils.length === 0) body = html`<p part="empty" class="empty">${m.noChild}</p>`;
    else {
      const byChild = data.viewer === 'parent';
      body = data.pupils.map((pupil) => this.renderPupil(pupil, config, lang, m, byChild, level));
    }
    return html`${body}${open}`;
  }

  private renderOpen(url: string | null, m: PronoteMessages) {
    const href = resolveLink(url, this.server);
    return href ? html`<a part="open" class="open" href=${href}>${m.open}</a>` : nothing;
  }

  private renderPupil(pupil: PronotePupil, config: PronoteConfig, lang: Lang, m: PronoteMessages, byChild: boolean, level: number) {
    const listLevel = byChild ? level + 1 : level;
    const section = (title: string, items: unknown[], empty: string) => html`<section part="section" class="section">
      ${titleAt(listLevel, title, 'section-title')}
      ${items.length === 0 ? html`<p part="empty" class="empty">${empty}</p>` : html`<ul>${items}</ul>`}
    </section>`;
    const sections = [
      config.showGrades
        ? section(
            m.grades,
            pupil.grades.map(
              (g) => html`<li part="item"><span class="what">${g.subject}</span>
                <span class="mark" aria-label=${m.outOf(g.mark, g.scale)}>${g.mark}&#8239;/&#8239;${g.scale}</span>
                <time datetime=${g.date}>${formatDay(g.date, lang)}</time></li>`,
            ),
            m.noGrades,
          )
        : nothing,
      config.showEvaluations
        ? section(
            m.evaluations,
            pupil.evaluations.map(
              (e) => html`<li part="item"><span class="what">${e.skill}<span class="detail"> — ${e.subject}</span></span>
                <span class="mark">${e.level}</span><time datetime=${e.date}>${formatDay(e.date, lang)}</time></li>`,
            ),
            m.noEvaluations,
          )
        : nothing,
      config.showVieScolaire ? section(m.vieScolaire, pupil.events.map((e) => this.renderEvent(e, lang, m)), m.noEvents) : nothing,
      config.showHomework
        ? section(
            m.homework,
            pupil.homework.map(
              (h) => html`<li part="item"><span class="what">${h.subject}<span class="detail"> — ${h.description}</span></span>
                <time datetime=${h.due}>${m.due} ${formatDay(h.due, lang)}</time></li>`,
            ),
            m.noHomework,
          )
        : nothing,
    ];
    const grid = html`<div class="sections">${sections}</div>`;
    if (!byChild) return html`<div part="pupil" class="pupil">${grid}</div>`;
    return html`<section part="pupil" class="pupil" aria-label=${m.forChild(pupil.name)}>
      ${titleAt(level, pupil.name, 'pupil-name')}${grid}
    </section>`;
  }

  private renderEvent(e: PronoteEvent, lang: Lang, m: PronoteMessages) {
    const justified =
      e.justified === undefined ? '' : e.kind === 'retard' ? (e.justified ? m.justifiedRetard : m.unjustifiedRetard) : e.justified ? m.justified : m.unjustified;
    const details = [e.label, justified].filter(Boolean).join(', ');
    return html`<li part="item"><span class="what">${m.kinds[e.kind]}${details ? html`<span class="detail"> — ${details}</span>` : nothing}</span>
      <time datetime=${e.date}>${formatDay(e.date, lang, e.kind !== 'absence' || !e.end)}</time></li>`;
  }

  protected renderSkeleton() {
    return html`<div class="skeleton" style="height: 8em" aria-hidden="true"></div>`;
  }
}

/** The `pronote` tile type (`<tuiles-pronote>`), listed in components/tiles/registry.ts. */
// The site switched the block off: no card at all on the page.
export const pronoteTile = tileElement('pronote', TuilesPronote, { isEmpty: (data) => data?.state === 'disabled' });

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-pronote': TuilesPronote;
  }
}
