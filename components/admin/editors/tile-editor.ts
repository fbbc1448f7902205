/**
 * `<tuiles-admin-tile-editor .site .kind .tile .errors>`: the settings form of one tile,
 * generated from its type's schema (schema-fields.ts) with French words (labels.ts) and
 * pickers where a field names content (rubriques, articles, an image, an embedded
 * tool). Every edit fires `tile-change` (bubbles, composed) with `detail.tile`: the
 * whole tile with its new config, valid or not. Faults show next to their field: the
 * schema's, checked here as the person types, and the server's (`.errors`, paths
 * relative to the tile: `config.max`, `config.rubriques[0]` or `config.rubriques.0`),
 * each hidden once its field is edited again.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { define } from '../../core/define.ts';
import { announce } from '../core/live-region.ts';
import { adminStyles } from '../core/styles.ts';
import { tileCatalogue, type Tile, type TileType } from '../../../contract/tiles/index.ts';
import type { IllustrationInput, PageKind } from '../../../contract/vocabulary.ts';
import '../pickers/rubrique-picker.ts';
import '../pickers/article-picker.ts';
import '../pickers/media-picker.ts';
import '../pickers/embed-url-field.ts';
import type { ValueChangeDetail } from '../pickers/value-change.ts';
import { fieldWords, optionWords, type FieldWords } from './labels.ts';
import { configFields, type FieldSpec } from './schema-fields.ts';
import { getIn, setIn } from './set-in.ts';
import { configErrors, normalPath } from './validation.ts';

export interface TileChangeDetail {
  tile: Tile;
}

type Path = (string | number)[];

const idOf = (path: Path) => `f-${path.join('-')}`;
const keyOf = (path: Path) => ['config', ...path].join('.');
const picked = <T>(e: Event) => (e as CustomEvent<ValueChangeDetail<T>>).detail.value;

export class TileEditor extends LitElement {
  static override styles = [
    adminStyles,
    css`
      form > .field,
      form > fieldset {
        max-width: 40em;
      }
      input[type='text'],
      input[type='url'],
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
      textarea {
        font-family: ui-monospace, monospace;
      }
      .check {
        display: flex;
        align-items: center;
        gap: 0.5em;
        margin: 0 0 0.75em;
      }
      .check label,
      .choices label {
        font-weight: normal;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1em;
      }
      .item-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      ul.faults {
        margin: 0.25em 0 0;
      }
    `,
  ];
  static override properties = {
    site: { type: String },
    kind: { type: String },
    tile: { attribute: false },
    errors: { attribute: false },
    peertubeHosts: { attribute: false },
    theme: { type: String, reflect: true },
  };

  site = '';
  kind: PageKind = 'public-home';
  tile: Tile | null = null;
  /** The server's faults for this tile, by path relative to it. */
  errors: Record<string, string> = {};
  /** The site's Peertube instances, when the composer knows them (the embed URL status). */
  peertubeHosts: readonly string[] | undefined = undefined;
  /** `light` or `dark`, passed on to the pickers; unset follows the viewer's preference. */
  theme: string | undefined = undefined;
  /** Paths edited since `.errors` was last set: the server's word on them is out of date. */
  private edited = new Set<string>();
  /** Which error paths a rendered field showed, to list the others at the top. */
  private shown = new Set<string>();

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('errors')) this.edited = new Set();
  }

  private get type(): TileType | null {
    return this.tile && Object.hasOwn(tileCatalogue, this.tile.type) ? this.tile.type : null;
  }

  private get config(): Record<string, unknown> {
    return (this.tile?.config ?? {}) as Record<string, unknown>;
  }

  /** Client faults, with the server's where their field was not edited since. */
  private faults(): Record<string, string> {
    const server: Record<string, string> = {};
    for (const [path, message] of Object.entries(this.errors ?? {})) {
      const key = normalPath(path);
      const stale = [...this.edited].some((edited) => key === edited || key.startsWith(`${edited}.`));
      if (!stale) server[key] = message;
    }
    return { ...configErrors(this.type!, this.config), ...server };
  }

  /** The message for `path`; `within`: also one about any part of it (a picker's items). */
  private faultAt(faults: Record<string, string>, path: Path, within = false): string {
    const key = keyOf(path);
    const found = Object.keys(faults).filter((k) => k === key || (within && k.startsWith(`${key}.`)));
    for (const k of found) this.shown.add(k);
    return found.length > 0 ? faults[found.find((k) => k === key) ?? found[0]] : '';
  }

  private emit(tile: Tile): void {
    this.tile = tile;
    this.dispatchEvent(new CustomEvent<TileChangeDetail>('tile-change', { detail: { tile }, bubbles: true, composed: true }));
  }

  private change(path: Path, value: unknown): void {
    if (!this.tile) return;
    this.edited.add(keyOf(path));
    this.emit({ ...this.tile, config: setIn(this.config, path, value) as Tile['config'] });
  }

  override render() {
    const type = this.type;
    if (!this.tile || !type) return html`<p class="empty">${this.tile ? `Type de tuile inconnu « ${this.tile.type} ».` : 'Aucune tuile choisie.'}</p>`;
    const entry = tileCatalogue[type];
    const faults = this.faults();
    this.shown = new Set();
    const words = fieldWords[type];
    const fields = configFields(type).map((spec) => this.field(spec, [spec.name], words[spec.name], faults));
    const elsewhere = Object.entries(faults).filter(([path]) => !this.shown.has(path));
    return html`<form novalidate aria-label=${`Réglages de la tuile ${entry.label}`} @submit=${(e: Event) => e.preventDefault()}>
      ${entry.pages.includes(this.kind)
        ? nothing
        : html`<p class="notice warning">Ce type de tuile ne peut pas figurer sur ${this.kind === 'public-home' ? 'la page d’accueil publique' : 'la page personnelle'}.</p>`}
      ${elsewhere.length > 0
        ? html`<div class="notice warning" role="alert">
            Cette tuile ne peut pas être enregistrée ainsi :
            <ul class="faults">
              ${elsewhere.map(([path, message]) => html`<li>${this.placeLabel(path)}${message}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${fields} ${this.kind === 'personal-home' ? this.optionalToggle() : nothing}
      <p class="visually-hidden" id="live" aria-live="polite"></p>
    </form>`;
  }

  private placeLabel(path: string): string {
    const name = path.split('.')[1];
    const words = name ? fieldWords[this.type!][name] : undefined;
    return words ? `${words.label} : ` : '';
  }

  private optionalToggle() {
    return html`<div class="check">
      <input
        type="checkbox"
        id="optional"
        aria-describedby="optional-hint"
        .checked=${live(this.tile?.optional === true)}
        @change=${(e: Event) => {
          const { optional: _, ...rest } = this.tile!;
          this.emit((e.target as HTMLInputElement).checked ? { ...rest, optional: true } : (rest as Tile));
        }}
      />
      <label for="optional">Tuile facultative</label>
    </div>
    <p class="hint" id="optional-hint">Chacun pourra la masquer ou la déplacer sur sa page personnelle.</p>`;
  }

  /** The described-by ids and invalid flag of a plain input. */
  private aria(id: string, words: FieldWords | undefined, error: string) {
    return { describedby: [words?.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing, invalid: error ? 'true' : 'false' };
  }

  private tail(id: string, words: FieldWords | undefined, error: string) {
    return html`${words?.hint ? html`<p class="hint" id=${`${id}-hint`}>${words.hint}</p>` : nothing}
      <p class="field-error" id=${`${id}-error`}>${error}</p>`;
  }

  private field(spec: FieldSpec, path: Path, words: FieldWords | undefined, faults: Record<string, string>): TemplateResult | typeof nothing {
    const label = words?.label ?? spec.name;
    const value = getIn(this.config, path);
    const current = value === undefined ? spec.fallback : value;
    const id = idOf(path);
    const widget = words?.widget;
    if (widget && widget.kind !== 'textarea') {
      const error = this.faultAt(faults, path, true);
      const onPick = (e: Event) => this.change(path, picked(e));
      switch (widget.kind) {
        case 'rubriques':
          return html`<tuiles-admin-rubrique-picker
            theme=${this.theme ?? nothing}
            .site=${this.site}
            .service=${widget.service}
            .label=${label}
            .hint=${words?.hint ?? ''}
            .value=${(current as string[] | undefined) ?? []}
            .error=${error}
            @value-change=${onPick}
          ></tuiles-admin-rubrique-picker>`;
        case 'articles':
        case 'article':
          return html`<tuiles-admin-article-picker
            theme=${this.theme ?? nothing}
            .site=${this.site}
            .multiple=${widget.kind === 'articles'}
            .label=${label}
            .hint=${words?.hint ?? ''}
            .value=${(current as string[] | string | null | undefined) ?? null}
            .error=${error}
            @value-change=${onPick}
          ></tuiles-admin-article-picker>`;
        case 'image':
          return html`<tuiles-admin-media-picker
            theme=${this.theme ?? nothing}
            .site=${this.site}
            .usage=${widget.usage}
            .label=${label}
            .hint=${words?.hint ?? ''}
            .value=${(current as IllustrationInput | null | undefined) ?? null}
            .error=${error}
            @value-change=${onPick}
          ></tuiles-admin-media-picker>`;
        case 'embed-url':
          return html`<tuiles-admin-embed-url-field
            theme=${this.theme ?? nothing}
            .label=${label}
            .value=${typeof current === 'string' ? current : ''}
            .peertubeHosts=${this.peertubeHosts}
            .error=${error}
            @value-change=${onPick}
          ></tuiles-admin-embed-url-field>`;
      }
    }
    const error = this.faultAt(faults, path, spec.kind === 'choices' || spec.kind === 'other');
    const aria = this.aria(id, words, error);
    switch (spec.kind) {
      case 'text':
      case 'long-text': {
        const text = typeof current === 'string' ? current : '';
        // An optional field left empty is left out: '' is not a valid address.
        const set = (e: Event) => {
          const typed = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
          this.change(path, typed === '' && !spec.required ? undefined : typed);
        };
        const area = spec.kind === 'long-text' || widget?.kind === 'textarea';
        return html`<div class="field">
          <label for=${id}>${label}</label>
          ${area
            ? html`<textarea id=${id} rows="8" aria-describedby=${aria.describedby} aria-invalid=${aria.invalid} .value=${live(text)} @input=${set}></textarea>`
            : html`<input
                id=${id}
                type=${spec.kind === 'text' && spec.url ? 'url' : 'text'}
                ?required=${spec.required}
                aria-describedby=${aria.describedby}
                aria-invalid=${aria.invalid}
                .value=${live(text)}
                @input=${set}
              />`}
          ${this.tail(id, words, error)}
        </div>`;
      }
      case 'checkbox':
        return html`<div class="check">
            <input
              type="checkbox"
              id=${id}
              aria-describedby=${aria.describedby}
              aria-invalid=${aria.invalid}
              .checked=${live(current === true)}
              @change=${(e: Event) => this.change(path, (e.target as HTMLInputElement).checked)}
            />
            <label for=${id}>${label}</label>
          </div>
          ${this.tail(id, words, error)}`;
      case 'number':
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <input
            id=${id}
            type="number"
            inputmode="numeric"
            min=${spec.min ?? nothing}
            max=${spec.max ?? nothing}
            step=${spec.integer ? '1' : 'any'}
            aria-describedby=${aria.describedby}
            aria-invalid=${aria.invalid}
            .value=${live(typeof current === 'number' ? String(current) : '')}
            @input=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              this.change(path, input.value === '' ? undefined : input.valueAsNumber);
            }}
          />
          ${spec.min !== undefined && spec.max !== undefined && !words?.hint ? html`<p class="hint">De ${spec.min} à ${spec.max}.</p>` : nothing}
          ${this.tail(id, words, error)}
        </div>`;
      case 'select':
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <select id=${id} aria-describedby=${aria.describedby} aria-invalid=${aria.invalid} @change=${(e: Event) => {
            const chosen = (e.target as HTMLSelectElement).value;
            this.change(path, chosen === '' ? (spec.nullable ? null : undefined) : chosen);
          }}>
            ${spec.nullable || !spec.required ? html`<option value="" ?selected=${current == null}>Aucun</option>` : nothing}
            ${spec.options.map((o) => html`<option value=${o} ?selected=${current === o}>${optionWords[o] ?? o}</option>`)}
          </select>
          ${this.tail(id, words, error)}
        </div>`;
      case 'choices': {
        const chosen = Array.isArray(current) ? (current as string[]) : [];
        return html`<fieldset aria-describedby=${aria.describedby} aria-invalid=${aria.invalid}>
          <legend>${label}</legend>
          <div class="choices">
            ${spec.options.map((o) => {
              const box = `${id}-${o}`;
              return html`<span class="check"
                ><input
                  type="checkbox"
                  id=${box}
                  .checked=${live(chosen.includes(o))}
                  @change=${(e: Event) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const next = on ? [...chosen.filter((x) => x !== o), o] : chosen.filter((x) => x !== o);
                    this.change(path, next.length > 0 || !spec.required ? (next.length > 0 ? next : undefined) : next);
                  }}
                /><label for=${box}>${optionWords[o] ?? o}</label></span
              >`;
            })}
          </div>
          ${this.tail(id, words, error)}
        </fieldset>`;
      }
      case 'list':
        return this.list(spec, path, words, faults, error);
      default:
        return nothing;
    }
  }

  private list(spec: Extract<FieldSpec, { kind: 'list' }>, path: Path, words: FieldWords | undefined, faults: Record<string, string>, error: string) {
    const items = (Array.isArray(getIn(this.config, path)) ? getIn(this.config, path) : (spec.fallback ?? [])) as Record<string, unknown>[];
    const name = words?.item?.name ?? 'Élément';
    const id = idOf(path);
    const full = spec.maxItems !== undefined && items.length >= spec.maxItems;
    const title = (item: Record<string, unknown>, i: number) => `${name} ${i + 1}${typeof item.label === 'string' && item.label ? ` (${item.label})` : ''}`;
    const relist = (next: Record<string, unknown>[], message: string, focus: string) => {
      this.change(path, next);
      announce(this.renderRoot.querySelector('#live'), message);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${focus}`)?.focus());
    };
    const move = (i: number, by: -1 | 1) => {
      const next = [...items];
      [next[i], next[i + by]] = [next[i + by], next[i]];
      const target = i + by;
      const button = target === 0 || target === next.length - 1 ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
      relist(next, `${title(next[target], target)} déplacé en position ${target + 1} sur ${next.length}.`, `${id}-${target}-${button}`);
    };
    const blank = Object.fromEntries(spec.item.filter((f) => f.required).map((f) => [f.name, f.kind === 'checkbox' ? false : '']));
    return html`<fieldset aria-describedby=${error ? `${id}-error` : nothing}>
      <legend>${words?.label ?? spec.name}</legend>
      ${words?.hint ? html`<p class="hint">${words.hint}</p>` : nothing}
      ${items.length === 0 ? html`<p class="empty">Aucun ${name.toLocaleLowerCase('fr')} pour l’instant.</p>` : nothing}
      ${items.map(
        (item, i) => html`<fieldset>
          <legend>${title(item, i)}</legend>
          ${spec.item.map((sub) => this.field(sub, [...path, i, sub.name], words?.item?.fields[sub.name], faults))}
          <div class="item-actions">
            <button type="button" class="secondary" id=${`${id}-${i}-up`} aria-label=${`Monter ${title(item, i)}`} ?disabled=${i === 0} @click=${() => move(i, -1)}>Monter</button>
            <button
              type="button"
              class="secondary"
              id=${`${id}-${i}-down`}
              aria-label=${`Descendre ${title(item, i)}`}
              ?disabled=${i === items.length - 1}
              @click=${() => move(i, 1)}
            >
              Descendre
            </button>
            <button
              type="button"
              class="danger"
              aria-label=${`Retirer ${title(item, i)}`}
              @click=${() => relist(items.filter((_, j) => j !== i), `${title(item, i)} retiré.`, `${id}-add`)}
            >
              Retirer
            </button>
          </div>
        </fieldset>`,
      )}
      <p class="field-error" id=${`${id}-error`}>${error}</p>
      <button
        type="button"
        class="secondary"
        id=${`${id}-add`}
        ?disabled=${full}
        @click=${() => relist([...items, blank], `${name} ${items.length + 1} ajouté.`, idOf([...path, items.length, spec.item[0].name]))}
      >
        Ajouter un ${name.toLocaleLowerCase('fr')}
      </button>
    </fieldset>`;
  }
}

define('tuiles-admin-tile-editor', TileEditor);
