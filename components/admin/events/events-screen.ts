/**
 * `<tuiles-admin-events site path .may>` (route `#agenda[/nouveau|/<id>]`): the events
 * the viewer may edit (GET …/events), upcoming first then the past ones, and
 * « Nouvel événement »; for `nouveau` or an id, the event editor.
 */
import { loadRubriques } from '../core/rubriques-source.ts';
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminApi } from '../core/api.ts';
import { LoadWithRetry } from '../core/load-with-retry.ts';
import { adminStyles } from '../core/styles.ts';
import { parisDate } from '../core/paris-time.ts';
import { mayLeave } from '../core/leave-guard.ts';
import type { Capabilities } from '../../../contract/api.ts';
import type { EventJson, RubriqueJson } from '../../../contract/authoring.ts';
import './event-editor.ts';

/** « 5 décembre 2026 », « du 5 au 6 décembre 2026 » or « 30 novembre 2026 à 18:00 ». */
export function whenOf(e: EventJson): string {
  if (e.allDay) {
    // Stored at midnight UTC: read in UTC, the day as written.
    const day = (iso: string) => new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(iso));
    return e.start.slice(0, 10) === e.end.slice(0, 10) ? day(e.start) : `du ${day(e.start)} au ${day(e.end)}`;
  }
  return parisDate(e.start);
}

export class AdminEvents extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em;
        margin-bottom: 1em;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0 0 1.5em;
      }
      li {
        padding: 0.5em 0;
        border-bottom: 1px solid var(--_border);
      }
      .meta {
        display: block;
        color: var(--_muted);
        font-size: 0.9em;
      }
    `,
  ];
  static override properties = {
    site: { type: String },
    path: { type: String },
    may: { attribute: false },
    now: { attribute: false },
    upcoming: { state: true },
    past: { state: true },
    rubriques: { state: true },
  };
  site = '';
  path = '';
  may: Capabilities | null = null;
  now: Date | null = null;
  upcoming: EventJson[] | null = null;
  past: EventJson[] = [];
  rubriques: RubriqueJson[] = [];
  readonly #listing = new LoadWithRetry(this, () => (this.path ? null : this.site || null), () => this.#list());

  async #list(): Promise<void> {
    const api = adminApi(this.site);
    const from = encodeURIComponent((this.now ?? new Date()).toISOString());
    const [upcoming, all, rubriques] = await Promise.all([
      api.get<{ events: EventJson[] }>(`/events?from=${from}&limit=200`),
      api.get<{ events: EventJson[] }>('/events?limit=50'),
      loadRubriques(api).catch(() => [] as RubriqueJson[]),
    ]);
    const soon = new Set(upcoming.events.map((e) => e.id));
    this.upcoming = upcoming.events;
    this.past = all.events.filter((e) => !soon.has(e.id));
    this.rubriques = rubriques;
  }

  /** The shell's leave question (core/leave-guard.ts), answered by the open editor. */
  confirmLeave(): boolean {
    return mayLeave(this.renderRoot?.querySelector('tuiles-admin-event-editor'));
  }

  override render() {
    if (this.path) return html`<tuiles-admin-event-editor site=${this.site} event-id=${this.path === 'nouveau' ? '' : this.path}></tuiles-admin-event-editor>`;
    return html`
      <div class="head">
        <h1>Agenda</h1>
        <a class="button" href="#agenda/nouveau">Nouvel événement</a>
      </div>
      ${this.#listing.render('Chargement des événements…', () => this.#body(this.upcoming!))}
    `;
  }

  #body(upcoming: EventJson[]) {
    if (upcoming.length === 0 && this.past.length === 0) return html`<p class="empty">Aucun événement que vous puissiez modifier pour l’instant.</p>`;
    const titleOf = (slug: string) => this.rubriques.find((r) => r.slug === slug)?.title ?? slug;
    const list = (events: EventJson[]) =>
      html`<ul>
        ${events.map(
          (e) => html`<li>
            <a href="#agenda/${e.id}">${e.title}</a>
            <span class="meta">${whenOf(e)} — ${titleOf(e.rubrique)}${e.location ? ` — ${e.location}` : ''}</span>
          </li>`,
        )}
      </ul>`;
    return html`
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">À venir</h2>
        ${upcoming.length ? list(upcoming) : html`<p class="empty">Aucun événement à venir.</p>`}
      </section>
      ${this.past.length
        ? html`<section aria-labelledby="past">
            <h2 id="past">Passés</h2>
            ${list(this.past)}
          </section>`
        : nothing}
    `;
  }
}

define('tuiles-admin-events', AdminEvents);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-admin-events': AdminEvents;
  }
}
