import { css } from 'lit';

export const embedStyles = css`
  .frame {
    display: block;
    width: 100%;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_skeleton);
  }
  .open {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
`;
