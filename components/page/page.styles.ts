import { css } from 'lit';

/**
 * The page's own width decides the columns (a container query, not the viewport), so
 * a page embedded in a sidebar collapses like one on a phone: one column under 40em,
 * two up to 72em, three beyond. A top tile spans every column.
 */
export const pageStyles = css`
  .page {
    container-type: inline-size;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    align-items: stretch;
  }
  @container (min-width: 40em) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 72em) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .full {
    grid-column: 1 / -1;
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
