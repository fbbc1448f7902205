/**
 * « Droits »: who acts on one rubrique and with which role. Each right names a profile
 * (« Tous les élèves »), a group or a person; « Ajouter un droit » picks one of the three
 * (a person by searching), and « Enregistrer les droits » sends the whole list. Naming the
 * same actor twice keeps one right, with the role chosen last. The five roles are
 * explained from the role table.
 * @prop rights - the rubrique's rights as the tree lists them
 * @prop groups - the site's groups (`GET …/groups`)
 * @prop search - the person search, passed to the picker
 * @prop errors - field path (`[2].user`) -> message, from the server's 400
 * @prop busy - a save is on its way
 * @fires rights-save - detail: { rights } (without display names: what `PUT …/rights` takes)
 */
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';
import { profiles, roles } from '../../../contract/vocabulary.ts';
import { profileLabels, rightBody, rightLabel, roleHelp, roleLabels, sameActor, type Group, type Person, type Profile, type Right, type Role } from './model.ts';
import './person-picker.ts';
import type { PeopleSearch, PersonPicker } from './person-picker.ts';

type Kind = 'profile' | 'group' | 'user';
const kindLabels: Record<Kind, string> = { profile: 'Un profil', group: 'Un groupe', user: 'Une personne' };

export class RightsEditor extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .rights {
        list-style: none;
        padding: 0;
        margin: 0 0 1em;
        display: grid;
        gap: 0.5em;
      }
      .rights li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
        padding: 0.5em 0.75em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .who {
        flex: 1 1 14em;
        font-weight: 600;
      }
      .kinds {
        display: flex;
        flex-wrap: wrap;
        gap: 1em;
        margin-bottom: 1em;
      }
      dl {
        margin: 0.5em 0 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 0.4em 1em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 1em;
      }
    `,
  ];
  static override properties = {
    rights: { attribute: false },
    groups: { attribute: false },
    search: { attribute: false },
    errors: { attribute: false },
    busy: { type: Boolean },
    delay: { type: Number },
    theme: { type: String, reflect: true },
    draft: { state: true },
    dirty: { state: true },
    kind: { state: true },
    profile: { state: true },
    group: { state: true },
    person: { state: true },
    newRole: { state: true },
    addError: { state: true },
  };
  rights: Right[] = [];
  groups: Group[] = [];
  search: PeopleSearch = async () => [];
  errors: Record<string, string> = {};
  busy = false;
  /** The person search's typing pause (ms). */
  delay = 250;
  declare theme: string | undefined;
  draft: Right[] = [];
  dirty = false;
  kind: Kind = 'profile';
  profile: Profile = 'eleve';
  group = '';
  person: Person | null = null;
  newRole: Role = 'visiteur';
  addError = '';

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('rights')) {
      this.draft = this.rights.map((r) => ({ ...r }));
      this.dirty = false;
    }
    if (changed.has('groups') && !this.groups.some((g) => g.slug === this.group)) this.group = this.groups[0]?.slug ?? '';
  }

  private change(draft: Right[]): void {
    this.draft = draft;
    this.dirty = true;
  }

  private add(): void {
    let right: Right;
    if (this.kind === 'profile') right = { profile: this.profile, role: this.newRole };
    else if (this.kind === 'group') {
      const group = this.groups.find((g) => g.slug === this.group);
      if (!group) {
        this.addError = 'Choisissez un groupe.';
        return;
      }
      right = { group: group.slug, name: group.name, role: this.newRole };
    } else {
      if (!this.person) {
        this.addError = 'Cherchez puis choisissez une personne dans la liste.';
        this.shadowRoot?.querySelector<PersonPicker>('tuiles-admin-person-picker')?.shadowRoot?.querySelector('input')?.focus();
        return;
      }
      right = { user: this.person.login, name: this.person.displayName, role: this.newRole };
      this.person = null;
      this.shadowRoot?.querySelector<PersonPicker>('tuiles-admin-person-picker')?.clear();
    }
    this.addError = '';
    const existing = this.draft.findIndex((r) => sameActor(r, right));
    this.change(existing >= 0 ? this.draft.map((r, i) => (i === existing ? right : r)) : [...this.draft, right]);
    this.dispatchEvent(new CustomEvent('rights-announce', { detail: { message: `Droit ajouté : ${rightLabel(right, this.groups)}, ${roleLabels[right.role]}. Pensez à enregistrer.` }, bubbles: true, composed: true }));
  }

  private removeRight(index: number): void {
    const removed = this.draft[index];
    this.change(this.draft.filter((_, i) => i !== index));
    this.dispatchEvent(new CustomEvent('rights-announce', { detail: { message: `Droit retiré : ${rightLabel(removed, this.groups)}. Pensez à enregistrer.` }, bubbles: true, composed: true }));
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`[data-index="${Math.min(index, this.draft.length - 1)}"] select, #add-kind-profile`)?.focus());
  }

  private save(): void {
    this.dispatchEvent(new CustomEvent('rights-save', { detail: { rights: this.draft.map(rightBody) }, bubbles: true, composed: true }));
  }

  private errorFor(index: number): string | undefined {
    return Object.entries(this.errors).find(([path]) => path.startsWith(`[${index}]`))?.[1];
  }

  private roleSelect(id: string, label: string, value: Role, onChange: (role: Role) => void) {
    return html`<label for=${id} class=${label === 'Rôle' ? '' : 'visually-hidden'}>${label}</label>
      <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as Role)}>
        ${roles.map((r) => html`<option value=${r} ?selected=${r === value}>${roleLabels[r]}</option>`)}
      </select>`;
  }

  private rightRow(right: Right, index: number) {
    const who = rightLabel(right, this.groups);
    const error = this.errorFor(index);
    return html`<li data-index=${index}>
      <span class="who">${who}</span>
      <span>${this.roleSelect(`role-${index}`, `Rôle : ${who}`, right.role, (role) => this.change(this.draft.map((r, i) => (i === index ? { ...r, role } : r))))}</span>
      <button type="button" class="danger" aria-label="Retirer ${who}" @click=${() => this.removeRight(index)}>Retirer</button>
      ${error ? html`<p class="field-error" role="alert">${error}</p>` : nothing}
    </li>`;
  }

  private picker() {
    if (this.kind === 'profile') {
      return html`<div class="field">
        <label for="add-profile">Profil</label>
        <select id="add-profile" @change=${(e: Event) => (this.profile = (e.target as HTMLSelectElement).value as Profile)}>
          ${profiles.map((p) => html`<option value=${p} ?selected=${p === this.profile}>${profileLabels[p]}</option>`)}
        </select>
      </div>`;
    }
    if (this.kind === 'group') {
      if (this.groups.length === 0) return html`<p class="empty">Aucun groupe sur ce site.</p>`;
      return html`<div class="field">
        <label for="add-group">Groupe</label>
        <select id="add-group" @change=${(e: Event) => (this.group = (e.target as HTMLSelectElement).value)}>
          ${this.groups.map((g) => html`<option value=${g.slug} ?selected=${g.slug === this.group}>${g.name}</option>`)}
        </select>
      </div>`;
    }
    return html`<tuiles-admin-person-picker
      theme=${this.theme ?? nothing}
      .search=${this.search}
      .delay=${this.delay}
      @person-pick=${(e: CustomEvent<{ person: Person }>) => {
        this.person = e.detail.person;
        this.addError = '';
      }}
    ></tuiles-admin-person-picker>`;
  }

  override render() {
    return html`
      <details>
        <summary>Ce que permet chaque rôle</summary>
        <dl>
          ${roles.map((r) => html`<dt>${roleLabels[r]}</dt><dd>${roleHelp[r]}</dd>`)}
        </dl>
        <p class="hint">Un droit sur une rubrique vaut aussi sur ses sous-rubriques.</p>
      </details>
      ${this.draft.length === 0
        ? html`<p class="empty">Personne n’a de droit propre sur cette rubrique.</p>`
        : html`<ul class="rights" aria-label="Droits de la rubrique">${this.draft.map((r, i) => this.rightRow(r, i))}</ul>`}
      <fieldset>
        <legend>Ajouter un droit</legend>
        <div class="kinds" role="radiogroup" aria-label="Qui ?">
          ${(Object.keys(kindLabels) as Kind[]).map(
            (k) => html`<label><input type="radio" name="kind" id="add-kind-${k}" value=${k} .checked=${this.kind === k}
              @change=${() => {
                this.kind = k;
                this.addError = '';
              }} /> ${kindLabels[k]}</label>`,
          )}
        </div>
        ${this.picker()}
        <div class="field">${this.roleSelect('add-role', 'Rôle', this.newRole, (role) => (this.newRole = role))}</div>
        <button type="button" class="secondary" @click=${this.add}>Ajouter un droit</button>
        ${this.addError ? html`<p class="field-error" role="alert">${this.addError}</p>` : nothing}
      </fieldset>
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${this.save}>Enregistrer les droits</button>
        ${this.dirty ? html`<span role="status">Droits non enregistrés</span>` : nothing}
      </div>
    `;
  }
}
define('tuiles-admin-rights-editor', RightsEditor);
