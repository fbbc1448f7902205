import { css } from 'lit';

/** The frame every tile shares: card, heading, states (empty, loading, error). */
export const tileStyles = css`
  .tile {
    height: 100%;
    padding: var(--_padding);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .heading {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_text);
  }
  .heading.skeleton {
    width: 40%;
    height: 1.25em;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  .failure,
  .error-card {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
  }
  .failure p,
  .error-card p {
    margin: 0;
    color: var(--_text);
  }
  .failure p::before,
  .error-card p::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.5em;
    border-radius: 50%;
    background: var(--_danger);
  }
  button {
    font: inherit;
    padding: 0.4em 1em;
    color: var(--_surface);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  button:hover {
    filter: brightness(1.1);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;

/**
 * A list item that is one link: its title's link covers the whole item (`::after`),
 * so the card is one target for a pointer and one stop for the keyboard.
 */
export const linkedItemStyles = css`
  .item {
    position: relative;
  }
  .title {
    margin: 0;
    font-size: 1em;
    line-height: 1.3;
    font-weight: 650;
  }
  .title a {
    text-decoration: none;
  }
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .item:hover .title a {
    text-decoration: underline;
  }
`;
