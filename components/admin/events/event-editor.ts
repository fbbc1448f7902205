/**
 * `<tuiles-admin-event-editor site event-id>`: one agenda event (a new one when
 * `event-id` is empty): « Titre », « Rubrique » (agenda rubriques where the viewer
 * writes), « Toute la journée » (date inputs then, datetime-local otherwise; an
 * all-day event's end is its last day, inclusive), « Début », « Fin » (not before the
 * start, checked here too), « Lieu », « Résumé »; « Enregistrer », « Supprimer ».
 */
import { loadRubriques } from '../core/rubriques-source.ts';
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminApi, type AdminApi } from '../core/api.ts';
import { failureMessage, fieldErrors } from '../core/failure.ts';
import { announce } from '../core/live-region.ts';
import { leaveUnsaved } from '../core/leave-guard.ts';
import { UnloadGuard } from '../core/unload-guard.ts';
import { LoadWithRetry } from '../core/load-with-retry.ts';
import { adminStyles } from '../core/styles.ts';
import { apiDates, datesProblems, formDates, toggleAllDay, type EventDates } from './event-dates.ts';
import type { EventJson, RubriqueJson } from '../../../contract/authoring.ts';
import { authoringLimits } from '../../../contract/authoring-limits.ts';

export interface EventForm extends EventDates {
  rubrique: string;
  title: string;
  location: string;
  summary: string;
}

const emptyForm = (rubrique = ''): EventForm => ({ rubrique, title: '', allDay: false, start: '', end: '', location: '', summary: '' });
const formOf = (e: EventJson): EventForm => ({ rubrique: e.rubrique, title: e.title, location: e.location, summary: e.summary, ...formDates(e) });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class AdminEventEditor extends LitElement {
  static override styles = [
    adminStyles,
    css`
      form {
        max-width: 40em;
      }
      .dates {
        display: flex;
        flex-wrap: wrap;
        gap: 1em;
      }
      .check {
        display: flex;
        gap: 0.5em;
        align-items: center;
        margin: 0 0 1em;
      }
      .actions {
        display: flex;
        gap: 0.5em;
        flex-wrap: wrap;
      }
    `,
  ];
  static override properties = {
    site: { type: String },
    eventId: { type: String, attribute: 'event-id' },
    event: { state: true },
    rubriques: { state: true },
    form: { state: true },
    errors: { state: true },
    message: { state: true },
    failed: { state: true },
    busy: { state: true },
  };
  site = '';
  eventId = '';
  event: EventJson | null = null;
  rubriques: RubriqueJson[] = [];
  form: EventForm = emptyForm();
  saved: EventForm = emptyForm();
  errors: Record<string, string> = {};
  message = '';
  failed = false;
  busy = false;
  #api: AdminApi | null = null;
  readonly #loading = new LoadWithRetry(this, () => (this.site ? `${this.site}/${this.eventId}` : null), () => this.#load());
  /** The browser asks before a tab with unsaved work closes. */
  readonly #unloadGuard = new UnloadGuard(this, () => this.dirty);

  get dirty(): boolean {
    return !same(this.form, this.saved);
  }

  /**
   * The shell's question before a hash change takes the viewer elsewhere
   * (core/leave-guard.ts): « Quitter sans enregistrer ? » when there is unsaved work.
   */
  confirmLeave(): boolean {
    if (!leaveUnsaved(this.dirty)) return false;
    this.form = this.saved;
    return true;
  }

  /** Until the event and the rubriques are here (the tests wait on it). */
  get loading(): boolean {
    return this.#loading.loading;
  }

  async #load(): Promise<void> {
    this.#api = adminApi(this.site);
    this.errors = {};
    this.message = '';
    const [rubriques, source] = await Promise.all([
      loadRubriques(this.#api),
      this.eventId ? this.#api.get<{ event: EventJson }>(`/events/${encodeURIComponent(this.eventId)}/source`) : Promise.resolve(null),
    ]);
    this.rubriques = rubriques;
    this.event = source?.event ?? null;
    const agendas = this.#agendaRubriques();
    this.saved = this.event ? formOf(this.event) : emptyForm(agendas.length === 1 ? agendas[0].slug : '');
    this.form = this.saved;
  }

  #agendaRubriques(): RubriqueJson[] {
    return this.rubriques.filter((r) => r.services.includes('agenda') && (r.may.write || r.slug === this.event?.rubrique));
  }

  #edit(patch: Partial<EventForm>): void {
    this.form = { ...this.form, ...patch };
    const cleared = { ...this.errors };
    for (const key of Object.keys(patch)) delete cleared[key];
    if ('start' in patch || 'end' in patch || 'allDay' in patch) {
      delete cleared.start;
      delete cleared.end;
    }
    this.errors = cleared;
  }

  #check(): Record<string, string> {
    const errors: Record<string, string> = {};
    if (!this.form.rubrique) errors.rubrique = 'Choisissez une rubrique.';
    if (!this.form.title.trim()) errors.title = 'Le titre est obligatoire.';
    return { ...errors, ...datesProblems(this.form) };
  }

  #showErrors(errors: Record<string, string>, message: string): void {
    this.errors = errors;
    this.message = message;
    this.failed = true;
    void this.updateComplete.then(() => {
      const first = Object.keys(errors)[0];
      if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
    });
  }

  #done(text: string): void {
    this.message = text;
    this.failed = false;
    announce(this.renderRoot.querySelector('.live'), text);
  }

  #save = async (event: Event) => {
    event.preventDefault();
    if (this.busy) return;
    const problems = this.#check();
    if (Object.keys(problems).length) {
      this.#showErrors(problems, 'Corrigez les champs signalés.');
      return;
    }
    const f = this.form;
    const body = { rubrique: f.rubrique, title: f.title, location: f.location, summary: f.summary, ...apiDates(f) };
    this.busy = true;
    this.message = '';
    try {
      const created = !this.event;
      const { event: saved } = created
        ? await this.#api!.post<{ event: EventJson }>('/events', body)
        : await this.#api!.patch<{ event: EventJson }>(`/events/${encodeURIComponent(this.event!.id)}`, body);
      this.event = saved;
      this.saved = formOf(saved);
      this.form = this.saved;
      this.errors = {};
      this.#done(created ? 'Événement créé.' : 'Événement enregistré.');
      if (created) {
        this.eventId = saved.id;
        this.#loading.settle();
        location.hash = `#agenda/${saved.id}`;
      }
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) this.#showErrors(fields, 'Le serveur a refusé certains champs : corrigez-les puis réessayez.');
      else {
        this.message = failureMessage(error);
        this.failed = true;
      }
    } finally {
      this.busy = false;
    }
  };

  #delete = async () => {
    if (!this.event || this.busy || !window.confirm(`Supprimer l’événement « ${this.event.title} » ?`)) return;
    this.busy = true;
    try {
      await this.#api!.delete(`/events/${encodeURIComponent(this.event.id)}`);
      this.saved = this.form;
      this.#done('Événement supprimé.');
      location.hash = '#agenda';
    } catch (error) {
      this.message = failureMessage(error);
      this.failed = true;
    } finally {
      this.busy = false;
    }
  };

  #error(name: string) {
    return html`<p class="field-error" id="${name}-error">${this.errors[name] ?? ''}</p>`;
  }

  #invalid = (name: string) => String(Boolean(this.errors[name]));

  override render() {
    return this.#loading.render('Chargement de l’événement…', () => this.#form());
  }

  #form() {
    const f = this.form;
    const e = this.event;
    const agendas = this.#agendaRubriques();
    const canEdit = e ? e.may.edit : agendas.length > 0;
    const dateType = f.allDay ? 'date' : 'datetime-local';
    const input = (name: keyof EventForm) => (event: Event) => this.#edit({ [name]: (event.target as HTMLInputElement).value } as Partial<EventForm>);
    return html`
      <p><a href="#agenda">← Agenda</a></p>
      <h1>${e ? e.title : 'Nouvel événement'}</h1>
      ${!canEdit ? html`<p class="notice warning">${e ? 'Vous ne pouvez pas modifier cet événement.' : 'Vous n’avez le droit d’écrire dans aucun agenda.'}</p>` : nothing}
      ${this.dirty ? html`<p class="notice" role="status">Modifications non enregistrées</p>` : nothing}
      <form novalidate @submit=${this.#save}>
        <fieldset ?disabled=${!canEdit}>
          <legend class="visually-hidden">Événement</legend>
          <div class="field">
            <label for="title">Titre</label>
            <input id="title" .value=${f.title} maxlength="300" aria-invalid=${this.#invalid('title')} aria-describedby="title-error" @input=${input('title')} />
            ${this.#error('title')}
          </div>
          <div class="field">
            <label for="rubrique">Rubrique</label>
            <select id="rubrique" aria-invalid=${this.#invalid('rubrique')} aria-describedby="rubrique-error"
              @change=${(ev: Event) => this.#edit({ rubrique: (ev.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!f.rubrique}>Choisir une rubrique…</option>
              ${agendas.map((r) => html`<option value=${r.slug} ?selected=${r.slug === f.rubrique}>${r.title}</option>`)}
            </select>
            ${this.#error('rubrique')}
          </div>
          <div class="check">
            <input id="allDay" type="checkbox" .checked=${f.allDay}
              @change=${(ev: Event) => this.#edit(toggleAllDay(f, (ev.target as HTMLInputElement).checked))} />
            <label for="allDay">Toute la journée</label>
          </div>
          <div class="dates">
            <div class="field">
              <label for="start">Début</label>
              <input id="start" type=${dateType} .value=${f.start} aria-invalid=${this.#invalid('start')} aria-describedby="start-error" @input=${input('start')} />
              ${this.#error('start')}
            </div>
            <div class="field">
              <label for="end">Fin</label>
              <input id="end" type=${dateType} .value=${f.end} min=${f.start} aria-invalid=${this.#invalid('end')} aria-describedby="end-hint end-error" @input=${input('end')} />
              <p id="end-hint" class="hint">${f.allDay ? 'Dernier jour compris.' : 'Heure de Paris.'}</p>
              ${this.#error('end')}
            </div>
          </div>
          <div class="field">
            <label for="location">Lieu</label>
            <input id="location" .value=${f.location} maxlength=${authoringLimits.location} aria-invalid=${this.#invalid('location')} aria-describedby="location-error" @input=${input('location')} />
            ${this.#error('location')}
          </div>
          <div class="field">
            <label for="summary">Résumé</label>
            <textarea id="summary" rows="3" maxlength=${authoringLimits.summary} .value=${f.summary} aria-invalid=${this.#invalid('summary')} aria-describedby="summary-error" @input=${input('summary')}></textarea>
            ${this.#error('summary')}
          </div>
        </fieldset>
        <div class="actions">
          ${canEdit ? html`<button type="submit" ?disabled=${this.busy}>Enregistrer</button>` : nothing}
          ${e?.may.delete ? html`<button type="button" class="danger" ?disabled=${this.busy} @click=${this.#delete}>Supprimer</button>` : nothing}
        </div>
      </form>
      ${this.message ? html`<p class="notice ${this.failed ? 'warning' : ''}" role=${this.failed ? 'alert' : 'status'}>${this.message}</p>` : nothing}
      <p class="visually-hidden live" aria-live="polite"></p>
    `;
  }
}

define('tuiles-admin-event-editor', AdminEventEditor);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-admin-event-editor': AdminEventEditor;
  }
}
