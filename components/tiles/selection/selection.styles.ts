import { css } from 'lit';

/** Cards side by side when the tile is wide, stacked when narrow; illustration on top, 16:9. */
export const selectionStyles = css`
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: var(--_gap);
  }
  .item {
    display: flex;
    flex-direction: column;
  }
  .illustration {
    order: -1;
    aspect-ratio: 16 / 9;
    margin-bottom: 0.6em;
  }
`;
