/**
 * « Rubriques et droits » (`#rubriques`, `#rubriques/nouvelle`, `#rubriques/<slug>`): the
 * tree of the rubriques the viewer reads; for the one chosen, what it is, its edit and
 * delete forms, and its rights. Site admins work everywhere; a gestionnaire inside its
 * own subtree, never on the rubrique it was given (the `may` of each rubrique says what
 * the server will accept: what it forbids is not offered, and a refusal still shows).
 * @attr site - the site's slug
 * @attr path - the rest of the hash: '', 'nouvelle' or a rubrique's slug
 * @prop may - the viewer's capabilities (`GET /api/me`)
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Capabilities } from '../../../contract/api.ts';
import { define } from '../../core/define.ts';
import { adminApi, type AdminApi } from '../core/api.ts';
import { failureMessage, fieldErrors } from '../core/failure.ts';
import { announce } from '../core/live-region.ts';
import { adminStyles } from '../core/styles.ts';
import { FetchError } from '../../core/api.ts';
import { privateByAncestor, roleLabels, serviceLabels, subtreeSlugs, visibilityLabels, type Group, type Person, type Right, type Rubrique, type RubriqueFields } from './model.ts';
import type { RubriqueForm } from './rubrique-form.ts';
import './rubrique-tree.ts';
import './rubrique-form.ts';
import './rights-editor.ts';
import './delete-confirm.ts';

type Mode = 'view' | 'create' | 'edit' | 'delete';

export class RubriquesScreen extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(16em, 1fr) 2fr;
        gap: 1.5em;
        align-items: start;
      }
      @media (max-width: 48em) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      .toolbar,
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        margin: 0 0 1em;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25em 1em;
        margin: 0 0 1em;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      section + section {
        margin-top: 1.5em;
      }
    `,
  ];
  static override properties = {
    site: { type: String },
    path: { type: String },
    may: { attribute: false },
    theme: { type: String, reflect: true },
    rubriques: { state: true },
    loadError: { state: true },
    groups: { state: true },
    selected: { state: true },
    mode: { state: true },
    busy: { state: true },
    formErrors: { state: true },
    rightsErrors: { state: true },
    rightsRefusal: { state: true },
    deleteError: { state: true },
  };
  site = '';
  path = '';
  may: Capabilities = { admin: false, write: false, moderate: false, manageRubriques: false };
  declare theme: string | undefined;
  /** null while loading. */
  rubriques: Rubrique[] | null = null;
  loadError = '';
  groups: Group[] = [];
  selected = '';
  mode: Mode = 'view';
  busy = false;
  formErrors: Record<string, string> = {};
  rightsErrors: Record<string, string> = {};
  rightsRefusal = '';
  deleteError = '';
  /** The person search's typing pause (ms), for the rights editor. */
  searchDelay = 250;
  private api: AdminApi = adminApi('');
  private groupsLoaded = false;
  private loading: AbortController | undefined;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('site')) {
      this.api = adminApi(this.site);
      this.groupsLoaded = false;
      void this.load();
    }
    if (changed.has('path') && this.rubriques) this.followPath();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  private get region() {
    return this.shadowRoot?.querySelector('#status');
  }

  private say(message: string): void {
    announce(this.region, message);
  }

  private find(slug: string): Rubrique | undefined {
    return this.rubriques?.find((r) => r.slug === slug);
  }

  /** Where the viewer may put a new rubrique by default: the chosen one, else anywhere it may. */
  private defaultParent(): string | null {
    const chosen = this.find(this.selected);
    if (chosen?.may.createSub) return chosen.slug;
    if (this.may.admin) return null;
    return this.rubriques?.find((r) => r.may.createSub)?.slug ?? null;
  }

  private canCreate(): boolean {
    return this.may.admin || (this.rubriques ?? []).some((r) => r.may.createSub);
  }

  private followPath(): void {
    if (this.path === 'nouvelle' && this.canCreate()) this.open('create');
    else if (this.path && this.find(this.path)) {
      this.selected = this.path;
      this.mode = 'view';
    }
  }

  async load(): Promise<void> {
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    this.loadError = '';
    try {
      const { rubriques } = await this.api.get<{ rubriques: Rubrique[] }>('/rubriques', controller.signal);
      if (controller.signal.aborted) return;
      const first = this.rubriques === null;
      this.rubriques = rubriques;
      if (this.selected && !this.find(this.selected)) this.selected = '';
      if (first) this.followPath();
      if (!this.groupsLoaded && (this.may.admin || rubriques.some((r) => r.may.manageActors))) void this.loadGroups();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.loadError = failureMessage(error);
    }
  }

  private async loadGroups(): Promise<void> {
    this.groupsLoaded = true;
    try {
      this.groups = (await this.api.get<{ groups: Group[] }>('/groups')).groups;
    } catch (error) {
      this.groupsLoaded = false;
      this.rightsRefusal = `Les groupes n’ont pas pu être chargés : ${failureMessage(error)}`;
    }
  }

  private searchPeople = async (text: string, signal: AbortSignal): Promise<Person[]> => {
    const query = new URLSearchParams({ q: text, limit: '20' });
    return (await this.api.get<{ users: Person[] }>(`/users?${query}`, signal)).users;
  };

  private open(mode: Mode): void {
    this.mode = mode;
    this.formErrors = {};
    this.deleteError = '';
    void this.updateComplete.then(() => {
      const target = this.shadowRoot?.querySelector<HTMLElement>(mode === 'view' ? '#panel-title' : mode === 'delete' ? 'tuiles-admin-rubrique-delete' : 'tuiles-admin-rubrique-form');
      target?.focus();
    });
  }

  private select(slug: string): void {
    this.selected = slug;
    this.rightsErrors = {};
    this.rightsRefusal = '';
    this.mode = 'view';
  }

  private async save(fields: RubriqueFields, creating: boolean): Promise<void> {
    this.busy = true;
    this.formErrors = {};
    try {
      if (creating) {
        const { rubrique } = await this.api.post<{ rubrique: { slug: string } }>('/rubriques', fields);
        this.selected = rubrique.slug;
        this.say(`Rubrique « ${fields.title} » créée.`);
      } else {
        const { slug: _slug, ...patch } = fields;
        await this.api.patch(`/rubriques/${encodeURIComponent(this.selected)}`, patch);
        this.say(`Rubrique « ${fields.title} » enregistrée.`);
      }
      await this.load();
      this.open('view');
    } catch (error) {
      this.formErrors = error instanceof FetchError && error.code === 'slug_taken' ? { slug: error.message } : fieldErrors(error);
      this.say(`${creating ? 'Création refusée' : 'Enregistrement refusé'} : ${failureMessage(error)}`);
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<RubriqueForm>('tuiles-admin-rubrique-form')?.focusFirstError());
    } finally {
      this.busy = false;
    }
  }

  private async deleteRubrique(slug: string, confirm: string): Promise<void> {
    const title = this.find(slug)?.title ?? slug;
    this.busy = true;
    this.deleteError = '';
    try {
      await this.api.delete(`/rubriques/${encodeURIComponent(slug)}?confirm=${encodeURIComponent(confirm)}`);
      this.selected = '';
      this.mode = 'view';
      this.say(`Rubrique « ${title} » supprimée.`);
      await this.load();
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('tuiles-admin-rubrique-tree')?.shadowRoot?.querySelector<HTMLElement>('[tabindex="0"]')?.focus());
    } catch (error) {
      this.deleteError = fieldErrors(error).confirm ?? failureMessage(error);
      this.say(`Suppression refusée : ${this.deleteError}`);
    } finally {
      this.busy = false;
    }
  }

  private async saveRights(slug: string, rights: Right[]): Promise<void> {
    this.busy = true;
    this.rightsErrors = {};
    this.rightsRefusal = '';
    try {
      await this.api.put(`/rubriques/${encodeURIComponent(slug)}/rights`, rights);
      this.say('Droits enregistrés.');
      await this.load();
    } catch (error) {
      this.rightsErrors = fieldErrors(error);
      this.rightsRefusal = failureMessage(error);
      this.say(`Droits non enregistrés : ${this.rightsRefusal}`);
    } finally {
      this.busy = false;
    }
  }

  private details(r: Rubrique) {
    const parent = r.parent ? (this.find(r.parent)?.title ?? r.parent) : 'Aucune (premier niveau)';
    const inherited = r.visibility === 'public' && privateByAncestor(this.rubriques!, r);
    const subs = subtreeSlugs(this.rubriques!, r.slug).size - 1;
    return html`<h2 id="panel-title" tabindex="-1">${r.title}</h2>
      <dl>
        <dt>Identifiant</dt><dd><code>${r.slug}</code></dd>
        <dt>Rubrique parente</dt><dd>${parent}</dd>
        <dt>Visibilité</dt><dd>${visibilityLabels[r.visibility]}${inherited ? ' (mais privée par sa rubrique parente)' : ''}</dd>
        <dt>Services</dt><dd>${r.services.length ? r.services.map((s) => serviceLabels[s]).join(', ') : 'aucun'}</dd>
        <dt>Votre rôle</dt><dd>${r.role ? roleLabels[r.role] : 'lecteur'}</dd>
      </dl>
      <div class="actions">
        ${r.may.edit ? html`<button type="button" class="secondary" @click=${() => this.open('edit')}>Modifier</button>` : nothing}
        ${r.may.createSub ? html`<button type="button" class="secondary" @click=${() => this.open('create')}>Nouvelle sous-rubrique</button>` : nothing}
        ${r.may.delete ? html`<button type="button" class="danger" @click=${() => this.open('delete')}>Supprimer</button>` : nothing}
      </div>
      ${!r.may.edit && r.may.createSub
        ? html`<p class="hint">Cette rubrique vous a été confiée : sa définition et ses droits se décident au niveau au-dessus. Vous gérez ses sous-rubriques.</p>`
        : nothing}
      ${this.mode === 'delete'
        ? html`<tuiles-admin-rubrique-delete theme=${this.theme ?? nothing} .rubrique=${r} .subRubriques=${subs} .error=${this.deleteError} ?busy=${this.busy}
            @rubrique-delete=${(e: CustomEvent<{ slug: string; confirm: string }>) => void this.deleteRubrique(e.detail.slug, e.detail.confirm)}
            @rubrique-cancel=${() => this.open('view')}></tuiles-admin-rubrique-delete>`
        : nothing}
      <section aria-labelledby="rights-title">
        <h3 id="rights-title">Droits</h3>
        ${this.rightsRefusal ? html`<p class="notice warning" role="alert">${this.rightsRefusal}</p>` : nothing}
        ${r.may.manageActors && r.rights
          ? html`<tuiles-admin-rights-editor theme=${this.theme ?? nothing} .rights=${r.rights} .groups=${this.groups} .search=${this.searchPeople}
              .delay=${this.searchDelay} .errors=${this.rightsErrors} ?busy=${this.busy}
              @rights-save=${(e: CustomEvent<{ rights: Right[] }>) => void this.saveRights(r.slug, e.detail.rights)}
              @rights-announce=${(e: CustomEvent<{ message: string }>) => this.say(e.detail.message)}></tuiles-admin-rights-editor>`
          : html`<p class="hint">Les droits de cette rubrique sont nommés par un administrateur ou par le gestionnaire de sa rubrique parente.</p>`}
      </section>`;
  }

  private panel() {
    const r = this.find(this.selected);
    if (this.mode === 'create' || (this.mode === 'edit' && r)) {
      const editing = this.mode === 'edit' ? r! : null;
      return html`<tuiles-admin-rubrique-form theme=${this.theme ?? nothing} .rubrique=${editing} .rubriques=${this.rubriques!} .parent=${editing ? editing.parent : this.defaultParent()}
        ?topLevel=${this.may.admin} .errors=${this.formErrors} ?busy=${this.busy}
        @rubrique-save=${(e: CustomEvent<{ fields: RubriqueFields; creating: boolean }>) => void this.save(e.detail.fields, e.detail.creating)}
        @rubrique-cancel=${() => this.open('view')}></tuiles-admin-rubrique-form>`;
    }
    if (!r) return html`<p class="empty">Choisissez une rubrique dans l’arborescence pour voir ses réglages et ses droits.</p>`;
    return this.details(r);
  }

  private body() {
    if (this.loadError) {
      return html`<div class="notice warning" role="alert">
        <p>Les rubriques n’ont pas pu être chargées : ${this.loadError}</p>
        <button type="button" @click=${() => void this.load()}>Réessayer</button>
      </div>`;
    }
    if (this.rubriques === null) return html`<p role="status">Chargement des rubriques…</p>`;
    const toolbar = this.canCreate()
      ? html`<div class="toolbar"><button type="button" @click=${() => this.open('create')}>Nouvelle rubrique</button></div>`
      : nothing;
    if (this.rubriques.length === 0) {
      return html`${toolbar}${this.mode === 'create' ? this.panel() : html`<p class="empty">Aucune rubrique pour l’instant.</p>`}`;
    }
    return html`${toolbar}
      <div class="layout">
        <nav aria-label="Arborescence des rubriques">
          <tuiles-admin-rubrique-tree theme=${this.theme ?? nothing} .rubriques=${this.rubriques} selected=${this.selected}
            @rubrique-select=${(e: CustomEvent<{ slug: string }>) => this.select(e.detail.slug)}></tuiles-admin-rubrique-tree>
        </nav>
        <div class="panel">${this.panel()}</div>
      </div>`;
  }

  override render() {
    return html`<h1>Rubriques et droits</h1>
      <p id="status" class="visually-hidden" aria-live="polite"></p>
      ${this.body()}`;
  }
}
define('tuiles-admin-rubriques', RubriquesScreen);
