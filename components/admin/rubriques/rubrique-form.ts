/**
 * Creating or editing one rubrique: « Titre », « Identifiant » (suggested from the title
 * until the person types one; fixed after creation: slugs do not change), « Rubrique
 * parente » (only where the viewer may put sub-rubriques; never under itself), « Visibilité »,
 * services « Blog » / « Agenda ». The screen sends it and hands back the server's field errors.
 * @prop rubrique - the rubrique edited; null to create one
 * @prop rubriques - the whole tree, for the parent choices
 * @prop parent - the parent proposed at creation
 * @prop topLevel - the viewer may create or move rubriques at the top (site admins)
 * @prop errors - field path -> message, from the server's 400 (or the 409 on `slug`)
 * @prop busy - a save is on its way
 * @fires rubrique-save - detail: { fields: RubriqueFields, creating: boolean }
 * @fires rubrique-cancel
 */
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';
import { inTreeOrder } from '../core/tree-order.ts';
import { serviceLabels, subtreeSlugs, suggestSlug, type Rubrique, type RubriqueFields, type Service, type Visibility } from './model.ts';

const NO_PARENT = '';

export class RubriqueForm extends LitElement {
  static override styles = [
    adminStyles,
    css`
      form {
        max-width: 36em;
      }
      .services {
        display: flex;
        gap: 1.5em;
      }
      .actions {
        display: flex;
        gap: 0.75em;
      }
    `,
  ];
  static override properties = {
    rubrique: { attribute: false },
    rubriques: { attribute: false },
    parent: { attribute: false },
    topLevel: { type: Boolean },
    errors: { attribute: false },
    busy: { type: Boolean },
    theme: { type: String, reflect: true },
    fields: { state: true },
    slugTouched: { state: true },
  };
  rubrique: Rubrique | null = null;
  rubriques: Rubrique[] = [];
  parent: string | null = null;
  topLevel = false;
  errors: Record<string, string> = {};
  busy = false;
  declare theme: string | undefined;
  fields: RubriqueFields = { slug: '', title: '', parent: null, visibility: 'public', services: ['blog'] };
  /** Once the person types an identifiant, the title no longer suggests one. */
  slugTouched = false;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('rubrique') || (changed.has('parent') && !this.rubrique)) {
      const r = this.rubrique;
      this.fields = r
        ? { slug: r.slug, title: r.title, parent: r.parent, visibility: r.visibility, services: [...r.services] }
        : { slug: '', title: '', parent: this.parent, visibility: 'public', services: ['blog'] };
      this.slugTouched = false;
    }
  }

  /** Focuses the first field (the screen calls it when the form opens). */
  override focus(): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>('#title')?.focus());
  }

  /** Focuses the first field the server refused. */
  focusFirstError(): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  private parentChoices(): { slug: string; label: string }[] {
    const excluded = this.rubrique ? subtreeSlugs(this.rubriques, this.rubrique.slug) : new Set<string>();
    return inTreeOrder(this.rubriques)
      .filter((r) => !excluded.has(r.slug) && (r.may.createSub || r.slug === this.rubrique?.parent))
      .map((r) => ({ slug: r.slug, label: `${'— '.repeat(r.depth)}${r.title}` }));
  }

  private set<K extends keyof RubriqueFields>(key: K, value: RubriqueFields[K]): void {
    this.fields = { ...this.fields, [key]: value };
  }

  private onTitle(title: string): void {
    this.fields = { ...this.fields, title, ...(!this.rubrique && !this.slugTouched ? { slug: suggestSlug(title) } : {}) };
  }

  private toggleService(service: Service, on: boolean): void {
    const services = on ? [...new Set([...this.fields.services, service])] : this.fields.services.filter((s) => s !== service);
    this.set('services', services);
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (this.busy) return;
    this.dispatchEvent(new CustomEvent('rubrique-save', { detail: { fields: this.fields, creating: !this.rubrique }, bubbles: true, composed: true }));
  }

  private error(path: string) {
    const message = this.errors[path];
    return html`<p class="field-error" id="${path}-error">${message ?? ''}</p>`;
  }

  private invalid(path: string) {
    return this.errors[path] ? 'true' : 'false';
  }

  override render() {
    const creating = !this.rubrique;
    const choices = this.parentChoices();
    const canTop = this.topLevel || (this.rubrique !== null && this.rubrique.parent === null);
    const f = this.fields;
    return html`<form @submit=${this.submit} novalidate aria-labelledby="form-title">
      <h2 id="form-title">${creating ? 'Nouvelle rubrique' : `Modifier « ${this.rubrique!.title} »`}</h2>
      <div class="field">
        <label for="title">Titre</label>
        <input id="title" name="title" required autocomplete="off" .value=${f.title} aria-invalid=${this.invalid('title')} aria-describedby="title-error"
          @input=${(e: Event) => this.onTitle((e.target as HTMLInputElement).value)} />
        ${this.error('title')}
      </div>
      <div class="field">
        <label for="slug">Identifiant</label>
        <input id="slug" name="slug" autocomplete="off" spellcheck="false" .value=${f.slug} ?readonly=${!creating} aria-invalid=${this.invalid('slug')}
          aria-describedby="slug-hint slug-error" @input=${(e: Event) => {
            this.slugTouched = true;
            this.set('slug', (e.target as HTMLInputElement).value);
          }} />
        <p class="hint" id="slug-hint">${creating
          ? 'Lettres minuscules, chiffres et tirets ; proposé d’après le titre. Il ne changera plus après la création.'
          : 'L’identifiant d’une rubrique ne change pas après sa création.'}</p>
        ${this.error('slug')}
      </div>
      <div class="field">
        <label for="parent">Rubrique parente</label>
        <select id="parent" name="parent" aria-invalid=${this.invalid('parent')} aria-describedby="parent-hint parent-error"
          @change=${(e: Event) => this.set('parent', (e.target as HTMLSelectElement).value || null)}>
          ${canTop ? html`<option value=${NO_PARENT} ?selected=${f.parent === null}>Aucune (premier niveau)</option>` : nothing}
          ${choices.map((c) => html`<option value=${c.slug} ?selected=${f.parent === c.slug}>${c.label}</option>`)}
        </select>
        <p class="hint" id="parent-hint">Changer la rubrique parente déplace la rubrique avec ses sous-rubriques.</p>
        ${this.error('parent')}
      </div>
      <div class="field">
        <label for="visibility">Visibilité</label>
        <select id="visibility" name="visibility" aria-invalid=${this.invalid('visibility')} aria-describedby="visibility-hint visibility-error"
          @change=${(e: Event) => this.set('visibility', (e.target as HTMLSelectElement).value as Visibility)}>
          <option value="public" ?selected=${f.visibility === 'public'}>Publique</option>
          <option value="private" ?selected=${f.visibility === 'private'}>Privée</option>
        </select>
        <p class="hint" id="visibility-hint">Publique : visible sans connexion (si sa rubrique parente l’est aussi). Privée : réservée à ceux qui ont un droit sur elle.</p>
        ${this.error('visibility')}
      </div>
      <fieldset aria-describedby="services-error">
        <legend>Services</legend>
        <div class="services">
          ${(['blog', 'agenda'] as const).map(
            (s) => html`<label><input type="checkbox" name="services" value=${s} .checked=${f.services.includes(s)}
              @change=${(e: Event) => this.toggleService(s, (e.target as HTMLInputElement).checked)} /> ${serviceLabels[s]}</label>`,
          )}
        </div>
        ${this.error('services')}
      </fieldset>
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>Enregistrer</button>
        <button type="button" class="secondary" @click=${() => this.dispatchEvent(new CustomEvent('rubrique-cancel', { bubbles: true, composed: true }))}>Annuler</button>
      </div>
    </form>`;
  }
}
define('tuiles-admin-rubrique-form', RubriqueForm);
