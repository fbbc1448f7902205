/**
 * `<tuiles-admin-moderation site>` (route `#a-valider`): « À valider », the articles
 * waiting in the rubriques where the viewer validates (GET …/moderation), the longest
 * waiting first. Each shows its rubrique, author, date and résumé, a preview of its
 * text on demand, and « Publier », « Renvoyer à l’auteur » (with an optional word for
 * the author) and « Supprimer ». Each action is announced and the item leaves the list.
 */
import { loadRubriques } from '../core/rubriques-source.ts';
import { LitElement, css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { define } from '../../core/define.ts';
import { adminApi, type AdminApi } from '../core/api.ts';
import { failureMessage } from '../core/failure.ts';
import { announce } from '../core/live-region.ts';
import { adminStyles } from '../core/styles.ts';
import { parisDate } from '../core/paris-time.ts';
import type { AuthoringArticleJson, RubriqueJson } from '../../../contract/authoring.ts';

export class AdminModeration extends LitElement {
  static override styles = [
    adminStyles,
    css`
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      article {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 1em;
        margin: 0 0 1em;
      }
      .meta {
        color: var(--_muted);
        font-size: 0.9em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      .preview {
        border-inline-start: 3px solid var(--_border);
        padding-inline-start: 1em;
      }
      details {
        margin: 0.5em 0;
      }
    `,
  ];
  static override properties = {
    site: { type: String },
    path: { type: String },
    articles: { state: true },
    rubriques: { state: true },
    error: { state: true },
    bodies: { state: true },
    sendingBack: { state: true },
    busy: { state: true },
    itemErrors: { state: true },
  };
  site = '';
  path = '';
  articles: AuthoringArticleJson[] | null = null;
  rubriques: RubriqueJson[] = [];
  error = '';
  /** Bodies fetched for the previews, by id ('' while loading). */
  bodies: Record<string, string> = {};
  /** The article whose « Renvoyer à l’auteur » form is open. */
  sendingBack = '';
  busy = '';
  itemErrors: Record<string, string> = {};
  #api: AdminApi | null = null;
  #loadedFor = '';

  override willUpdate(): void {
    if (this.site && this.site !== this.#loadedFor) {
      this.#loadedFor = this.site;
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    this.#api = adminApi(this.site);
    this.articles = null;
    this.error = '';
    try {
      const [{ articles }, rubriques] = await Promise.all([
        this.#api.get<{ articles: AuthoringArticleJson[] }>('/moderation'),
        loadRubriques(this.#api).catch(() => [] as RubriqueJson[]),
      ]);
      this.articles = articles;
      this.rubriques = rubriques;
    } catch (error) {
      this.error = failureMessage(error);
    }
  }

  #say(text: string): void {
    announce(this.renderRoot.querySelector('.live'), text);
  }

  async #preview(a: AuthoringArticleJson, open: boolean): Promise<void> {
    if (!open || a.id in this.bodies) return;
    this.bodies = { ...this.bodies, [a.id]: '' };
    try {
      const { article } = await this.#api!.get<{ article: AuthoringArticleJson }>(`/articles/${encodeURIComponent(a.id)}/source`);
      this.bodies = { ...this.bodies, [a.id]: article.body || '<p><em>(texte vide)</em></p>' };
    } catch (error) {
      const { [a.id]: _, ...rest } = this.bodies;
      this.bodies = rest;
      this.itemErrors = { ...this.itemErrors, [a.id]: failureMessage(error) };
    }
  }

  async #act(a: AuthoringArticleJson, run: () => Promise<unknown>, done: string): Promise<void> {
    if (this.busy) return;
    this.busy = a.id;
    this.itemErrors = { ...this.itemErrors, [a.id]: '' };
    try {
      await run();
      this.articles = this.articles!.filter((x) => x.id !== a.id);
      this.sendingBack = '';
      this.#say(done);
      // The item's buttons are gone: focus goes to the list's heading, not the page top.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.itemErrors = { ...this.itemErrors, [a.id]: failureMessage(error) };
      this.#say(`Échec : ${failureMessage(error)}`);
    } finally {
      this.busy = '';
    }
  }

  #publish = (a: AuthoringArticleJson) =>
    this.#act(a, () => this.#api!.post(`/articles/${encodeURIComponent(a.id)}/publish`), `Article « ${a.title} » publié.`);

  #sendBack = (a: AuthoringArticleJson, message: string) =>
    this.#act(
      a,
      () => this.#api!.post(`/articles/${encodeURIComponent(a.id)}/send-back`, message.trim() ? { message: message.trim() } : {}),
      `Article « ${a.title} » renvoyé à ${a.author ?? 'son auteur'}.`,
    );

  #delete = (a: AuthoringArticleJson) => {
    if (!window.confirm(`Supprimer définitivement l’article « ${a.title} » ?`)) return;
    void this.#act(a, () => this.#api!.delete(`/articles/${encodeURIComponent(a.id)}`), `Article « ${a.title} » supprimé.`);
  };

  override render() {
    return html`
      <h1 tabindex="-1">À valider</h1>
      ${this.#list()}
      <p class="visually-hidden live" aria-live="polite"></p>
    `;
  }

  #list() {
    if (this.error)
      return html`<p class="error" role="alert">${this.error}</p>
        <button type="button" @click=${() => this.#load()}>Réessayer</button>`;
    if (!this.articles) return html`<p role="status">Chargement des articles à valider…</p>`;
    if (this.articles.length === 0) return html`<p class="empty">Rien à valider</p>`;
    const titleOf = (slug: string) => this.rubriques.find((r) => r.slug === slug)?.title ?? slug;
    return html`<ol>
      ${this.articles.map((a) => {
        const headingId = `title-${a.id}`;
        const busy = this.busy === a.id;
        return html`<li>
          <article aria-labelledby=${headingId}>
            <h2 id=${headingId}>${a.title}</h2>
            <p class="meta">${titleOf(a.rubrique)} — par ${a.author ?? 'auteur inconnu'} — soumis le ${parisDate(a.updatedAt)}</p>
            ${a.summary ? html`<p>${a.summary}</p>` : nothing}
            <details @toggle=${(e: Event) => this.#preview(a, (e.target as HTMLDetailsElement).open)}>
              <summary>Aperçu du texte</summary>
              ${a.id in this.bodies
                ? this.bodies[a.id]
                  ? html`<div class="preview">${unsafeHTML(this.bodies[a.id])}</div>`
                  : html`<p role="status">Chargement…</p>`
                : nothing}
            </details>
            <div class="actions">
              <button type="button" ?disabled=${busy || !a.may.publish} @click=${() => this.#publish(a)}>Publier</button>
              <button type="button" class="secondary" aria-expanded=${String(this.sendingBack === a.id)} ?disabled=${busy}
                @click=${() => (this.sendingBack = this.sendingBack === a.id ? '' : a.id)}>Renvoyer à l’auteur</button>
              <button type="button" class="danger" ?disabled=${busy || !a.may.delete} @click=${() => this.#delete(a)}>Supprimer</button>
            </div>
            ${this.sendingBack === a.id ? this.#sendBackForm(a) : nothing}
            ${this.itemErrors[a.id] ? html`<p class="error" role="alert">${this.itemErrors[a.id]}</p>` : nothing}
          </article>
        </li>`;
      })}
    </ol>`;
  }

  #sendBackForm(a: AuthoringArticleJson) {
    const id = `message-${a.id}`;
    return html`<form
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.#sendBack(a, (this.renderRoot.querySelector<HTMLTextAreaElement>(`#${CSS.escape(id)}`)?.value ?? ''));
      }}
    >
      <div class="field">
        <label for=${id}>Message à l’auteur (facultatif)</label>
        <textarea id=${id} rows="3" maxlength="2000"></textarea>
      </div>
      <button type="submit" ?disabled=${this.busy === a.id}>Renvoyer en brouillon</button>
    </form>`;
  }
}

define('tuiles-admin-moderation', AdminModeration);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-admin-moderation': AdminModeration;
  }
}
