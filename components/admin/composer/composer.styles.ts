/**
 * The composer's own layout: the cards in columns like the page itself
 * (components/page/page.styles.ts: columns by the container's width, the top tile
 * across), the preview beside them on a wide screen and below them on a narrow one.
 */
import { css } from 'lit';

export const composerStyles = css`
  :host {
    display: block;
    padding: 0.5em;
  }
  .pages-nav ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    padding: 0;
    margin: 0 0 1em;
  }
  .pages-nav a[aria-current='page'] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0 0 1em;
  }
  .status {
    margin: 0;
    font-weight: 600;
  }
  .status.dirty {
    color: var(--_danger);
  }
  .layout {
    container-type: inline-size;
  }
  .panes {
    display: grid;
    gap: 1.5em;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 60em) {
    .panes {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      top: 0.5em;
      max-height: calc(100vh - 1em);
      overflow: auto;
    }
  }
  .cards-pane {
    container-type: inline-size;
  }
  .cards {
    column-count: 1;
    column-gap: 1em;
  }
  @container (min-width: 36em) {
    .cards {
      column-count: 2;
    }
  }
  .card {
    display: block;
    break-inside: avoid;
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card.full,
  .card:has(.editor) {
    column-span: all;
  }
  .card.has-errors {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }
  .card.held {
    outline: 3px dashed var(--_accent);
    outline-offset: 2px;
  }
  /* A card dragged with a pointer follows it (pointer-drag.ts sets its translate) above the others. */
  .card.dragging {
    position: relative;
    z-index: 2;
    cursor: grabbing;
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.3);
    outline: 3px dashed var(--_accent);
    outline-offset: 2px;
  }
  /* Where it would land: a thick line (a border, so it shows in forced colours too). */
  .card.drop-before,
  .card.drop-after {
    position: relative;
  }
  .card.drop-before::before,
  .card.drop-after::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    border-top: 4px solid var(--_accent);
  }
  .card.drop-before::before {
    top: calc(-0.5em - 2px);
  }
  .card.drop-after::after {
    bottom: calc(-0.5em - 2px);
  }
  .card-head {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
  }
  .card-head h3 {
    font-size: 1.1em;
    margin: 0.3em 0 0;
  }
  .type,
  .summary {
    margin: 0.25em 0;
    color: var(--_muted);
  }
  /* The handle alone takes touches for itself: anywhere else a finger scrolls the page. */
  .handle {
    cursor: grab;
    flex: none;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  .warnings {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .faults {
    color: var(--_danger);
    margin: 0.5em 0;
  }
  .faults ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .fault-title {
    font-weight: 700;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-top: 0.5em;
  }
  .editor {
    margin-top: 1em;
    border-top: 1px solid var(--_border);
    padding-top: 1em;
  }
  .catalogue {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
    display: grid;
    gap: 0.5em;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
  }
  .catalogue li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .catalogue p {
    margin: 0.3em 0 0;
    color: var(--_muted);
  }
  .viewer {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .preview-status:empty {
    display: none;
  }
  /* An updating preview is framed, not faded: faded text would fail contrast for the
     very readers who need it, and the status line above already says what is going on. */
  .preview-page.stale {
    outline: 2px dashed var(--_muted);
    outline-offset: 4px;
  }
  .versions {
    padding-inline-start: 1.25em;
  }
  .versions li {
    margin: 0 0 0.4em;
  }
  .versions button {
    margin-inline-start: 0.5em;
  }
  .online {
    color: var(--_muted);
    margin-inline-start: 0.5em;
  }
  dialog {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-width: min(36em, 90vw);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
`;
