/** Limits on stored rich text, checked before any parser sees it (no jsdom here). */

/** Rich text larger or deeper than this is refused at write time, never parsed. */
export const htmlLimits = { bytes: 200_000, depth: 100 } as const;

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Why this HTML may not be stored (a French message for the field), or null. Counts
 * nesting with a tag scan, not a parser: a body of 5,000 nested <div> must be refused
 * in microseconds, not sanitized for seconds. Unclosed tags count as open: stricter.
 */
export function htmlProblem(html: string): string | null {
  if (Buffer.byteLength(html) > htmlLimits.bytes) return `texte trop long (${htmlLimits.bytes / 1000} Ko au plus)`;
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (voidElements.has(name.toLowerCase()) || selfClosing) continue;
    depth += closing ? -1 : 1;
    if (depth > htmlLimits.depth) return `texte trop imbriqué (${htmlLimits.depth} niveaux au plus)`;
    if (depth < 0) depth = 0;
  }
  return null;
}
