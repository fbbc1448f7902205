import { css, unsafeCSS } from 'lit';

/**
 * Monogram backgrounds, picked per label. Each carries white letters at 5.8:1 or more
 * (WCAG AA for text), though the letters are decorative: the label says the same.
 */
const colours = ['#0b5cad', '#1b6e3a', '#a4262c', '#6b3fa0', '#8a4b00', '#00707a', '#ad2c6b', '#3b4fb8'];

export const MONOGRAM_COLOURS = colours.length;

/**
 * Shortcuts as a grid of small cards, as many per row as fit (at least 7em each, one
 * per row when the tile is narrower); each card is a single link: icon, then name.
 */
export const portalStyles = css`
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8em), 1fr));
    gap: calc(var(--_gap) * 0.75);
  }
  .item {
    display: flex;
  }
  .link {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
    min-height: 100%;
    padding: 0.75em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    text-align: center;
    text-decoration: none;
  }
  a.link:hover {
    border-color: var(--_accent);
  }
  a.link:hover .label {
    text-decoration: underline;
  }
  .icon {
    flex: none;
    display: block;
    width: 3em;
    height: 3em;
    border-radius: calc(var(--_radius) * 0.75);
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    font-size: 1.125em;
    width: calc(3em / 1.125);
    height: calc(3em / 1.125);
    font-weight: 700;
    line-height: 1;
    letter-spacing: 0.02em;
    color: var(--tuiles-portal-monogram-text, #fff);
    background: var(--tuiles-portal-monogram, var(--_mono));
  }
  ${unsafeCSS(colours.map((colour, i) => `.c${i} { --_mono: ${colour}; }`).join('\n'))}
  .label {
    font-size: 0.9375em;
    line-height: 1.25;
    font-weight: 600;
    overflow-wrap: break-word; /* a whole word per line when it fits: "EduConnect", not "EduConnec-t" */
  }
  .line {
    width: 70%;
    height: 0.9em;
  }
`;
