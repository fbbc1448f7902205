import { css } from 'lit';

/**
 * One card; each pupil a section; inside, the four lists side by side when the tile is
 * wide enough (two columns past 34em), stacked on a phone.
 */
export const pronoteStyles = css`
  .tile {
    container-type: inline-size;
  }
  .pupil + .pupil {
    margin-top: 1.25em;
    padding-top: 1em;
    border-top: 1px solid var(--_border);
  }
  .pupil-name {
    margin: 0 0 0.5em;
    font-size: 1.0625em;
    font-weight: 700;
  }
  .sections {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.75em 1.25em;
  }
  @container (min-width: 34em) {
    .sections {
      grid-template-columns: 1fr 1fr;
    }
  }
  .section-title {
    margin: 0 0 0.35em;
    font-size: 0.9375em;
    font-weight: 700;
    color: var(--_text);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    padding: 0.3em 0;
    border-bottom: 1px solid var(--_border);
  }
  li:last-child {
    border-bottom: 0;
  }
  .what {
    flex: 1 1 10em;
    min-width: 0;
  }
  .mark {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .detail,
  time {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .empty {
    font-size: 0.9375em;
  }
  .unavailable {
    margin: 0 0 0.75em;
  }
  .open {
    display: inline-block;
    margin-top: 1em;
    padding: 0.5em 1em;
    font-weight: 600;
    color: var(--_surface);
    background: var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    text-decoration: none;
  }
  .open:hover {
    text-decoration: underline;
  }
`;
