/**
 * The live preview beside the cards: the draft as the server resolves it for the chosen
 * viewer (« Voir en tant que »), rendered by the real tile elements through
 * `<tuiles-page .data>`. While a new answer comes, the last one stays (dimmed); a
 * failure is said in words above it, never a blank pane.
 */
import { html, nothing } from 'lit';
import type { ResolvedTile } from '../../../contract/tiles/index.ts';
import type { PageKind } from '../../../contract/vocabulary.ts';
import '../../page/page.ts';
import { niveaux, takesNiveau, viewerChoices, type ViewerChoice } from './viewer.ts';

export interface PreviewState {
  loading: boolean;
  tiles: ResolvedTile[] | null;
  error: string | null;
  /** Tiles left out because they cannot be previewed yet (unknown type, config to complete). */
  left: number;
}

export interface PreviewView {
  site: string;
  kind: PageKind;
  theme: string | undefined;
  viewer: ViewerChoice;
  niveau: string;
  state: PreviewState;
  onViewer(choice: ViewerChoice): void;
  onNiveau(niveau: string): void;
}

export function previewPane(v: PreviewView) {
  const { state } = v;
  return html`<section class="preview" aria-labelledby="preview-title" aria-busy=${state.loading ? 'true' : 'false'}>
    <h3 id="preview-title">Aperçu</h3>
    <div class="viewer">
      <div class="field">
        <label for="preview-as">Voir en tant que</label>
        <select id="preview-as" @change=${(e: Event) => v.onViewer((e.target as HTMLSelectElement).value as ViewerChoice)}>
          ${viewerChoices.map((c) => html`<option value=${c.value} ?selected=${c.value === v.viewer}>${c.label}</option>`)}
        </select>
      </div>
      ${takesNiveau(v.viewer)
        ? html`<div class="field">
            <label for="preview-niveau">Niveau</label>
            <select id="preview-niveau" @change=${(e: Event) => v.onNiveau((e.target as HTMLSelectElement).value)}>
              ${niveaux.map((n) => html`<option value=${n} ?selected=${n === v.niveau}>${n}</option>`)}
            </select>
          </div>`
        : nothing}
    </div>
    <p class="preview-status" role="status">${state.loading ? 'Mise à jour de l’aperçu…' : ''}</p>
    ${state.error ? html`<p class="notice warning preview-error">${state.error}</p>` : nothing}
    ${state.left > 0
      ? html`<p class="hint">${state.left === 1 ? 'Une tuile à compléter n’est pas dans l’aperçu.' : `${state.left} tuiles à compléter ne sont pas dans l’aperçu.`}</p>`
      : nothing}
    ${state.tiles
      ? html`<div class="preview-page ${state.loading ? 'stale' : ''}">
          <tuiles-page
            page=${v.kind}
            heading-level="4"
            theme=${v.theme ?? nothing}
            .data=${{ site: { slug: v.site, name: v.site }, page: { kind: v.kind, tiles: state.tiles } }}
          ></tuiles-page>
        </div>`
      : state.error
        ? nothing
        : html`<p class="empty">Chargement de l’aperçu…</p>`}
  </section>`;
}
