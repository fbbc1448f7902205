import { css } from 'lit';

export const newsStyles = css`
  .list > li + li {
    margin-top: 0.85em;
    padding-top: 0.85em;
    border-top: 1px solid var(--_border);
  }
  .item.with-illustration {
    display: grid;
    grid-template-columns: 6.5em minmax(0, 1fr);
    column-gap: 0.85em;
    align-items: start;
  }
  .item.with-illustration .illustration {
    grid-column: 1;
    grid-row: 1;
    aspect-ratio: 4 / 3;
  }
  .item.with-illustration .body {
    grid-column: 2;
    grid-row: 1;
  }
`;
