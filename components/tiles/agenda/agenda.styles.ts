import { css } from 'lit';

export const agendaStyles = css`
  .list > li + li {
    margin-top: 0.85em;
    padding-top: 0.85em;
    border-top: 1px solid var(--_border);
  }
  .item.with-badge {
    display: grid;
    grid-template-columns: 3.25em minmax(0, 1fr);
    column-gap: 0.85em;
    align-items: start;
  }
  .badge {
    grid-column: 1;
    grid-row: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    height: 3.25em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 1.5);
    color: var(--_text);
    line-height: 1.05;
  }
  .badge .day {
    font-size: 1.25em;
    font-weight: 700;
  }
  .badge .month {
    font-size: 0.75em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .badge.skeleton {
    border: 0;
  }
  .item.with-badge .body {
    grid-column: 2;
    grid-row: 1;
  }
  .date,
  .location {
    display: block;
    margin-top: 0.2em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .location {
    margin: 0.1em 0 0;
  }
  .summary {
    margin: 0.35em 0 0;
    font-size: 0.9375em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .line {
    height: 0.9em;
    margin: 0.35em 0;
  }
  .title-line {
    height: 1.1em;
    width: 85%;
  }
  .short {
    width: 45%;
  }
`;
