/**
 * `<tuiles-admin-article-picker .site .value .multiple .error>`: a search box
 * « Rechercher un article » over `GET /api/sites/:site/articles?q=…&limit=20` (title,
 * case-insensitive; the same filter is applied here, so an older server that ignores
 * `q` still gives the right list), results with their status and rubrique. `multiple`
 * (selection): `value` is the ordered list of ids, each with « Retirer », « Monter »,
 * « Descendre ». Otherwise (the top tile's link): `value` is one id or null.
 */
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminApi, type AdminApi } from '../core/api.ts';
import { failureMessage } from '../core/failure.ts';
import { announce } from '../core/live-region.ts';
import { adminStyles } from '../core/styles.ts';
import type { ArticleStatus } from '../../../contract/vocabulary.ts';
import type { AuthoringArticleJson } from '../../../contract/authoring.ts';
import { loadRubriques } from '../core/rubriques-source.ts';
import { valueChange } from './value-change.ts';

/** The fields of the authoring list's articles the picker shows. */
export type ArticleSummary = Pick<AuthoringArticleJson, 'id' | 'title' | 'status' | 'rubrique'>;

export const statusWords: Record<ArticleStatus, string> = { published: 'Publié', draft: 'Brouillon', pending: 'En attente' };

const LIMIT = 20;
/** Typing pauses this long before the search goes out: one request per word, not per key. */
const SEARCH_DELAY_MS = 250;

type Results = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; articles: ArticleSummary[] };

export const matchesTitle = (article: ArticleSummary, query: string) =>
  article.title.toLocaleLowerCase('fr').includes(query.trim().toLocaleLowerCase('fr'));

export class ArticlePicker extends LitElement {
  static override styles = [
    adminStyles,
    css`
      ul {
        list-style: none;
        margin: 0 0 0.75em;
        padding: 0;
        display: grid;
        gap: 0.4em;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.4em 0.6em;
      }
      .title {
        flex: 1 1 12em;
        font-weight: 600;
      }
      .meta {
        color: var(--_muted);
        font-size: 0.9em;
      }
      h3 {
        font-size: 1em;
      }
    `,
  ];
  static override properties = {
    site: { type: String },
    multiple: { type: Boolean },
    label: { type: String },
    hint: { type: String },
    value: { attribute: false },
    error: { attribute: false },
    query: { state: true },
    results: { state: true },
    known: { state: true },
  };

  site = '';
  multiple = false;
  label = 'Articles';
  hint = '';
  /** Ids in order (multiple), or one id / null. */
  value: string[] | string | null = null;
  error = '';
  declare query: string;
  declare results: Results;
  /** Articles and rubrique titles seen so far: the chosen ones are named by title. */
  declare known: { articles: Map<string, ArticleSummary>; rubriques: Map<string, string> };
  private loaded = '';
  private abort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.query = '';
    this.results = { kind: 'idle' };
    this.known = { articles: new Map(), rubriques: new Map() };
  }

  private get api(): AdminApi {
    return adminApi(this.site);
  }

  private get chosen(): string[] {
    if (Array.isArray(this.value)) return this.value;
    return this.value ? [this.value] : [];
  }

  override willUpdate(): void {
    if (this.site && this.loaded !== this.site) {
      this.loaded = this.site;
      void this.search('');
      // Titles of the rubriques, for the results' « rubrique » line; the slug when it fails.
      loadRubriques(this.api)
        .then((list) => (this.known = { ...this.known, rubriques: new Map(list.map((r) => [r.slug, r.title])) }))
        .catch(() => {});
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    clearTimeout(this.timer);
    this.loaded = '';
  }

  private async search(query: string): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.results = { kind: 'loading' };
    const params = new URLSearchParams({ limit: String(LIMIT) });
    if (query.trim()) params.set('q', query.trim());
    try {
      const { articles } = await this.api.get<{ articles: ArticleSummary[] }>(`/articles?${params}`, abort.signal);
      if (abort.signal.aborted) return;
      const found = articles.filter((a) => matchesTitle(a, query));
      const known = new Map(this.known.articles);
      for (const a of articles) known.set(a.id, a);
      this.known = { ...this.known, articles: known };
      this.results = { kind: 'ready', articles: found };
    } catch (error) {
      if (!abort.signal.aborted) this.results = { kind: 'failed', message: failureMessage(error) };
    }
  }

  private typed(query: string): void {
    this.query = query;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(query), SEARCH_DELAY_MS);
  }

  private set(ids: string[], message: string, focus?: string): void {
    this.value = this.multiple ? ids : (ids[0] ?? null);
    this.dispatchEvent(valueChange(this.value));
    announce(this.renderRoot.querySelector('#live'), message);
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(focus)?.focus());
  }

  private titleOf(id: string): string {
    return this.known.articles.get(id)?.title ?? id;
  }

  private add(article: ArticleSummary): void {
    if (this.multiple) this.set([...this.chosen.filter((id) => id !== article.id), article.id], `« ${article.title} » ajouté à la sélection.`);
    else this.set([article.id], `« ${article.title} » choisi.`);
  }

  private drop(id: string): void {
    this.set(
      this.chosen.filter((x) => x !== id),
      `« ${this.titleOf(id)} » retiré.`,
      '#search',
    );
  }

  private move(id: string, by: -1 | 1): void {
    const ids = [...this.chosen];
    const from = ids.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to], ids[from]];
    this.set(ids, `« ${this.titleOf(id)} » en position ${to + 1} sur ${ids.length}.`, `#${by < 0 ? 'up' : 'down'}-${CSS.escape(id)}`);
  }

  override render() {
    const chosen = this.chosen;
    const described = ['search-hint', this.error ? 'error' : ''].filter(Boolean).join(' ');
    return html`<fieldset aria-invalid=${this.error ? 'true' : nothing}>
      <legend>${this.label}</legend>
      ${this.hint ? html`<p class="hint">${this.hint}</p>` : nothing}
      <h3 id="chosen-heading">${this.multiple ? 'Articles choisis' : 'Article choisi'}</h3>
      ${chosen.length === 0
        ? html`<p class="empty">${this.multiple ? 'Aucun article choisi.' : 'Aucun article lié.'}</p>`
        : html`<ul aria-labelledby="chosen-heading">
            ${chosen.map((id, i) => this.chosenItem(id, i, chosen.length))}
          </ul>`}
      <p class="field-error" id="error">${this.error}</p>
      <div class="field">
        <label for="search">Rechercher un article</label>
        <input id="search" type="search" autocomplete="off" aria-describedby=${described} .value=${this.query} @input=${(e: Event) => this.typed((e.target as HTMLInputElement).value)} />
        <p class="hint" id="search-hint">Tapez une partie du titre.</p>
      </div>
      ${this.resultList(chosen)}
      <p class="visually-hidden" id="live" aria-live="polite"></p>
    </fieldset>`;
  }

  private meta(article: ArticleSummary | undefined) {
    if (!article) return html`<span class="meta">article introuvable ou non visible</span>`;
    return html`<span class="meta">${statusWords[article.status]} · ${this.known.rubriques.get(article.rubrique) ?? article.rubrique}</span>`;
  }

  private chosenItem(id: string, index: number, count: number) {
    const title = this.titleOf(id);
    return html`<li>
      <span class="title">${title}</span> ${this.meta(this.known.articles.get(id))}
      ${this.multiple
        ? html`<button type="button" class="secondary" id=${`up-${id}`} aria-label=${`Monter « ${title} »`} ?disabled=${index === 0} @click=${() => this.move(id, -1)}>Monter</button>
            <button type="button" class="secondary" id=${`down-${id}`} aria-label=${`Descendre « ${title} »`} ?disabled=${index === count - 1} @click=${() => this.move(id, 1)}>
              Descendre
            </button>`
        : nothing}
      <button type="button" class="danger" aria-label=${`Retirer « ${title} »`} @click=${() => this.drop(id)}>Retirer</button>
    </li>`;
  }

  private resultList(chosen: string[]) {
    const results = this.results;
    if (results.kind === 'idle') return nothing;
    if (results.kind === 'loading') return html`<p class="empty" role="status">Recherche…</p>`;
    if (results.kind === 'failed')
      return html`<p class="error" role="alert">${results.message}</p>
        <button type="button" class="secondary" @click=${() => this.search(this.query)}>Réessayer</button>`;
    return html`<p class="visually-hidden" role="status">${results.articles.length === 0 ? 'Aucun article trouvé.' : `${results.articles.length} articles trouvés.`}</p>
      ${results.articles.length === 0
        ? html`<p class="empty">Aucun article ne correspond${this.query.trim() ? ` à « ${this.query.trim()} »` : ''}.</p>`
        : html`<ul aria-label="Résultats">
            ${results.articles.map((a) => {
              const taken = chosen.includes(a.id);
              return html`<li>
                <span class="title">${a.title}</span> ${this.meta(a)}
                <button type="button" class="secondary" aria-label=${`${taken ? 'Déjà choisi' : this.multiple ? 'Ajouter' : 'Choisir'} « ${a.title} »`} ?disabled=${taken} @click=${() => this.add(a)}>
                  ${taken ? 'Déjà choisi' : this.multiple ? 'Ajouter' : 'Choisir'}
                </button>
              </li>`;
            })}
          </ul>`}`;
  }
}

define('tuiles-admin-article-picker', ArticlePicker);
