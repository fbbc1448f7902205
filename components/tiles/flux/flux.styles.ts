import { css } from 'lit';

/** Shared by the flux and « Mes actualités » lists: a title link, then a small line of date and source. */
export const feedListStyles = css`
  .list > li + li {
    margin-top: 0.7em;
    padding-top: 0.7em;
    border-top: 1px solid var(--_border);
  }
  .meta {
    display: block;
    margin-top: 0.2em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .source {
    margin: 0.85em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .source a {
    color: var(--_accent);
  }
  .problems {
    margin-top: 0.85em;
    display: grid;
    gap: 0.5em;
  }
  .problems p {
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .skeleton.line {
    height: 1em;
    margin: 0.35em 0;
  }
`;
