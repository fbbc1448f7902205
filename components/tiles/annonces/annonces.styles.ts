import { css, unsafeCSS } from 'lit';

/**
 * The three kinds, each with its colour, its icon and its word (never colour alone).
 * Text colours reach 4.5:1 or more on their tinted backgrounds, in both themes.
 */
const light = `
  --_info: #0b5cad; --_info-bg: #e8f1fb;
  --_warn: #7a4100; --_warn-bg: #fff3df;
  --_alert: #a4262c; --_alert-bg: #fdecec;
`;
const dark = `
  --_info: #8cc4ff; --_info-bg: #14263b;
  --_warn: #ffc46b; --_warn-bg: #33260f;
  --_alert: #ff9a9f; --_alert-bg: #3a1719;
`;

export const kindTokens = unsafeCSS(`
  :host { ${light} }
  @media (prefers-color-scheme: dark) { :host(:not([theme='light'])) { ${dark} } }
  :host([theme='dark']) { ${dark} }
`);

export const annoncesStyles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .item {
    --_kind: var(--_info);
    --_kind-bg: var(--_info-bg);
    position: relative;
    padding: 0.75em 0.75em 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 0.4em solid var(--_kind);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  .item.avertissement {
    --_kind: var(--_warn);
    --_kind-bg: var(--_warn-bg);
  }
  .item.alerte {
    --_kind: var(--_alert);
    --_kind-bg: var(--_alert-bg);
    border-width: 2px 2px 2px 0.4em;
  }
  .item:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 0.35em;
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.5em;
    border-radius: 1em;
    font-size: 0.85em;
    font-weight: 700;
    color: var(--_kind);
    background: var(--_kind-bg);
  }
  .kind svg {
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
    flex: none;
  }
  .unread {
    font-size: 0.85em;
    font-weight: 700;
    color: var(--_text);
  }
  .unread::before {
    content: '';
    display: inline-block;
    width: 0.55em;
    height: 0.55em;
    margin-inline-end: 0.3em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 1.05em;
    line-height: 1.3;
    color: var(--_text);
  }
  .read .title {
    font-weight: 600;
  }
  .body {
    color: var(--_text);
    line-height: 1.45;
  }
  .body > :first-child {
    margin-top: 0;
  }
  .body > :last-child {
    margin-bottom: 0;
  }
  .body a,
  .more {
    color: var(--_accent);
  }
  .illustration {
    display: block;
    max-width: 100%;
    height: auto;
    margin: 0.5em 0;
    border-radius: calc(var(--_radius) / 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-top: 0.5em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .failed {
    color: var(--_danger);
    margin: 0;
  }
  .skeleton-item {
    height: 5em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_skeleton);
  }
`;
