/**
 * `<tuiles-admin-article-editor site article-id .may>`: writes one article (a new one
 * when `article-id` is empty): rubrique, titre, résumé with its counter, the body in
 * the rich-text editor, an illustration, a scheduled date; then « Enregistrer le
 * brouillon », « Soumettre » (a rédacteur) or « Publier » (who may publish),
 * « Dépublier », « Supprimer » as the API's `may` says.
 *
 * - The body sent is the editor's HTML; what comes back is what the server kept
 *   (sanitized), shown at once so the author sees what readers will.
 * - Field errors (400 `error.fields`) are shown next to their field; a 409 (the article
 *   changed state meanwhile) is explained with a way to reload.
 * - Unsaved work is kept in localStorage per article and flagged before the tab closes.
 */
import { loadRubriques } from '../core/rubriques-source.ts';
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { FetchError } from '../../core/api.ts';
import { adminApi, type AdminApi } from '../core/api.ts';
import { failureMessage, fieldErrors } from '../core/failure.ts';
import { announce } from '../core/live-region.ts';
import { leaveUnsaved } from '../core/leave-guard.ts';
import { UnloadGuard } from '../core/unload-guard.ts';
import { LoadWithRetry } from '../core/load-with-retry.ts';
import { adminStyles } from '../core/styles.ts';
import { isoToParisLocal, parisLocalToIso } from '../core/paris-time.ts';
import { keptInBrowser, type KeptInBrowser } from '../core/kept-in-browser.ts';
import type { AuthoringArticleJson, ReviewNoteJson, RubriqueJson } from '../../../contract/authoring.ts';
import { authoringLimits } from '../../../contract/authoring-limits.ts';
import type { IllustrationInput } from '../../../contract/vocabulary.ts';
import type { MediumJson } from '../../../contract/media.ts';
import { statusLabel } from './status-label.ts';
import { parisDate } from '../core/paris-time.ts';
import './rich-text.ts';

/** The form as the author edits it (`publishAt` as the Paris wall clock of a datetime-local). */
export interface ArticleForm {
  rubrique: string;
  title: string;
  summary: string;
  body: string;
  illustration: IllustrationInput | null;
  publishAt: string;
}

/** A form this editor kept (core/kept-in-browser.ts); anything else (an older page's, hand-edited) is dropped. */
function keptForm(value: unknown): ArticleForm | null {
  if (!value || typeof value !== 'object') return null;
  const form = value as Record<string, unknown>;
  const texts = (['rubrique', 'title', 'summary', 'body', 'publishAt'] as const).every((field) => typeof form[field] === 'string');
  const illustration = form.illustration === null || typeof (form.illustration as { url?: unknown } | undefined)?.url === 'string';
  return texts && illustration ? (form as unknown as ArticleForm) : null;
}

/** The unsaved form of one article (`nouveau` before it is created), kept in this browser. */
const keptDraft = (site: string, id: string) => keptInBrowser(`tuiles-admin:${site}:article:${id || 'nouveau'}`, keptForm);

const emptyForm = (rubrique = ''): ArticleForm => ({ rubrique, title: '', summary: '', body: '', illustration: null, publishAt: '' });

/** The form of a saved article; a scheduled date only while it is still to come (else the publication date is history). */
function formOf(a: AuthoringArticleJson, now: Date): ArticleForm {
  const scheduled = new Date(a.publishedAt) > now;
  return {
    rubrique: a.rubrique,
    title: a.title,
    summary: a.summary,
    body: a.body ?? '',
    illustration: a.illustration,
    publishAt: scheduled ? isoToParisLocal(a.publishedAt) : '',
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Action = 'save' | 'submit' | 'publish' | 'unpublish' | 'delete' | 'upload';

export class AdminArticleEditor extends LitElement {
  static override styles = [
    adminStyles,
    css`
      form {
        max-width: 48em;
      }
      .counter {
        color: var(--_muted);
        font-size: 0.9em;
        margin: 0;
      }
      .counter.over {
        color: var(--_danger);
      }
      .preview {
        max-width: 16em;
        height: auto;
        border-radius: var(--_radius);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-top: 1em;
      }
      .status {
        font-weight: 600;
      }
    `,
  ];
  static override properties = {
    site: { type: String },
    articleId: { type: String, attribute: 'article-id' },
    may: { attribute: false },
    now: { attribute: false },
    article: { state: true },
    rubriques: { state: true },
    form: { state: true },
    errors: { state: true },
    message: { state: true },
    conflict: { state: true },
    busy: { state: true },
    restored: { state: true },
  };
  site = '';
  articleId = '';
  may: unknown = null;
  /** The clock (tests): tells scheduled from published. */
  now: Date | null = null;
  article: AuthoringArticleJson | null = null;
  rubriques: RubriqueJson[] = [];
  form: ArticleForm = emptyForm();
  /** What the server has (the form when nothing is changed). */
  saved: ArticleForm = emptyForm();
  errors: Record<string, string> = {};
  message = '';
  conflict = false;
  busy: Action | null = null;
  restored = false;
  #api: AdminApi | null = null;
  #kept: KeptInBrowser<ArticleForm> | null = null;
  readonly #loading = new LoadWithRetry(this, () => (this.site ? `${this.site}/${this.articleId}` : null), () => this.#load());
  /** The browser asks before a tab with unsaved work closes. */
  readonly #unloadGuard = new UnloadGuard(this, () => this.dirty);

  get dirty(): boolean {
    return !same(this.form, this.saved);
  }

  /**
   * The shell's question before a hash change takes the viewer elsewhere
   * (core/leave-guard.ts): « Quitter sans enregistrer ? » when there is unsaved work.
   * Leaving drops that work, the copy kept for a reload included.
   */
  confirmLeave(): boolean {
    if (!leaveUnsaved(this.dirty)) return false;
    this.#kept?.clear();
    this.form = this.saved;
    return true;
  }

  /** Until the article and the rubriques are here (the tests wait on it). */
  get loading(): boolean {
    return this.#loading.loading;
  }

  #clock = () => this.now ?? new Date();

  async #load(): Promise<void> {
    this.#api = adminApi(this.site);
    this.#kept = keptDraft(this.site, this.articleId);
    this.errors = {};
    this.message = '';
    this.conflict = false;
    const [rubriques, source] = await Promise.all([
      loadRubriques(this.#api),
      this.articleId ? this.#api.get<{ article: AuthoringArticleJson }>(`/articles/${encodeURIComponent(this.articleId)}/source`) : Promise.resolve(null),
    ]);
    this.rubriques = rubriques;
    this.article = source?.article ?? null;
    const writable = this.#writableRubriques();
    this.saved = this.article ? formOf(this.article, this.#clock()) : emptyForm(writable.length === 1 ? writable[0].slug : '');
    const kept = this.#kept.read();
    this.restored = kept !== null && !same(kept, this.saved);
    this.form = this.restored ? kept! : this.saved;
  }

  /** Blog rubriques where the viewer writes (and the article's own, even if that right is gone). */
  #writableRubriques(): RubriqueJson[] {
    return this.rubriques.filter((r) => r.services.includes('blog') && (r.may.write || r.slug === this.article?.rubrique));
  }

  #edit(patch: Partial<ArticleForm>): void {
    this.form = { ...this.form, ...patch };
    for (const key of Object.keys(patch)) if (this.errors[key]) this.errors = { ...this.errors, [key]: '' };
    if (this.dirty) this.#kept?.write(this.form);
    else this.#kept?.clear();
  }

  #discardKept(): void {
    this.#kept?.clear();
    this.form = this.saved;
    this.restored = false;
  }

  /** The fields the server is sent: all for a new article, the changed ones for an edit. */
  #payload(): Record<string, unknown> {
    const f = this.form;
    const all: Record<string, unknown> = {
      rubrique: f.rubrique,
      title: f.title,
      summary: f.summary,
      body: f.body,
      illustration: f.illustration,
      publishAt: f.publishAt ? parisLocalToIso(f.publishAt) : null,
    };
    if (!this.article) return all;
    const changed: Record<string, unknown> = {};
    for (const key of Object.keys(all) as (keyof ArticleForm)[]) if (!same(f[key], this.saved[key])) changed[key] = all[key];
    return changed;
  }

  /** Client-side checks the server would make anyway, said before the round trip. */
  #check(): Record<string, string> {
    const errors: Record<string, string> = {};
    if (!this.form.rubrique) errors.rubrique = 'Choisissez une rubrique.';
    if (!this.form.title.trim()) errors.title = 'Le titre est obligatoire.';
    if (this.form.summary.length > authoringLimits.summary) errors.summary = `Le résumé dépasse ${authoringLimits.summary} caractères.`;
    return errors;
  }

  /** Saves if needed; false when the save failed (errors are then shown). */
  async #save(): Promise<boolean> {
    if (this.article && !this.dirty) return true;
    const errors = this.#check();
    if (Object.keys(errors).length) {
      this.#showErrors(errors, 'Corrigez les champs signalés.');
      return false;
    }
    const body = this.#payload();
    const answer = this.article
      ? await this.#api!.patch<{ article: AuthoringArticleJson }>(`/articles/${encodeURIComponent(this.article.id)}`, body)
      : await this.#api!.post<{ article: AuthoringArticleJson }>('/articles', body);
    this.#accept(answer.article);
    return true;
  }

  /** The server's article becomes the form: the body as sanitized, the saved copy dropped. */
  #accept(article: AuthoringArticleJson): void {
    const created = !this.article;
    this.article = article;
    this.saved = formOf(article, this.#clock());
    this.form = this.saved;
    this.#kept?.clear();
    this.restored = false;
    if (created) {
      // The route follows the new id; the shell then sets the same `article-id`: nothing to reload.
      this.articleId = article.id;
      this.#loading.settle();
      this.#kept = keptDraft(this.site, article.id);
      keptDraft(this.site, '').clear();
      if (typeof location !== 'undefined') location.hash = `#articles/${article.id}`;
    }
  }

  #showErrors(errors: Record<string, string>, message: string): void {
    this.errors = errors;
    this.message = message;
    void this.updateComplete.then(() => {
      const first = Object.keys(errors)[0];
      const target = !first ? null : this.renderRoot.querySelector<HTMLElement>(`[data-field="${first.split('.')[0]}"]`);
      target?.focus();
    });
  }

  async #run(action: Action, work: () => Promise<string | null>): Promise<void> {
    if (this.busy) return;
    this.busy = action;
    this.message = '';
    this.conflict = false;
    try {
      const done = await work();
      if (done) {
        this.errors = {};
        this.message = done;
        announce(this.renderRoot.querySelector('.live'), done);
      }
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) {
        this.#showErrors(fields, 'Le serveur a refusé certains champs : corrigez-les puis réessayez.');
      } else if (error instanceof FetchError && error.status === 409) {
        this.conflict = true;
        this.message = `${failureMessage(error)} L’article a changé d’état entre-temps (quelqu’un d’autre l’a peut-être publié ou renvoyé) : rechargez-le pour voir où il en est.`;
      } else {
        this.message = failureMessage(error);
      }
    } finally {
      this.busy = null;
    }
  }

  #saveDraft = () => this.#run('save', async () => ((await this.#save()) ? 'Article enregistré.' : null));

  #transition(verb: 'submit' | 'publish' | 'unpublish', done: (a: AuthoringArticleJson) => string) {
    return () =>
      this.#run(verb, async () => {
        if (verb !== 'unpublish' && !(await this.#save())) return null;
        const { article } = await this.#api!.post<{ article: AuthoringArticleJson }>(`/articles/${encodeURIComponent(this.article!.id)}/${verb}`);
        this.#accept(article);
        return done(article);
      });
  }

  #submit = this.#transition('submit', () => 'Article soumis : les modérateurs de la rubrique vont le relire.');
  #publish = this.#transition('publish', (a) => (statusLabel(a, this.#clock()) === 'Programmé' ? 'Article programmé.' : 'Article publié.'));
  #unpublish = this.#transition('unpublish', () => 'Article dépublié : il est redevenu un brouillon.');

  #delete = () => {
    const article = this.article;
    if (!article || this.busy || !window.confirm(`Supprimer définitivement l’article « ${article.title} » ?`)) return;
    void this.#run('delete', async () => {
      await this.#api!.delete(`/articles/${encodeURIComponent(article.id)}`);
      this.#kept?.clear();
      this.saved = this.form;
      location.hash = '#articles';
      return 'Article supprimé.';
    });
  };

  #upload = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void this.#run('upload', async () => {
      const form = new FormData();
      form.set('file', file);
      form.set('usage', 'illustration');
      form.set('alt', this.form.illustration?.alt ?? this.#pendingAlt);
      const { medium } = await this.#api!.upload<{ medium: MediumJson }>('/media', form);
      // The alt typed while the image was on its way wins over the one sent with it.
      const alt = this.renderRoot.querySelector<HTMLInputElement>('#alt')?.value ?? medium.alt;
      this.#edit({ illustration: { url: medium.url, alt, width: medium.width, height: medium.height } });
      input.value = '';
      return 'Illustration envoyée.';
    }).then(() => {
      // Upload field errors (file, alt) are the illustration's.
      const { file: fileError, alt } = this.errors;
      if (fileError || alt) this.errors = { ...this.errors, illustration: fileError || alt };
    });
  };

  /** The alt text typed before any image is chosen. */
  #pendingAlt = '';

  #fieldError(name: string) {
    const message = Object.entries(this.errors).find(([key, text]) => text && (key === name || key.startsWith(`${name}.`)))?.[1];
    return html`<p class="field-error" id="${name}-error">${message ?? ''}</p>`;
  }

  #invalid = (name: string) => String(Object.entries(this.errors).some(([key, text]) => text && (key === name || key.startsWith(`${name}.`))));

  override render() {
    return this.#loading.render('Chargement de l’article…', () => this.#form());
  }

  #form() {
    const a = this.article;
    const f = this.form;
    const writable = this.#writableRubriques();
    const rubrique = this.rubriques.find((r) => r.slug === f.rubrique);
    const canEdit = a ? a.may.edit : writable.length > 0;
    const canPublish = a ? a.may.publish : Boolean(rubrique?.may.publish);
    const canSubmit = !canPublish && (a ? a.may.submit : Boolean(rubrique?.may.write));
    const saveLabel = !a || a.status === 'draft' ? 'Enregistrer le brouillon' : 'Enregistrer les modifications';
    const over = f.summary.length > authoringLimits.summary;
    const disabled = !canEdit || this.busy !== null;
    return html`
      <p><a href="#articles">← Mes articles</a></p>
      <h1>${a ? a.title || 'Article sans titre' : 'Nouvel article'}</h1>
      ${a?.reviewNote && a.status === 'draft' ? reviewNoteView(a.reviewNote) : nothing}
      ${a ? html`<p class="status">État : ${statusLabel(a, this.#clock())}${a.author && !a.mine ? html` — par ${a.author}` : nothing}</p>` : nothing}
      ${this.restored
        ? html`<div class="notice" role="status">
            Des modifications non enregistrées de cet article ont été retrouvées et restaurées.
            <button type="button" class="secondary" @click=${() => this.#discardKept()}>Abandonner ces modifications</button>
          </div>`
        : nothing}
      ${!canEdit ? html`<p class="notice warning">${a ? 'Vous ne pouvez pas modifier cet article.' : 'Vous n’avez le droit d’écrire dans aucune rubrique avec un blog.'}</p>` : nothing}
      ${this.dirty ? html`<p class="notice" role="status">Modifications non enregistrées</p>` : nothing}
      <form novalidate @submit=${(e: Event) => (e.preventDefault(), this.#saveDraft())}>
        <div class="field">
          <label for="rubrique">Rubrique</label>
          <select id="rubrique" data-field="rubrique" .value=${f.rubrique} ?disabled=${!canEdit}
            aria-invalid=${this.#invalid('rubrique')} aria-describedby="rubrique-error"
            @change=${(e: Event) => this.#edit({ rubrique: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!f.rubrique}>Choisir une rubrique…</option>
            ${writable.map((r) => html`<option value=${r.slug} ?selected=${r.slug === f.rubrique}>${r.title}</option>`)}
          </select>
          ${this.#fieldError('rubrique')}
        </div>
        <div class="field">
          <label for="title">Titre</label>
          <input id="title" data-field="title" .value=${f.title} maxlength=${authoringLimits.title} required ?disabled=${!canEdit}
            aria-invalid=${this.#invalid('title')} aria-describedby="title-error"
            @input=${(e: Event) => this.#edit({ title: (e.target as HTMLInputElement).value })} />
          ${this.#fieldError('title')}
        </div>
        <div class="field">
          <label for="summary">Résumé</label>
          <textarea id="summary" data-field="summary" rows="3" .value=${f.summary} ?disabled=${!canEdit}
            aria-invalid=${String(over || this.#invalid('summary') === 'true')} aria-describedby="summary-count summary-error"
            @input=${(e: Event) => this.#edit({ summary: (e.target as HTMLTextAreaElement).value })}></textarea>
          <p id="summary-count" class="counter ${over ? 'over' : ''}">${f.summary.length} / ${authoringLimits.summary} caractères${over ? ` : ${f.summary.length - authoringLimits.summary} de trop` : ''}</p>
          ${this.#fieldError('summary')}
        </div>
        <div class="field">
          <span id="body-label" class="label"><strong>Texte</strong></span>
          <tuiles-admin-rich-text data-field="body" label="Texte de l’article" described-by="body-error"
            .value=${f.body} ?invalid=${this.#invalid('body') === 'true'}
            @rich-text-input=${(e: CustomEvent<{ html: string }>) => this.#edit({ body: e.detail.html })}></tuiles-admin-rich-text>
          ${this.#fieldError('body')}
        </div>
        <fieldset>
          <legend>Illustration</legend>
          ${f.illustration ? html`<img class="preview" src=${f.illustration.url} alt="" />` : nothing}
          <div class="field">
            <label for="illustration">${f.illustration ? 'Remplacer l’image' : 'Illustration'}</label>
            <input id="illustration" data-field="illustration" type="file" accept="image/*" ?disabled=${disabled}
              aria-invalid=${this.#invalid('illustration')} aria-describedby="illustration-error" @change=${this.#upload} />
            ${this.#fieldError('illustration')}
          </div>
          <div class="field">
            <label for="alt">Texte alternatif</label>
            <input id="alt" .value=${f.illustration?.alt ?? this.#pendingAlt} ?disabled=${!canEdit} aria-describedby="alt-hint"
              @input=${(e: Event) => {
                const alt = (e.target as HTMLInputElement).value;
                if (f.illustration) this.#edit({ illustration: { ...f.illustration, alt } });
                else this.#pendingAlt = alt;
              }} />
            <p id="alt-hint" class="hint">Ce que montre l’image, pour qui ne la voit pas. Laissez vide si elle est décorative.</p>
          </div>
          ${f.illustration
            ? html`<button type="button" class="secondary" ?disabled=${!canEdit} @click=${() => this.#edit({ illustration: null })}>Retirer l’illustration</button>`
            : nothing}
        </fieldset>
        <div class="field">
          <label for="publishAt">Publication programmée</label>
          <input id="publishAt" data-field="publishAt" type="datetime-local" .value=${f.publishAt} ?disabled=${!canEdit}
            aria-invalid=${this.#invalid('publishAt')} aria-describedby="publishAt-hint publishAt-error"
            @input=${(e: Event) => this.#edit({ publishAt: (e.target as HTMLInputElement).value })} />
          <p id="publishAt-hint" class="hint">Heure de Paris. Laissez vide pour une parution dès la publication.</p>
          ${this.#fieldError('publishAt')}
        </div>
        <div class="actions">
          ${canEdit ? html`<button type="submit" ?disabled=${disabled}>${saveLabel}</button>` : nothing}
          ${canSubmit && (!a || a.status === 'draft') ? html`<button type="button" ?disabled=${disabled} @click=${this.#submit}>Soumettre</button>` : nothing}
          ${canPublish && a?.status !== 'published' ? html`<button type="button" ?disabled=${disabled} @click=${this.#publish}>Publier</button>` : nothing}
          ${a?.may.unpublish ? html`<button type="button" class="secondary" ?disabled=${this.busy !== null} @click=${this.#unpublish}>Dépublier</button>` : nothing}
          ${a?.may.delete ? html`<button type="button" class="danger" ?disabled=${this.busy !== null} @click=${this.#delete}>Supprimer</button>` : nothing}
        </div>
      </form>
      <div role="status">${this.busy ? html`<p>${busyText[this.busy]}</p>` : nothing}</div>
      ${this.message
        ? html`<div class="notice ${this.conflict || Object.values(this.errors).some(Boolean) ? 'warning' : ''}" role=${this.conflict || Object.values(this.errors).some(Boolean) ? 'alert' : 'status'}>
            <p>${this.message}</p>
            ${this.conflict ? html`<button type="button" @click=${() => this.#reload()}>Recharger l’article</button>` : nothing}
          </div>`
        : nothing}
      <p class="visually-hidden live" aria-live="polite"></p>
    `;
  }

  #reload(): void {
    void this.#loading.reload();
  }
}

/** The modérateur's word on the sent-back draft, first thing the author reads. */
function reviewNoteView(note: ReviewNoteJson) {
  const who = note.by ? `par ${note.by}` : 'par le modérateur';
  return html`<section class="notice warning review-note" aria-labelledby="review-note-title">
    <h2 id="review-note-title" class="visually-hidden">Renvoyé par le modérateur</h2>
    ${note.message
      ? html`<p><strong>Message du modérateur :</strong> ${note.message}</p>`
      : html`<p><strong>Renvoyé par le modérateur</strong>, sans message.</p>`}
    <p class="hint">Renvoyé ${who} le ${parisDate(note.at)}. Corrigez l’article puis soumettez-le à nouveau.</p>
  </section>`;
}

const busyText: Record<Action, string> = {
  save: 'Enregistrement…',
  submit: 'Envoi aux modérateurs…',
  publish: 'Publication…',
  unpublish: 'Dépublication…',
  delete: 'Suppression…',
  upload: 'Envoi de l’image…',
};

define('tuiles-admin-article-editor', AdminArticleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-admin-article-editor': AdminArticleEditor;
  }
}
