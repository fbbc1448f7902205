/** Small templates shared by every element: heading, error card, failure with retry. */
import { html, nothing, type TemplateResult } from 'lit';
import { failureMessage, messagesFor, type Lang } from './i18n.ts';

/** `h2`…`h6` from an attribute value; anything else falls back to `h2`. */
export function clampLevel(level: number | undefined): number {
  return level && level >= 2 && level <= 6 ? Math.floor(level) : 2;
}

/** A heading at `level` (2 to 6); Lit cannot bind a tag name, hence the switch. */
export function heading(level: number, content: unknown, part = 'heading', cls = 'heading'): TemplateResult {
  switch (clampLevel(level)) {
    case 3:
      return html`<h3 part=${part} class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${cls}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${cls}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${cls}>${content}</h2>`;
  }
}

/** The heading of an item inside a tile: one level below the tile's, or a paragraph past h6. */
export function itemHeading(tileLevel: number, content: unknown): TemplateResult {
  const level = clampLevel(tileLevel) + 1;
  return level > 6
    ? html`<p part="title" class="title">${content}</p>`
    : heading(level, content, 'title', 'title');
}

/** A tile that could not be shown; polite (`status`): it does not interrupt the reader. */
export function errorCard(message: string): TemplateResult {
  return html`<div part="error" class="error-card" role="status"><p>${message}</p></div>`;
}

/**
 * A failed load, announced at once (`alert`), with a retry button when trying again
 * can help (no answer, not logged in yet, too many requests, a server error) — not
 * for a wrong address or parameter, which the same request would meet again.
 */
export function failure(lang: Lang, status: number, retry: () => void): TemplateResult {
  const retryable = status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
  return html`<div part="error" class="failure" role="alert">
    <p>${failureMessage(lang, status)}</p>
    ${retryable ? html`<button part="retry" type="button" @click=${retry}>${messagesFor(lang).retry}</button>` : nothing}
  </div>`;
}
