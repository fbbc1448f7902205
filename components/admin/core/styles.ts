/**
 * The admin screens' shared look: the same tokens and themes as the tiles (light, dark,
 * or the viewer's preference), form fields with their label, hint and error, buttons,
 * the focus ring, and a visually hidden class for live regions.
 */
import { css } from 'lit';
import { elementTokens, hostStyles, themeTokens } from '../../core/tokens.ts';

export const adminStyles = [
  themeTokens,
  elementTokens('admin'),
  hostStyles,
  css`
    :host {
      background: var(--_surface);
      contain: none;
    }
    h1,
    h2,
    h3 {
      line-height: 1.2;
      margin: 0 0 0.5em;
    }
    a {
      color: var(--_accent);
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    .field {
      display: grid;
      gap: 0.25em;
      margin: 0 0 1em;
    }
    label,
    legend {
      font-weight: 600;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9em;
      margin: 0;
    }
    .field-error,
    .error {
      color: var(--_danger);
      margin: 0;
    }
    .field-error:empty {
      display: none;
    }
    input:not([type='checkbox']):not([type='radio']),
    select,
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_muted);
      border-radius: 0.3em;
      padding: 0.45em 0.6em;
      min-height: 2.5em;
      max-width: 100%;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger) !important;
      box-shadow: 0 0 0 1px var(--_danger);
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 1em;
      padding: 0.75em 1em;
    }
    button,
    .button {
      font: inherit;
      cursor: pointer;
      border-radius: 0.3em;
      border: 1px solid var(--_accent);
      background: var(--_accent);
      color: var(--_surface);
      padding: 0.45em 0.9em;
      min-height: 2.5em;
      min-width: 2.5em;
      text-decoration: none;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.35em;
    }
    button.secondary,
    .button.secondary {
      background: var(--_surface);
      color: var(--_accent);
    }
    button.danger {
      background: var(--_surface);
      color: var(--_danger);
      border-color: var(--_danger);
    }
    button[disabled],
    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .notice {
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
      padding: 0.75em 1em;
      margin: 0 0 1em;
    }
    .notice.warning {
      border-inline-start-color: var(--_danger);
    }
    .empty {
      color: var(--_muted);
      font-style: italic;
    }
  `,
];
