/**
 * `<tuiles-admin-composer site path>`: the « Pages » screen of /admin. The page
 * (`path` '' or 'public-home': the public homepage; 'personal-home': the personal page)
 * as cards in their layout order, edited as a draft kept in the browser until
 * « Publier », with a live preview for the chosen viewer, warnings on the cards, the
 * conflict dialog when someone published meanwhile, and the history with restore.
 *
 * The parts live beside it: draft.ts (the tiles as data), draft-storage.ts (the draft
 * in localStorage), page-api.ts (the calls), cards.ts, reorder.ts, keyboard-move.ts and
 * pointer-drag.ts,
 * preview-pane.ts, warnings.ts, server-errors.ts, history.ts, conflict-dialog.ts,
 * catalogue.ts.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { ResolvedTile, TileType } from '../../../contract/tiles/index.ts';
import type { PageKind } from '../../../contract/vocabulary.ts';
import { define } from '../../core/define.ts';
import { adminApi, type AdminApi } from '../core/api.ts';
import { loadRubriques } from '../core/rubriques-source.ts';
import { failureMessage, fieldErrors } from '../core/failure.ts';
import { pageApi, type PageApi } from './page-api.ts';
import { announce } from '../core/live-region.ts';
import { adminStyles } from '../core/styles.ts';
import { UnloadGuard } from '../core/unload-guard.ts';
import { isKnownType, labelOf, stubConfigOf, tileCatalogue, typesFor } from './catalogue.ts';
import { cardList, type CardActions, type CardView, type EditorContext } from './cards.ts';
import { composerStyles } from './composer.styles.ts';
import { conflictDialog } from './conflict-dialog.ts';
import { duplicateAt, insertAt, newTileId, removeAt, replaceTile, sameTiles, type DraftTile } from './draft.ts';
import { browserDraftStorage, type DraftStorage } from './draft-storage.ts';
import { historySection } from './history.ts';
import type { PageVersionJson, StaleWarning } from '../../../contract/authoring.ts';
import { moveHelp } from './keyboard-move.ts';
import { Reorder } from './reorder.ts';
import { kindOfPath, pageLinks } from './kind.ts';
import { previewPane, type PreviewState } from './preview-pane.ts';
import { tileErrors } from './server-errors.ts';
import { tileProblem } from './tile-check.ts';
import { tileSummary, tileTitle } from './tile-summary.ts';
import { previewAs, type PreviewAs, type ViewerChoice } from './viewer.ts';
import { tileWarnings } from './warnings.ts';

type LoadState = 'loading' | 'ready' | 'error';
type PublishState = 'idle' | 'publishing';


export class TuilesAdminComposer extends LitElement {
  static override styles = [adminStyles, composerStyles];

  static override properties = {
    site: { type: String },
    path: { type: String },
    theme: { type: String, reflect: true },
    loadState: { state: true },
    loadError: { state: true },
    tiles: { state: true },
    saved: { state: true },
    base: { state: true },
    published: { state: true },
    restoredFrom: { state: true },
    publishState: { state: true },
    pageErrors: { state: true },
    serverErrors: { state: true },
    editingId: { state: true },
    addOpen: { state: true },
    removed: { state: true },
    stale: { state: true },
    anonymous: { state: true },
    preview: { state: true },
    viewer: { state: true },
    niveau: { state: true },
    historyOpen: { state: true },
    historyLoading: { state: true },
    historyError: { state: true },
    versions: { state: true },
    restoring: { state: true },
    conflict: { state: true },
    peertubeHosts: { state: true },
    rubriqueTitles: { state: true },
  };

  site = '';
  path = '';
  declare theme: string | undefined;

  // Dependencies (tests and the shell may replace them).
  /** The API; by default `adminApi(site)`. */
  api: AdminApi | null = null;
  storage: DraftStorage = browserDraftStorage();
  /** Milliseconds of quiet before the preview is asked again. */
  previewDelay = 400;
  confirmAction: (message: string) => boolean = (message) => window.confirm(message);
  /** Scrolls the page while a card is dragged near the window's edges. */
  scrollPage: (dy: number) => void = (dy) => window.scrollBy(0, dy);
  random: () => number = Math.random;

  loadState: LoadState = 'loading';
  loadError = '';
  tiles: DraftTile[] = [];
  saved: DraftTile[] = [];
  base = 0;
  /** The server's version when the page was loaded. */
  published = 0;
  /** The stored draft's base version, when the draft shown came from the browser. */
  restoredFrom: number | null = null;
  publishState: PublishState = 'idle';
  pageErrors: string[] = [];
  serverErrors = new Map<string, Record<string, string>>();
  editingId: string | null = null;
  addOpen = false;
  removed: { tile: DraftTile; index: number; name: string } | null = null;
  stale: StaleWarning[] = [];
  anonymous: ResolvedTile[] | null = null;
  preview: PreviewState = { loading: false, tiles: null, error: null, left: 0 };
  viewer: ViewerChoice = 'anonyme';
  niveau = '6e';
  historyOpen = false;
  historyLoading = false;
  historyError: string | null = null;
  versions: PageVersionJson[] = [];
  restoring: number | null = null;
  conflict: { base: number; latest: PageVersionJson | null; busy: boolean } | null = null;
  /** The site's Peertube instances, as the page source gives them to the editors. */
  peertubeHosts: readonly string[] | undefined = undefined;
  /** Rubrique slug -> title, for the cards' summaries. */
  rubriqueTitles: ReadonlyMap<string, string> = new Map();

  private kind: PageKind = 'public-home';
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private previewRun = 0;
  private loadRun = 0;
  /** After a render, focus this element of this card (moves re-order the DOM: focus would be lost). */
  private pendingFocus: { id: string; selector: string } | { selector: string } | null = null;

  /** The browser asks before a tab with unpublished changes closes. */
  private readonly unloadGuard = new UnloadGuard(this, () => this.dirty);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  get dirty(): boolean {
    return this.loadState === 'ready' && (!sameTiles(this.tiles, this.saved) || this.restoredFrom !== null);
  }

  private get pages(): PageApi {
    return pageApi(this.api ?? adminApi(this.site), this.kind);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('site') || changed.has('path')) {
      const kind = kindOfPath(this.path);
      if (kind !== this.kind || changed.has('site') || this.loadRun === 0) {
        this.kind = kind;
        this.viewer = kind === 'personal-home' ? 'eleve' : 'anonyme';
        void this.load(true);
      }
    }
  }

  override updated(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.conflict');
    if (dialog && !dialog.open) dialog.showModal();
    if (this.pendingFocus) {
      const focus = this.pendingFocus;
      this.pendingFocus = null;
      const selector = 'id' in focus ? `.card[data-id="${CSS.escape(focus.id)}"]${focus.selector ? ` ${focus.selector}` : ''}` : focus.selector;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  // ---- Loading -------------------------------------------------------------------

  /**
   * The page as published; with `keepDraft`, the draft this browser kept for it, if any.
   * A reload of the same page (`keepEditor`) opens again the editor of the tile that was
   * being edited, if the page still has it. The cards are rendered anew, so the focus
   * they held would fall to <body>: when it was in the composer (`refocus`, by default
   * when it is now), it goes to that editor's card, else the first card, else the status.
   */
  async load(keepDraft: boolean, after: { keepEditor?: boolean; refocus?: boolean } = {}): Promise<void> {
    if (!this.site) return;
    const refocus = after.refocus ?? this.hasFocus();
    const editing = after.keepEditor ? this.editingId : null;
    const run = ++this.loadRun;
    this.loadState = 'loading';
    this.editingId = null;
    this.reorder.reset();
    this.removed = null;
    this.serverErrors = new Map();
    this.pageErrors = [];
    this.anonymous = null;
    this.preview = { loading: false, tiles: null, error: null, left: 0 };
    void this.loadStale(run);
    void this.loadRubriqueTitles(run);
    try {
      const source = await this.pages.source();
      if (run !== this.loadRun) return;
      this.base = source.version;
      this.published = source.version;
      this.saved = source.tiles;
      this.tiles = source.tiles;
      this.peertubeHosts = source.peertubeHosts;
      this.restoredFrom = null;
      const stored = keepDraft ? this.storage.load(this.site, this.kind) : null;
      if (stored && (!sameTiles(stored.tiles, source.tiles) || stored.base !== source.version)) {
        this.tiles = stored.tiles;
        this.base = stored.base;
        this.restoredFrom = stored.base;
      } else if (stored) {
        this.storage.clear(this.site, this.kind);
      }
      this.loadState = 'ready';
      this.editingId = editing !== null && this.tiles.some((t) => t.id === editing) ? editing : null;
      const focusId = this.editingId ?? this.tiles[0]?.id;
      if (refocus) this.pendingFocus = focusId ? { id: focusId, selector: '' } : { selector: '.status' };
      this.schedulePreview(0);
    } catch (error) {
      if (run !== this.loadRun) return;
      this.loadState = 'error';
      this.loadError = failureMessage(error);
      if (refocus) this.pendingFocus = { selector: '.load-error button' };
    }
  }

  /** Is the focus on something of the composer (the conflict dialog included)? */
  private hasFocus(): boolean {
    return (this.shadowRoot?.activeElement ?? null) !== null;
  }

  /** Titles for the cards' summaries (« Rubriques : CDI, Vie scolaire »); without them, the slugs. */
  private async loadRubriqueTitles(run: number): Promise<void> {
    try {
      const rubriques = await loadRubriques(this.api ?? adminApi(this.site));
      if (run === this.loadRun) this.rubriqueTitles = new Map(rubriques.map((r) => [r.slug, r.title]));
    } catch {
      // The summaries keep the slugs: nothing else depends on the titles.
    }
  }

  /** Warnings are a help: when the stale route fails, the composer works without them. */
  private async loadStale(run: number): Promise<void> {
    try {
      const warnings = await this.pages.stale();
      if (run === this.loadRun) this.stale = warnings;
    } catch {
      if (run === this.loadRun) this.stale = [];
    }
  }

  // ---- The draft -----------------------------------------------------------------

  private setTiles(next: DraftTile[]): void {
    this.tiles = next;
    this.persist();
    this.schedulePreview();
  }

  private persist(): void {
    if (this.dirty) this.storage.save(this.site, this.kind, { base: this.base, tiles: this.tiles, savedAt: new Date().toISOString() });
    else this.storage.clear(this.site, this.kind);
  }

  private nameOf(tile: DraftTile): string {
    return tileTitle(tile, labelOf(tile.type));
  }

  private say(message: string): void {
    announce(this.renderRoot.querySelector('#composer-live'), message);
  }

  private addTile(type: TileType): void {
    const tile: DraftTile = { id: newTileId(type, this.random), type, config: stubConfigOf(type) };
    // The top tile stands above the others; any other type goes at the end.
    const index = type === 'top' ? 0 : this.tiles.length;
    this.setTiles(insertAt(this.tiles, index, tile));
    this.addOpen = false;
    this.editingId = tile.id;
    this.pendingFocus = { id: tile.id, selector: '' };
    this.say(`Tuile ${this.nameOf(tile)} ajoutée en position ${index + 1} sur ${this.tiles.length}`);
  }

  private readonly reorder = new Reorder(this, {
    tiles: () => this.tiles,
    setTiles: (tiles) => this.setTiles(tiles),
    nameOf: (tile) => this.nameOf(tile),
    say: (message) => this.say(message),
    focusAfterRender: (id, selector) => (this.pendingFocus = { id, selector }),
    cardElements: () => [...this.renderRoot.querySelectorAll<HTMLElement>('article.card')],
    handleFocused: (id) => (this.shadowRoot?.activeElement as HTMLElement | null)?.matches(`.card[data-id="${CSS.escape(id)}"] .handle`) ?? false,
    scrollBy: (dy) => this.scrollPage(dy),
    viewportHeight: () => window.innerHeight,
  });

  private readonly actions: CardActions = {
    edit: (tile) => {
      this.editingId = this.editingId === tile.id ? null : tile.id;
    },
    duplicate: (index) => {
      const copy = newTileId(this.tiles[index].type, this.random);
      this.setTiles(duplicateAt(this.tiles, index, copy));
      this.pendingFocus = { id: copy, selector: '' };
      this.say(`Tuile ${this.nameOf(this.tiles[index + 1])} dupliquée en position ${index + 2} sur ${this.tiles.length}`);
    },
    remove: (index) => {
      const tile = this.tiles[index];
      if (this.editingId === tile.id) this.editingId = null;
      this.removed = { tile, index, name: this.nameOf(tile) };
      this.setTiles(removeAt(this.tiles, index));
      this.pendingFocus = { selector: '.removed button' };
      this.say(`Tuile ${this.removed.name} supprimée`);
    },
    step: (index, by, button) => this.reorder.step(index, by, button),
    handleKey: (event, index) => this.reorder.key(event, index),
    handleLeft: (tile) => void this.reorder.focusLeft(tile.id),
    pointerDown: (event, index) => this.reorder.pointerDown(event, index),
  };

  private undoRemove(): void {
    if (!this.removed) return;
    const { tile, index, name } = this.removed;
    this.removed = null;
    this.setTiles(insertAt(this.tiles, index, tile));
    this.pendingFocus = { id: tile.id, selector: '' };
    this.say(`Tuile ${name} remise en position ${index + 1} sur ${this.tiles.length}`);
  }

  private onTileChange(event: Event): void {
    const { tile } = (event as CustomEvent<{ tile: DraftTile }>).detail;
    if (!tile || !this.tiles.some((t) => t.id === tile.id)) return;
    if (this.serverErrors.has(tile.id)) {
      const errors = new Map(this.serverErrors);
      errors.delete(tile.id);
      this.serverErrors = errors;
    }
    this.setTiles(replaceTile(this.tiles, tile));
  }

  private discardDraft(): void {
    this.storage.clear(this.site, this.kind);
    void this.load(false, { keepEditor: true });
    this.say('Brouillon abandonné : la page publiée est affichée');
  }

  // ---- Preview -------------------------------------------------------------------

  private schedulePreview(delay = this.previewDelay): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.runPreview(), delay);
  }

  /**
   * The draft resolved by the server for the chosen viewer and, on the public page, for
   * an anonymous visitor (the warnings). Tiles the server would refuse before resolving
   * (unknown type, config to complete) are left out and said so.
   */
  private async runPreview(): Promise<void> {
    if (this.loadState !== 'ready') return;
    const run = ++this.previewRun;
    const sent = this.tiles.filter((t) => tileProblem(t) === null);
    const left = this.tiles.length - sent.length;
    const ids = sent.map((t) => t.id);
    const as = previewAs(this.viewer, this.niveau);
    const wantsAnonymous = this.kind === 'public-home';
    this.preview = { ...this.preview, loading: true, left };
    const ask = (who: PreviewAs) => this.pages.preview(sent, who);
    try {
      const [chosen, anonymous] = await Promise.all([
        ask(as),
        wantsAnonymous && as !== null ? ask(null) : Promise.resolve(null),
      ]);
      if (run !== this.previewRun) return;
      this.preview = { loading: false, tiles: chosen, error: null, left };
      this.anonymous = wantsAnonymous ? (anonymous ?? chosen) : null;
      this.clearPreviewErrors(ids);
    } catch (error) {
      if (run !== this.previewRun) return;
      const fields = fieldErrors(error);
      if (Object.keys(fields).length > 0) this.showServerErrors(fields, ids);
      this.preview = { ...this.preview, loading: false, error: `L’aperçu n’a pas pu être mis à jour. ${failureMessage(error)}`, left };
    }
  }

  /** A preview that passed means the server accepts every tile sent: their old faults go. */
  private clearPreviewErrors(ids: string[]): void {
    if (!ids.some((id) => this.serverErrors.has(id))) return;
    const errors = new Map(this.serverErrors);
    for (const id of ids) errors.delete(id);
    this.serverErrors = errors;
  }

  private showServerErrors(fields: Record<string, string>, sentIds: string[]): void {
    const { byTile, page } = tileErrors(fields, sentIds);
    this.serverErrors = byTile;
    this.pageErrors = page;
  }

  private setViewer(choice: ViewerChoice): void {
    this.viewer = choice;
    this.schedulePreview(0);
  }

  private setNiveau(niveau: string): void {
    this.niveau = niveau;
    this.schedulePreview(0);
  }

  // ---- Publish, conflict ---------------------------------------------------------

  async publish(version = this.base): Promise<void> {
    if (this.publishState === 'publishing') return;
    this.publishState = 'publishing';
    this.pageErrors = [];
    this.conflict = null;
    const sent = this.tiles;
    const result = await this.pages.publish(version, sent);
    if (result.outcome === 'published') {
      this.base = result.version;
      this.published = result.version;
      this.saved = sent;
      this.restoredFrom = null;
      this.serverErrors = new Map();
      this.storage.clear(this.site, this.kind);
      this.say(`Page publiée (version ${result.version})`);
      if (this.historyOpen) void this.loadVersions();
    } else if (result.outcome === 'conflict') {
      await this.openConflict();
    } else {
      this.showServerErrors(result.fields, sent.map((t) => t.id));
      this.pageErrors = [result.message, ...this.pageErrors];
    }
    this.publishState = 'idle';
  }

  private async openConflict(): Promise<void> {
    let latest: PageVersionJson | null = null;
    try {
      latest = (await this.pages.versions())[0] ?? null;
    } catch {
      // The dialog still says that someone published; « Publier quand même » asks the version again.
    }
    this.conflict = { base: this.base, latest, busy: false };
  }

  private async overwrite(): Promise<void> {
    if (!this.conflict) return;
    this.conflict = { ...this.conflict, busy: true };
    let current = this.conflict.latest?.number;
    if (current === undefined) {
      try {
        current = (await this.pages.source()).version;
      } catch (error) {
        this.conflict = null;
        this.pageErrors = [failureMessage(error)];
        return;
      }
    }
    this.conflict = null;
    this.pendingFocus = { selector: '.publish' };
    await this.publish(current);
  }

  private reloadFromServer(): void {
    this.conflict = null;
    this.storage.clear(this.site, this.kind);
    void this.load(false, { keepEditor: true, refocus: true });
    this.say('Page rechargée : vos modifications ont été abandonnées');
  }

  // ---- History -------------------------------------------------------------------

  private toggleHistory(): void {
    this.historyOpen = !this.historyOpen;
    if (this.historyOpen) void this.loadVersions();
  }

  private async loadVersions(): Promise<void> {
    this.historyLoading = true;
    this.historyError = null;
    try {
      this.versions = await this.pages.versions();
    } catch (error) {
      this.historyError = failureMessage(error);
    } finally {
      this.historyLoading = false;
    }
  }

  private async restore(number: number): Promise<void> {
    if (this.dirty && !this.confirmAction(`Restaurer la version ${number} abandonnera vos modifications non publiées. Continuer ?`)) return;
    // « Restaurer » is disabled during the call: whether the focus was here is known now only.
    const refocus = this.hasFocus();
    this.restoring = number;
    try {
      const { version } = await this.pages.restore(number);
      this.storage.clear(this.site, this.kind);
      await this.load(false, { keepEditor: true, refocus });
      await this.loadVersions();
      this.say(`Version ${number} restaurée : elle est en ligne comme version ${version}`);
    } catch (error) {
      this.historyError = failureMessage(error);
    } finally {
      this.restoring = null;
    }
  }

  // ---- Rendering -----------------------------------------------------------------

  private statusText(): string {
    if (this.publishState === 'publishing') return 'Publication…';
    if (this.dirty) return 'Modifications non publiées';
    // Version 0 from the source route: nothing was ever put online for this page.
    return this.published === 0 ? 'Jamais publiée' : 'Publié';
  }

  override render() {
    const current = pageLinks.find((l) => l.kind === this.kind)!;
    return html`
      <nav class="pages-nav" aria-label="Pages du site">
        <ul>
          ${pageLinks.map((l) => html`<li><a href=${l.href} aria-current=${l.kind === this.kind ? 'page' : 'false'}>${l.label}</a></li>`)}
        </ul>
      </nav>
      <h2>${current.label}</h2>
      <p id="composer-live" class="visually-hidden" aria-live="polite"></p>
      <p id="move-help" class="visually-hidden">${moveHelp}</p>
      ${this.loadState === 'loading' ? html`<p class="empty" role="status">Chargement de la page…</p>` : nothing}
      ${this.loadState === 'error'
        ? html`<div class="notice warning load-error" role="alert">
            <p>La page n’a pas pu être chargée. ${this.loadError}</p>
            <button type="button" @click=${() => void this.load(true)}>Réessayer</button>
          </div>`
        : nothing}
      ${this.loadState === 'ready' ? this.renderReady() : nothing}
      ${conflictDialog(
        this.conflict && {
          ...this.conflict,
          onReload: () => this.reloadFromServer(),
          onOverwrite: () => void this.overwrite(),
          onClose: () => {
            // The dialog goes with its focus: back to the button that opened it.
            this.conflict = null;
            this.pendingFocus = { selector: '.publish' };
          },
        },
      )}
    `;
  }

  private renderReady() {
    const status = this.statusText();
    return html`
      <div class="toolbar">
        <!-- aria-disabled while publishing, not disabled: a disabled button drops its focus to <body>. -->
        <button type="button" class="publish" aria-disabled=${this.publishState === 'publishing' ? 'true' : 'false'} @click=${() => void this.publish()}>Publier</button>
        <p class="status ${this.dirty ? 'dirty' : ''}" role="status" tabindex="-1">${status}</p>
        ${historySection({
          open: this.historyOpen,
          loading: this.historyLoading,
          error: this.historyError,
          versions: this.versions,
          restoring: this.restoring,
          onToggle: () => this.toggleHistory(),
          onRestore: (n) => void this.restore(n),
        })}
      </div>
      ${this.restoredFrom !== null
        ? html`<div class="notice restored">
            <p>Brouillon non publié restauré. ${this.restoredNote()}</p>
            <button type="button" class="secondary" @click=${() => this.discardDraft()}>Abandonner le brouillon</button>
          </div>`
        : nothing}
      ${this.pageErrors.length
        ? html`<div class="notice warning page-errors" role="alert">${this.pageErrors.map((e) => html`<p>${e}</p>`)}</div>`
        : nothing}
      ${this.removed
        ? html`<div class="notice removed">
            <p>Tuile ${this.removed.name} supprimée.</p>
            <button type="button" class="secondary" @click=${() => this.undoRemove()}>Annuler la suppression</button>
          </div>`
        : nothing}
      <div class="layout">
        <div class="panes">
          <div class="cards-pane" @tile-change=${(e: Event) => this.onTileChange(e)}>
            ${this.renderAdd()}
            ${this.tiles.length === 0 ? html`<p class="empty">Cette page n’a encore aucune tuile.</p>` : cardList(this.cardViews(), this.editorContext(), this.actions)}
          </div>
          ${previewPane({
            site: this.site,
            kind: this.kind,
            theme: this.theme,
            viewer: this.viewer,
            niveau: this.niveau,
            state: this.preview,
            onViewer: (c) => this.setViewer(c),
            onNiveau: (n) => this.setNiveau(n),
          })}
        </div>
      </div>
    `;
  }

  private restoredNote(): string {
    if (this.restoredFrom === this.published) return 'Publiez-le ou abandonnez-le.';
    return `Il part de la version ${this.restoredFrom} ; la version ${this.published} a été publiée depuis.`;
  }

  private renderAdd() {
    const types = typesFor(this.kind);
    return html`<div class="add">
      <button type="button" aria-expanded=${this.addOpen ? 'true' : 'false'} aria-controls="catalogue" @click=${() => (this.addOpen = !this.addOpen)}>Ajouter une tuile</button>
      ${this.addOpen
        ? html`<ul id="catalogue" class="catalogue" aria-label="Types de tuiles">
            ${types.map(
              (type) => html`<li>
                <button type="button" class="secondary" aria-describedby="describe-${type}" @click=${() => this.addTile(type)}>${tileCatalogue[type].label}</button>
                <p id="describe-${type}">${tileCatalogue[type].description}</p>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private editorContext(): EditorContext {
    return { site: this.site, kind: this.kind, theme: this.theme, peertubeHosts: this.peertubeHosts };
  }

  private cardViews(): CardView[] {
    const warnings = tileWarnings(this.tiles, this.stale, this.kind === 'public-home' ? this.anonymous : null);
    return this.tiles.map((tile, index) => {
      const label = labelOf(tile.type);
      let summary = '';
      try {
        summary = tileSummary(tile, this.rubriqueTitles);
      } catch {
        summary = 'Configuration illisible';
      }
      return {
        tile,
        name: tileTitle(tile, label),
        label,
        summary,
        problem: tileProblem(tile),
        serverErrors: this.serverErrors.get(tile.id),
        warnings: warnings.get(tile.id) ?? [],
        editing: this.editingId === tile.id,
        held: this.reorder.holding?.id === tile.id,
        dragging: this.reorder.dragging?.id === tile.id,
        dropLine: this.reorder.dropLine(index, this.tiles.length),
        wide: isKnownType(tile.type) && tile.type === 'top',
      };
    });
  }
}

define('tuiles-admin-composer', TuilesAdminComposer);

declare global {
  interface HTMLElementTagNameMap {
    'tuiles-admin-composer': TuilesAdminComposer;
  }
}
