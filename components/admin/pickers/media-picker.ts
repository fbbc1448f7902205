/**
 * `<tuiles-admin-media-picker .site usage="top"|"illustration" .value .error>`: the
 * image a tile shows, uploaded inline (`POST /api/sites/:site/media`, multipart file,
 * alt, usage, focus). Before sending: a preview of the chosen file with the crop the
 * server will make around the focal point, which a pointer drags and the arrow keys
 * move (its value said in words and announced), and the required « Texte alternatif ».
 * `value` is the tile's `illustration` ({url, alt, width, height}) or null.
 */
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../../core/define.ts';
import { FetchError } from '../../core/api.ts';
import { adminApi } from '../core/api.ts';
import { failureMessage } from '../core/failure.ts';
import { announce } from '../core/live-region.ts';
import { adminStyles } from '../core/styles.ts';
import type { IllustrationInput } from '../../../contract/vocabulary.ts';
import { cropAround, cropRatios, type Focus, type MediaUsage } from '../../../contract/media-crop.ts';
import { MAX_UPLOAD_BYTES, type MediumJson } from '../../../contract/media.ts';
import { valueChange } from './value-change.ts';

/** One arrow key press moves the focal point this far (Shift: a finer step). */
const STEP = 0.05;
const FINE_STEP = 0.01;

/** The largest variant the server makes of each usage (server/media/images.ts `usages`), said in the crop hint. */
const usageSize: Record<MediaUsage, string> = { top: '2000 × 453', illustration: '1600 × 900' };
/** A fraction kept in [0, 1] with three decimals (what the upload's `focus` carries). */
const unit = (value: number) => Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000;

const percent = (value: number) => `${Math.round(value * 100)} %`;
export const focusWords = (focus: Focus) => `${percent(focus.x)} depuis la gauche, ${percent(focus.y)} depuis le haut`;

/** The file's bytes as a data: URL (what the page's CSP lets an <img> show). */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Why an upload failed, in French, for the statuses the route uses. */
export function uploadFailure(error: unknown): string {
  if (error instanceof FetchError) {
    if (error.status === 413) return 'Image trop volumineuse : 10 Mo et 40 mégapixels au plus. Réduisez-la, puis réessayez.';
    if (error.status === 415) return 'Format non pris en charge : envoyez une image JPEG, PNG, WebP ou GIF (le SVG est refusé).';
    if (error.status === 422) return 'L’image est tronquée ou corrompue : le serveur ne peut pas la lire. Enregistrez-la à nouveau, puis réessayez.';
  }
  return failureMessage(error);
}

interface Chosen {
  file: File;
  preview: string;
  /** Natural size, once the preview has loaded. */
  size: { width: number; height: number } | null;
}

export class MediaPicker extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .stage {
        position: relative;
        display: inline-block;
        max-width: 100%;
        touch-action: none;
        user-select: none;
        cursor: crosshair;
      }
      .stage img {
        display: block;
        max-width: 100%;
        max-height: 24em;
      }
      .crop {
        position: absolute;
        outline: 3px solid #fff;
        box-shadow:
          0 0 0 1px #000,
          0 0 0 100vmax rgb(0 0 0 / 0.5);
        pointer-events: none;
      }
      .mask {
        position: absolute;
        inset: 0;
        overflow: hidden;
        pointer-events: none;
      }
      .handle {
        position: absolute;
        transform: translate(-50%, -50%);
        min-width: 0;
        min-height: 0;
        width: 1.75em;
        height: 1.75em;
        padding: 0;
        border-radius: 50%;
        border: 3px solid #fff;
        background: #0b5cad;
        box-shadow: 0 0 0 1px #000;
        cursor: grab;
      }
      .current img {
        display: block;
        max-width: 100%;
        max-height: 12em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
    `,
  ];
  static override properties = {
    site: { type: String },
    usage: { type: String },
    label: { type: String },
    hint: { type: String },
    value: { attribute: false },
    error: { attribute: false },
    chosen: { state: true },
    focalPoint: { state: true },
    alt: { state: true },
    busy: { state: true },
    problems: { state: true },
  };

  site = '';
  usage: MediaUsage = 'illustration';
  label = 'Image';
  hint = '';
  value: IllustrationInput | null = null;
  error = '';
  declare chosen: Chosen | null;
  declare focalPoint: Focus;
  declare alt: string;
  declare busy: boolean;
  /** Faults of the pending upload: `file`, `alt`, or `upload` (the whole request). */
  declare problems: Record<string, string>;
  private dragging = false;

  constructor() {
    super();
    this.chosen = null;
    this.focalPoint = { x: 0.5, y: 0.5 };
    this.alt = '';
    this.busy = false;
    this.problems = {};
  }

  private choose(file: File | undefined): void {
    this.problems = {};
    this.focalPoint = { x: 0.5, y: 0.5 };
    if (!file) {
      this.chosen = null;
      return;
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      this.chosen = null;
      this.problems = { file: 'Image trop volumineuse : 10 Mo au plus. Réduisez-la, puis réessayez.' };
      return;
    }
    // A data: URL, not URL.createObjectURL: the pages' CSP (img-src 'self' data: https:)
    // refuses blob: images, and the preview would show broken.
    this.chosen = { file, preview: '', size: null };
    void readAsDataUrl(file).then(
      (preview) => {
        if (this.chosen?.file === file) this.chosen = { ...this.chosen, preview };
      },
      () => {
        if (this.chosen?.file !== file) return;
        this.chosen = null;
        this.problems = { file: 'Le navigateur n’a pas pu lire ce fichier. Choisissez-le à nouveau.' };
      },
    );
  }

  private loaded(event: Event): void {
    const img = event.target as HTMLImageElement;
    if (this.chosen) this.chosen = { ...this.chosen, size: { width: img.naturalWidth, height: img.naturalHeight } };
  }

  private moveFocus(focus: Focus, say: boolean): void {
    this.focalPoint = { x: unit(focus.x), y: unit(focus.y) };
    if (say) announce(this.renderRoot.querySelector('#live'), `Point focal : ${focusWords(this.focalPoint)}.`);
  }

  private keyed(event: KeyboardEvent): void {
    const step = event.shiftKey ? FINE_STEP : STEP;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.moveFocus({ x: this.focalPoint.x + move[0], y: this.focalPoint.y + move[1] }, true);
  }

  private pointAt(event: PointerEvent): Focus {
    const rect = this.renderRoot.querySelector('.stage img')!.getBoundingClientRect();
    return { x: (event.clientX - rect.left) / rect.width, y: (event.clientY - rect.top) / rect.height };
  }

  private pressed(event: PointerEvent): void {
    if (event.button !== 0) return;
    this.dragging = true;
    try {
      // Keeps the drag when the pointer leaves the image; a synthetic pointer has nothing to capture.
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    } catch {
      /* the drag still follows while over the image */
    }
    this.moveFocus(this.pointAt(event), false);
    this.renderRoot.querySelector<HTMLElement>('#focus')?.focus();
    event.preventDefault();
  }

  private dragged(event: PointerEvent): void {
    if (this.dragging) this.moveFocus(this.pointAt(event), false);
  }

  private released(): void {
    if (!this.dragging) return;
    this.dragging = false;
    this.moveFocus(this.focalPoint, true);
  }

  private async upload(): Promise<void> {
    if (!this.chosen || this.busy) return;
    if (!this.alt.trim()) {
      this.problems = { alt: 'Décrivez l’image pour les personnes qui ne la voient pas.' };
      this.renderRoot.querySelector<HTMLElement>('#alt')?.focus();
      return;
    }
    const form = new FormData();
    form.set('file', this.chosen.file);
    form.set('alt', this.alt.trim());
    form.set('usage', this.usage);
    form.set('focus', `${this.focalPoint.x},${this.focalPoint.y}`);
    this.busy = true;
    this.problems = {};
    try {
      const { medium } = await adminApi(this.site).upload<{ medium: MediumJson }>('/media', form);
      this.value = { url: medium.url, alt: medium.alt, width: medium.width, height: medium.height };
      this.dispatchEvent(valueChange(this.value));
      this.choose(undefined);
      this.alt = '';
      announce(this.renderRoot.querySelector('#live'), 'Image envoyée et placée dans la tuile.');
    } catch (error) {
      const fields = error instanceof FetchError ? error.fields : {};
      this.problems = {
        upload: uploadFailure(error),
        ...(fields.alt ? { alt: fields.alt } : {}),
        ...(fields.file ? { file: fields.file } : {}),
      };
    } finally {
      this.busy = false;
    }
  }

  private clear(): void {
    this.value = null;
    this.dispatchEvent(valueChange(null));
    announce(this.renderRoot.querySelector('#live'), 'Image retirée.');
  }

  override render() {
    return html`<fieldset aria-invalid=${this.error ? 'true' : nothing} aria-describedby=${this.error ? 'error' : nothing}>
      <legend>${this.label}</legend>
      ${this.hint ? html`<p class="hint">${this.hint}</p>` : nothing} ${this.current()}
      <p class="field-error" id="error">${this.error}</p>
      <div class="field">
        <label for="file">${this.value ? 'Remplacer par une autre image' : 'Choisir une image'}</label>
        <input
          id="file"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          aria-describedby="file-hint file-error"
          aria-invalid=${this.problems.file ? 'true' : 'false'}
          ?disabled=${this.busy}
          @change=${(e: Event) => this.choose((e.target as HTMLInputElement).files?.[0])}
        />
        <p class="hint" id="file-hint">JPEG, PNG, WebP ou GIF, 10 Mo au plus.</p>
        <p class="field-error" id="file-error">${this.problems.file ?? ''}</p>
      </div>
      ${this.chosen ? this.pending(this.chosen) : nothing}
      <p class="visually-hidden" id="live" aria-live="polite"></p>
    </fieldset>`;
  }

  private current() {
    if (!this.value) return html`<p class="empty">Aucune image.</p>`;
    return html`<figure class="current">
        <img src=${this.value.url} alt=${this.value.alt} />
        <figcaption>Image actuelle${this.value.alt ? html` : « ${this.value.alt} »` : ' (sans texte alternatif)'}</figcaption>
      </figure>
      <button type="button" class="danger" @click=${this.clear}>Retirer l’image</button>`;
  }

  private cropBox(size: { width: number; height: number }) {
    const box = cropAround(size.width, size.height, cropRatios[this.usage], this.focalPoint);
    const pct = (part: number, whole: number) => `${Math.round((part / whole) * 10000) / 100}%`;
    return html`<div class="mask">
      <div
        class="crop"
        style="left: ${pct(box.left, size.width)}; top: ${pct(box.top, size.height)}; width: ${pct(box.width, size.width)}; height: ${pct(box.height, size.height)}"
      ></div>
    </div>`;
  }

  private pending(chosen: Chosen) {
    return html`<div class="field">
        <p id="crop-hint" class="hint">
          Aperçu du recadrage (${usageSize[this.usage]}) : la partie encadrée sera gardée. Déplacez le point focal avec la souris, le doigt ou les flèches du clavier
          (Maj + flèche : plus finement).
        </p>
        <div class="stage" @pointerdown=${this.pressed} @pointermove=${this.dragged} @pointerup=${this.released} @pointercancel=${this.released}>
          <img src=${chosen.preview || nothing} alt="Aperçu de l’image choisie" @load=${this.loaded} draggable="false" />
          ${chosen.size ? this.cropBox(chosen.size) : nothing}
          <button
            type="button"
            id="focus"
            class="handle"
            style="left: ${this.focalPoint.x * 100}%; top: ${this.focalPoint.y * 100}%"
            aria-label="Point focal"
            aria-describedby="focus-value crop-hint"
            @keydown=${this.keyed}
          ></button>
        </div>
        <p id="focus-value">Point focal : ${focusWords(this.focalPoint)}.</p>
      </div>
      <div class="field">
        <label for="alt">Texte alternatif</label>
        <input
          id="alt"
          required
          maxlength="500"
          aria-describedby="alt-hint alt-error"
          aria-invalid=${this.problems.alt ? 'true' : 'false'}
          .value=${this.alt}
          @input=${(e: Event) => (this.alt = (e.target as HTMLInputElement).value)}
        />
        <p class="hint" id="alt-hint">Ce que montre l’image, pour les personnes qui ne la voient pas.</p>
        <p class="field-error" id="alt-error">${this.problems.alt ?? ''}</p>
      </div>
      <p class="error" role="alert">${this.problems.upload ?? ''}</p>
      <p class="visually-hidden" role="status">${this.busy ? 'Envoi de l’image en cours…' : ''}</p>
      <div class="actions">
        <button type="button" @click=${this.upload} ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>${this.busy ? 'Envoi en cours…' : 'Envoyer l’image'}</button>
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.choose(undefined)}>Annuler</button>
      </div>`;
  }
}

define('tuiles-admin-media-picker', MediaPicker);
