/**
 * Design tokens. Every element reads its colours, font, radius and spacing through
 * private `--_*` properties that fall back in two levels: the tile's own public
 * property first, then the theme-wide one, then the built-in theme value:
 *
 *   --_accent: var(--tuiles-news-accent, var(--tuiles-accent, <light or dark default>))
 *
 * The built-in values follow `prefers-color-scheme` unless the element carries
 * `theme="light"` or `theme="dark"`. Both palettes meet WCAG 2.1 AA contrast
 * (text >= 4.5:1 on the surface, the focus ring >= 3:1); borders are decoration only.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

const light = `
  --_t-accent: #0b5cad;
  --_t-surface: #ffffff;
  --_t-text: #1d2430;
  --_t-muted: #4d5866;
  --_t-border: #c9d1da;
  --_t-skeleton: #e6eaef;
  --_t-danger: #a4262c;
  --_t-focus: #0b5cad;
  color-scheme: light;
`;

const dark = `
  --_t-accent: #8cc4ff;
  --_t-surface: #171b21;
  --_t-text: #e9edf2;
  --_t-muted: #aab4c0;
  --_t-border: #3a4350;
  --_t-skeleton: #2a313a;
  --_t-danger: #ff9a9f;
  --_t-focus: #8cc4ff;
  color-scheme: dark;
`;

/** The built-in light and dark palettes, chosen by `theme` or the viewer's preference. */
export const themeTokens: CSSResult = unsafeCSS(`
  :host { ${light} }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { ${dark} }
  }
  :host([theme='dark']) { ${dark} }
`);

/** The public properties every element honours, with their built-in fallback. */
export const tokenNames = {
  accent: 'var(--_t-accent)',
  surface: 'var(--_t-surface)',
  text: 'var(--_t-text)',
  muted: 'var(--_t-muted)',
  border: 'var(--_t-border)',
  focus: 'var(--_t-focus)',
  danger: 'var(--_t-danger)',
  skeleton: 'var(--_t-skeleton)',
  radius: '0.5em',
  gap: '1em',
  padding: '1em',
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
} as const;

/**
 * `:host { --_accent: var(--tuiles-<name>-accent, var(--tuiles-accent, …)); … }` for one
 * element. `name` is the tile type (`news`) or `page`.
 */
export function elementTokens(name: string): CSSResult {
  const lines = Object.entries(tokenNames).map(
    ([token, fallback]) => `--_${token}: var(--tuiles-${name}-${token}, var(--tuiles-${token}, ${fallback}));`,
  );
  return unsafeCSS(`:host { ${lines.join(' ')} }`);
}

/**
 * The host's isolation: `all: initial` stops the embedding site's inherited styles
 * (line-height, text-transform, letter-spacing, colour...) from leaking in;
 * `contain: content` keeps the tile's layout and paint to itself. Sizes are in `em`
 * of the host's font size, never `rem`: many sites shrink the root font (62.5 %).
 */
export const hostStyles: CSSResult = css`
  :host {
    all: initial;
    display: block;
    contain: content;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: 1em;
    line-height: 1.45;
    color: var(--_text);
    text-align: start;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .skeleton {
    background: var(--_skeleton);
    border-radius: calc(var(--_radius) / 2);
    animation: tuiles-pulse 1.4s ease-in-out infinite;
  }
  @keyframes tuiles-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
