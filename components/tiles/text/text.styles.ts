import { css } from 'lit';

/** Typography for the sanitized rich text: the editor's paragraphs, lists, links, images. */
export const textStyles = css`
  .content > :first-child {
    margin-top: 0;
  }
  .content > :last-child {
    margin-bottom: 0;
  }
  .content p,
  .content ul,
  .content ol {
    margin: 0 0 0.75em;
  }
  .content ul,
  .content ol {
    padding-inline-start: 1.5em;
  }
  .content ul {
    list-style: disc;
  }
  .content h2,
  .content h3,
  .content h4 {
    margin: 1em 0 0.5em;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .content img {
    max-width: 100%;
    height: auto;
  }
  .content iframe {
    max-width: 100%;
    border: 0;
  }
  .content table {
    border-collapse: collapse;
    max-width: 100%;
  }
  .content td,
  .content th {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
  }
`;
