/**
 * `<tuiles-admin-articles site path .may>` (route `#articles[/nouveau|/<id>]`):
 * « Mes articles », the viewer's own articles grouped by where they stand (Brouillons,
 * En attente de validation, Programmés, Publiés), each linking to its editor; or, for
 * `nouveau` or an id, the article editor. The editor (and Tiptap with it) is loaded
 * only when an article is opened: the list stays light.
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
import type { AuthoringArticleJson, RubriqueJson } from '../../../contract/authoring.ts';
import { statusLabel } from './status-label.ts';

/** The groups in the order an author looks for them; `label` is also the heading. */
const groups = [
  { label: 'Brouillons', status: 'Brouillon' },
  { label: 'En attente de validation', status: 'En attente de validation' },
  { label: 'Programmés', status: 'Programmé' },
  { label: 'Publiés', status: 'Publié' },
] as const;

export class AdminArticles extends LitElement {
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
      .count {
        font-weight: normal;
        color: var(--_muted);
      }
      .badge {
        display: inline-block;
        margin-inline-start: 0.5em;
        padding: 0 0.5em;
        border: 1px solid var(--_danger);
        border-radius: 1em;
        color: var(--_danger);
        font-size: 0.85em;
      }
      .meta {
        color: var(--_muted);
        font-size: 0.9em;
        display: block;
      }
    `,
  ];
  static override properties = {
    site: { type: String },
    path: { type: String },
    may: { attribute: false },
    now: { attribute: false },
    articles: { state: true },
    rubriques: { state: true },
    error: { state: true },
    editorReady: { state: true },
  };
  site = '';
  path = '';
  may: Capabilities | null = null;
  now: Date | null = null;
  articles: AuthoringArticleJson[] | null = null;
  rubriques: RubriqueJson[] = [];
  error = '';
  editorReady = false;
  readonly #listing = new LoadWithRetry(this, () => (this.path ? null : this.site || null), () => this.#list());

  /** The shell's leave question (core/leave-guard.ts), answered by the open editor. */
  confirmLeave(): boolean {
    return mayLeave(this.renderRoot?.querySelector('tuiles-admin-article-editor'));
  }

  override willUpdate(): void {
    if (this.path && !this.editorReady && !this.error) {
      import('./article-editor.ts').then(
        () => (this.editorReady = true),
        () => (this.error = 'Impossible de charger l’éditeur d’articles. Rechargez la page.'),
      );
    }
  }

  async #list(): Promise<void> {
    const api = adminApi(this.site);
    const [{ articles }, rubriques] = await Promise.all([
      api.get<{ articles: AuthoringArticleJson[] }>('/articles?mine=1&limit=200'),
      loadRubriques(api).catch(() => [] as RubriqueJson[]),
    ]);
    this.articles = articles;
    this.rubriques = rubriques;
  }

  override render() {
    if (this.path) {
      if (this.error) return html`<p class="error" role="alert">${this.error}</p>`;
      if (!this.editorReady) return html`<p role="status">Chargement de l’éditeur…</p>`;
      return html`<tuiles-admin-article-editor site=${this.site} article-id=${this.path === 'nouveau' ? '' : this.path} .may=${this.may} .now=${this.now}></tuiles-admin-article-editor>`;
    }
    return html`
      <div class="head">
        <h1>Mes articles</h1>
        <a class="button" href="#articles/nouveau">Nouvel article</a>
      </div>
      ${this.#listing.render('Chargement de vos articles…', () => this.#body(this.articles!))}
    `;
  }

  #body(articles: AuthoringArticleJson[]) {
    if (articles.length === 0) return html`<p class="empty">Vous n’avez encore écrit aucun article.</p>`;
    const now = this.now ?? new Date();
    const titleOf = (slug: string) => this.rubriques.find((r) => r.slug === slug)?.title ?? slug;
    return groups.map(({ label, status }, index) => {
      const items = articles.filter((a) => statusLabel(a, now) === status);
      if (items.length === 0) return nothing;
      return html`
        <section aria-labelledby="group-${index}">
          <h2 id="group-${index}">${label} <span class="count">(${items.length})</span></h2>
          <ul>
            ${items.map(
              (a) => html`<li>
                <a href="#articles/${a.id}" aria-describedby=${a.reviewNote ? `sent-back-${a.id}` : nothing}>${a.title}</a>
                ${a.reviewNote ? html`<span class="badge" id="sent-back-${a.id}">Renvoyé par le modérateur</span>` : nothing}
                <span class="meta">${titleOf(a.rubrique)} — ${dateLine(a, status)}</span>
              </li>`,
            )}
          </ul>
        </section>
      `;
    });
  }
}

function dateLine(a: AuthoringArticleJson, status: string): string {
  if (status === 'Programmé') return `paraîtra le ${parisDate(a.publishedAt)}`;
  if (status === 'Publié') return `publié le ${parisDate(a.publishedAt)}`;
  return `modifié le ${parisDate(a.updatedAt)}`;
}

define('tuiles-admin-articles', AdminArticles);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-admin-articles': AdminArticles;
  }
}
