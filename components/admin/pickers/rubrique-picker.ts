/**
 * `<tuiles-admin-rubrique-picker .site .service .value .error>`: one checkbox per
 * rubrique the tile can use (its `service`: blog for news, agenda for agenda), in a
 * fieldset « Rubriques », indented by depth, private ones marked. Chosen slugs the site
 * no longer offers stay listed (so they can be unticked) with a word saying why.
 */
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminApi } from '../core/api.ts';
import { failureMessage } from '../core/failure.ts';
import { adminStyles } from '../core/styles.ts';
import type { Service } from '../../../contract/vocabulary.ts';
import { inTreeOrder } from '../core/tree-order.ts';
import { loadRubriques, type RubriqueSummary } from '../core/rubriques-source.ts';
import { valueChange } from './value-change.ts';

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; rubriques: (RubriqueSummary & { depth: number })[] };

export class RubriquePicker extends LitElement {
  static override styles = [
    adminStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        padding-inline-start: calc(var(--depth, 0) * 1.5em);
        margin: 0.2em 0;
      }
      label {
        font-weight: normal;
      }
      .tag {
        color: var(--_muted);
        font-size: 0.9em;
      }
    `,
  ];
  static override properties = {
    site: { type: String },
    service: { type: String },
    label: { type: String },
    hint: { type: String },
    value: { attribute: false },
    error: { attribute: false },
    state: { state: true },
  };

  site = '';
  service: Service = 'blog';
  label = 'Rubriques';
  hint = '';
  value: string[] = [];
  /** The field's message (the schema's or the server's), shown under the legend. */
  error = '';
  declare state: State;
  private loaded = '';
  private abort: AbortController | undefined;

  constructor() {
    super();
    this.state = { kind: 'loading' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loaded = '';
  }

  override willUpdate(): void {
    if (this.site && this.loaded !== this.site) void this.load();
  }

  private async load(): Promise<void> {
    this.loaded = this.site;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.state = { kind: 'loading' };
    try {
      const rubriques = inTreeOrder(await loadRubriques(adminApi(this.site), abort.signal));
      if (!abort.signal.aborted) this.state = { kind: 'ready', rubriques };
    } catch (error) {
      if (!abort.signal.aborted) this.state = { kind: 'failed', message: failureMessage(error) };
    }
  }

  private toggle(slug: string, on: boolean): void {
    this.value = on ? [...this.value.filter((s) => s !== slug), slug] : this.value.filter((s) => s !== slug);
    this.dispatchEvent(valueChange(this.value));
  }

  override render() {
    const described = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    return html`<fieldset aria-describedby=${described || nothing} aria-invalid=${this.error ? 'true' : nothing} aria-busy=${this.state.kind === 'loading' ? 'true' : 'false'}>
      <legend>${this.label}</legend>
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing} ${this.body()}
      <p class="field-error" id="error">${this.error}</p>
    </fieldset>`;
  }

  private body() {
    if (this.state.kind === 'loading') return html`<p class="empty" role="status">Chargement des rubriques…</p>`;
    if (this.state.kind === 'failed')
      return html`<p class="error" role="alert">${this.state.message}</p>
        <button type="button" class="secondary" @click=${() => this.load()}>Réessayer</button>`;
    const eligible = this.state.rubriques.filter((r) => r.services.includes(this.service));
    const offered = new Set(eligible.map((r) => r.slug));
    const stray = this.value.filter((slug) => !offered.has(slug));
    if (eligible.length === 0 && stray.length === 0) {
      return html`<p class="empty">Aucune rubrique avec ${this.service === 'blog' ? 'un blog' : 'un agenda'} : créez-en une dans « Rubriques ».</p>`;
    }
    const all = this.state.rubriques;
    return html`<ul>
      ${eligible.map((r) => this.checkbox(r.slug, r.title, r.depth, r.visibility === 'private' ? 'privée' : ''))}
      ${stray.map((slug) => {
        const known = all.find((r) => r.slug === slug);
        return this.checkbox(slug, known?.title ?? slug, 0, known ? `sans ${this.service === 'blog' ? 'blog' : 'agenda'}` : 'introuvable');
      })}
    </ul>`;
  }

  private checkbox(slug: string, title: string, depth: number, tag: string) {
    const id = `r-${slug}`;
    return html`<li style="--depth: ${depth}">
      <input type="checkbox" id=${id} .checked=${this.value.includes(slug)} @change=${(e: Event) => this.toggle(slug, (e.target as HTMLInputElement).checked)} />
      <label for=${id}>${title}${tag ? html` <span class="tag">(${tag})</span>` : nothing}</label>
    </li>`;
  }
}

define('tuiles-admin-rubrique-picker', RubriquePicker);
