/**
 * One card per tile, in the page's order: its name, what its config asks for, what a
 * visitor will see (warnings), its faults, and the buttons to edit, duplicate, remove and
 * move it. A tile of an unknown type or a broken config still gets its card (marked as
 * an error), so it can be fixed or removed and never blanks the page.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PageKind } from '../../../contract/vocabulary.ts';
import type { DraftTile } from './draft.ts';
import type { TileProblem } from './tile-check.ts';
import '../editors/tile-editor.ts';

export interface CardView {
  tile: DraftTile;
  name: string;
  label: string;
  summary: string;
  problem: TileProblem;
  serverErrors: Record<string, string> | undefined;
  warnings: string[];
  editing: boolean;
  held: boolean;
  /** Being dragged with a pointer. */
  dragging: boolean;
  /** The drop line of a pointer drag, on this card's top or bottom edge. */
  dropLine: 'before' | 'after' | null;
  wide: boolean;
}

/** What every tile editor is given besides its tile: the page's place and the site's settings. */
export interface EditorContext {
  site: string;
  kind: PageKind;
  /** `light` or `dark` when the composer has one; unset follows the viewer's preference. */
  theme: string | undefined;
  /** The site's Peertube instances (the embed editor's URL status); unset until the source answered. */
  peertubeHosts: readonly string[] | undefined;
}

export interface CardActions {
  edit(tile: DraftTile): void;
  duplicate(index: number): void;
  remove(index: number): void;
  step(index: number, by: -1 | 1, from: 'up' | 'down'): void;
  handleKey(event: KeyboardEvent, index: number): void;
  handleLeft(tile: DraftTile): void;
  pointerDown(event: PointerEvent, index: number): void;
}

const fieldLabel = (path: string) => (path === '(tuile)' ? 'tuile' : path.replace(/^config\./, ''));

function faults(view: CardView) {
  const lines: string[] = [];
  if (view.problem?.kind === 'unknown-type') lines.push(`${view.problem.message} : cette version ne sait pas l’afficher. Supprimez-la.`);
  if (view.problem?.kind === 'invalid-config') {
    for (const [path, message] of Object.entries(view.problem.fields)) lines.push(`À compléter — ${fieldLabel(path)} : ${message}`);
  }
  for (const [path, message] of Object.entries(view.serverErrors ?? {})) lines.push(`Refusé par le serveur — ${fieldLabel(path)} : ${message}`);
  return lines;
}

function card(view: CardView, index: number, total: number, editor: EditorContext, actions: CardActions) {
  const { tile } = view;
  const id = tile.id;
  const problems = faults(view);
  const broken = view.problem?.kind === 'unknown-type';
  const classes = ['card', view.wide ? 'full' : '', problems.length ? 'has-errors' : '', view.held ? 'held' : '', view.dragging ? 'dragging' : '', view.dropLine ? `drop-${view.dropLine}` : ''].join(' ');
  return html`<article
    class=${classes}
    data-id=${id}
    tabindex="-1"
    aria-labelledby="name-${id}"
    aria-describedby="summary-${id}"
  >
    <header class="card-head">
      <button
        type="button"
        class="handle secondary"
        aria-describedby="move-help"
        @keydown=${(e: KeyboardEvent) => actions.handleKey(e, index)}
        @focusout=${() => actions.handleLeft(tile)}
        @pointerdown=${(e: PointerEvent) => actions.pointerDown(e, index)}
      >
        <span aria-hidden="true">⠿</span><span class="visually-hidden">Déplacer</span>
      </button>
      <div>
        <h3 id="name-${id}">${view.name}</h3>
        ${view.name !== view.label ? html`<p class="type">${view.label}</p>` : nothing}
      </div>
    </header>
    <p class="summary" id="summary-${id}">${view.summary}</p>
    ${view.warnings.length
      ? html`<ul class="warnings" aria-label="Avertissements">${view.warnings.map((w) => html`<li>${w}</li>`)}</ul>`
      : nothing}
    ${problems.length
      ? html`<div class="faults"><p class="fault-title">Cette tuile contient des erreurs</p><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>`
      : nothing}
    <div class="actions">
      ${broken
        ? nothing
        : html`<button type="button" class="secondary" aria-expanded=${view.editing ? 'true' : 'false'} aria-controls="editor-${id}" @click=${() => actions.edit(tile)}>Modifier</button>
            <button type="button" class="secondary" @click=${() => actions.duplicate(index)}>Dupliquer</button>`}
      <button type="button" class="danger" @click=${() => actions.remove(index)}>Supprimer</button>
      <button type="button" class="secondary up" aria-disabled=${index === 0 ? 'true' : 'false'} @click=${() => actions.step(index, -1, 'up')}>Monter</button>
      <button type="button" class="secondary down" aria-disabled=${index === total - 1 ? 'true' : 'false'} @click=${() => actions.step(index, 1, 'down')}>Descendre</button>
    </div>
    ${view.editing && !broken
      ? html`<div class="editor" id="editor-${id}">
          <tuiles-admin-tile-editor
            .site=${editor.site}
            .kind=${editor.kind}
            .tile=${tile}
            .errors=${view.serverErrors ?? {}}
            .peertubeHosts=${editor.peertubeHosts}
            theme=${editor.theme ?? nothing}
          ></tuiles-admin-tile-editor>
        </div>`
      : nothing}
  </article>`;
}

export function cardList(views: CardView[], editor: EditorContext, actions: CardActions) {
  return html`<div class="cards">
    ${repeat(views, (v) => v.tile.id, (v, i) => card(v, i, views.length, editor, actions))}
  </div>`;
}
