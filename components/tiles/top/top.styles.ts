import { css } from 'lit';

/**
 * The image keeps the recommended 2000:453 ratio at any width, so its box is sized
 * before a byte of it arrives (no layout shift). The article band overlays the image
 * when the tile is wide enough; on a phone (where the image is ~80 px tall) it sits
 * below the image instead of hiding it.
 */
export const topStyles = css`
  /* The band is white by design, in both themes: readable over any image. */
  :host {
    --_band: var(--tuiles-top-band, #fff);
    --_band-text: var(--tuiles-top-band-text, #1d2430);
    --_band-accent: var(--tuiles-top-band-accent, #0b5cad);
  }
  .top {
    container-type: inline-size;
    position: relative;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_skeleton);
  }
  .image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 2000 / 453;
    object-fit: cover;
  }
  .band {
    display: block;
    padding: 0.75em 1em;
    background: var(--_band);
    color: var(--_band-text);
    text-decoration: none;
  }
  a.band:hover .title {
    text-decoration: underline;
  }
  a.band:focus-visible {
    outline: 3px solid var(--_band-accent);
    outline-offset: -3px;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_band-accent);
  }
  .summary {
    margin: 0.3em 0 0;
    font-size: 0.9375em;
  }
  @container (min-width: 40em) {
    .band {
      position: absolute;
      inset-inline-start: 1.5em;
      inset-block-end: 1.5em;
      max-width: min(60%, 36em);
      border-radius: calc(var(--_radius) / 1.5);
      box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.2);
    }
    .summary {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      overflow: hidden;
    }
  }
`;
