/**
 * PLACEHOLDER (composer branch) of the tile editor the "editors" branch writes: the
 * tile's config as JSON in a text area. Same contract: `.site`, `.kind`, `.tile`,
 * `.errors` ({'config.max': 'msg'}); fires `tile-change` {tile} on every edit.
 */
import { LitElement, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { adminStyles } from '../core/styles.ts';

interface EditedTile {
  id: string;
  type: string;
  config: unknown;
  optional?: boolean;
}

export class TileEditorPlaceholder extends LitElement {
  static override styles = adminStyles;
  static override properties = {
    site: { attribute: false },
    kind: { attribute: false },
    tile: { attribute: false },
    errors: { attribute: false },
    parseError: { state: true },
  };
  site = '';
  kind = 'public-home';
  tile: EditedTile | null = null;
  errors: Record<string, string> = {};
  parseError = '';

  private onInput(event: Event) {
    if (!this.tile) return;
    try {
      const config: unknown = JSON.parse((event.target as HTMLTextAreaElement).value);
      this.parseError = '';
      this.dispatchEvent(new CustomEvent('tile-change', { detail: { tile: { ...this.tile, config } }, bubbles: true, composed: true }));
    } catch {
      this.parseError = 'JSON invalide';
    }
  }

  override render() {
    if (!this.tile) return nothing;
    const errors = Object.entries(this.errors ?? {});
    return html`<div class="field">
      <label for="config">Configuration (JSON)</label>
      <textarea id="config" rows="8" aria-invalid=${errors.length || this.parseError ? 'true' : 'false'} aria-describedby="config-errors" .value=${JSON.stringify(this.tile.config, null, 2)} @input=${this.onInput}></textarea>
      <div id="config-errors">
        ${this.parseError ? html`<p class="field-error">${this.parseError}</p>` : nothing}
        ${errors.map(([path, message]) => html`<p class="field-error">${path} : ${message}</p>`)}
      </div>
    </div>`;
  }
}
define('tuiles-admin-tile-editor', TileEditorPlaceholder);
