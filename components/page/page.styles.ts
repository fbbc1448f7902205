import { css } from 'lit';

/**
 * The page's own width decides the columns (a container query, not the viewport), so
 * a page embedded in a sidebar collapses like one on a phone: one column under 40em,
 * two up to 72em, three beyond. A top tile spans every column.
 *
 * The tiles are packed in CSS columns, not grid rows: a row of a grid is as tall as its
 * tallest tile, so a short tile (« Informations ») sat above an empty space. In columns
 * each tile follows the one above it, without holes. The DOM keeps the admin's order,
 * so screen readers and the keyboard meet the tiles in that order on every width; the
 * columns are filled top to bottom, then left to right. Every tile's height is known
 * from the server-rendered HTML (images reserve their box), so nothing moves once
 * painted.
 */
export const pageStyles = css`
  .page {
    container-type: inline-size;
  }
  .grid {
    column-count: 1;
    column-gap: var(--_gap);
  }
  .grid > * {
    display: block;
    break-inside: avoid;
    margin-block-end: var(--_gap);
  }
  @container (min-width: 40em) {
    .grid {
      column-count: 2;
    }
  }
  @container (min-width: 72em) {
    .grid {
      column-count: 3;
    }
  }
  .full {
    column-span: all;
  }
  .placeholder-top {
    aspect-ratio: 2000 / 453;
    border-radius: var(--_radius);
  }
  .placeholder {
    height: 18em;
    border-radius: var(--_radius);
  }
`;
