/**
 * Finding a person by name or login: an ARIA combobox (APG "editable combobox with list
 * autocomplete"). Typing searches the site (`search`, at least two characters, the last
 * answer only); ↓ ↑ move in the list, Entrée picks, Échap closes the list then clears.
 * The number of people found is said in a polite live region.
 * @prop search - (text, signal) => the people found; passed in by the screen
 * @prop delay - milliseconds of typing pause before searching
 * @fires person-pick - detail: { person }
 */
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';
import { failureMessage } from '../core/failure.ts';
import { personProfileLabels, type Person } from './model.ts';

export type PeopleSearch = (text: string, signal: AbortSignal) => Promise<Person[]>;

const MIN_LENGTH = 2;

export const personLabel = (p: Person) => `${p.displayName} (${p.login})`;
const personDetail = (p: Person) => [personProfileLabels[p.profile], p.fonction].filter(Boolean).join(', ');

export class PersonPicker extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .combo {
        position: relative;
      }
      input {
        width: 100%;
      }
      [role='listbox'] {
        position: absolute;
        z-index: 2;
        inset-inline: 0;
        margin: 0.2em 0 0;
        padding: 0.2em;
        list-style: none;
        background: var(--_surface);
        border: 1px solid var(--_muted);
        border-radius: 0.3em;
        max-height: 16em;
        overflow-y: auto;
      }
      [role='option'] {
        padding: 0.35em 0.5em;
        border-radius: 0.2em;
        cursor: pointer;
      }
      [role='option'][aria-selected='true'] {
        outline: 2px solid var(--_focus);
        outline-offset: -2px;
        background: var(--_skeleton);
      }
      .detail {
        color: var(--_muted);
        font-size: 0.9em;
      }
    `,
  ];
  static override properties = {
    search: { attribute: false },
    delay: { type: Number },
    theme: { type: String, reflect: true },
    text: { state: true },
    found: { state: true },
    open: { state: true },
    activeIndex: { state: true },
    status: { state: true },
  };
  search: PeopleSearch = async () => [];
  delay = 250;
  declare theme: string | undefined;
  text = '';
  found: Person[] = [];
  open = false;
  activeIndex = -1;
  status = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.inflight?.abort();
  }

  /** Empties the box (after a pick was added). */
  clear(): void {
    this.text = '';
    this.found = [];
    this.open = false;
    this.activeIndex = -1;
  }

  private onInput(value: string): void {
    this.text = value;
    clearTimeout(this.timer);
    this.inflight?.abort();
    this.activeIndex = -1;
    if (value.trim().length < MIN_LENGTH) {
      this.found = [];
      this.open = false;
      this.status = '';
      return;
    }
    this.timer = setTimeout(() => void this.run(value.trim()), this.delay);
  }

  private async run(text: string): Promise<void> {
    const controller = new AbortController();
    this.inflight = controller;
    this.status = 'Recherche…';
    try {
      const people = await this.search(text, controller.signal);
      if (controller.signal.aborted) return;
      this.found = people;
      this.open = people.length > 0;
      this.status = people.length === 0 ? 'Aucune personne trouvée.' : people.length === 1 ? '1 personne trouvée.' : `${people.length} personnes trouvées.`;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.found = [];
      this.open = false;
      this.status = failureMessage(error);
    }
  }

  private pick(person: Person): void {
    this.text = personLabel(person);
    this.open = false;
    this.activeIndex = -1;
    this.status = `Personne choisie : ${person.displayName}.`;
    this.dispatchEvent(new CustomEvent('person-pick', { detail: { person }, bubbles: true, composed: true }));
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.found.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        this.open = true;
        this.activeIndex = (this.activeIndex + 1) % count;
        break;
      case 'ArrowUp':
        if (count === 0) return;
        this.open = true;
        this.activeIndex = this.activeIndex <= 0 ? count - 1 : this.activeIndex - 1;
        break;
      case 'Enter':
        if (!this.open || this.activeIndex < 0) return;
        this.pick(this.found[this.activeIndex]);
        break;
      case 'Escape':
        if (this.open) this.open = false;
        else this.clear();
        this.activeIndex = -1;
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  override updated(): void {
    this.shadowRoot?.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  override render() {
    const expanded = this.open && this.found.length > 0;
    return html`<div class="field">
      <label for="person">Personne</label>
      <div class="combo">
        <input
          id="person"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="people"
          aria-describedby="person-hint"
          aria-activedescendant=${expanded && this.activeIndex >= 0 ? `person-${this.activeIndex}` : nothing}
          .value=${this.text}
          @input=${(e: Event) => this.onInput((e.target as HTMLInputElement).value)}
          @keydown=${this.onKeydown}
          @blur=${() => (this.open = false)}
        />
        <ul id="people" role="listbox" aria-label="Personnes trouvées" ?hidden=${!expanded}>
          ${this.found.map(
            (p, i) => html`<li
              id="person-${i}"
              role="option"
              aria-selected=${i === this.activeIndex ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.pick(p)}
            >
              ${personLabel(p)} <span class="detail">— ${personDetail(p)}</span>
            </li>`,
          )}
        </ul>
      </div>
      <p class="hint" id="person-hint">Tapez au moins deux lettres du nom ou de l’identifiant, puis choisissez avec les flèches et Entrée.</p>
      <p class="hint" role="status">${this.status}</p>
    </div>`;
  }
}
define('tuiles-admin-person-picker', PersonPicker);
