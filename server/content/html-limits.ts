/** Limits on stored rich text, checked before any parser sees it (no jsdom here). */
import { nestingDepth } from './nesting.ts';

/** Rich text larger or deeper than this is refused at write time, never parsed. */
export const htmlLimits = { bytes: 200 * 1024, depth: 100 } as const;

/**
 * Why this HTML may not be stored (a French message for the field), or null. Depth is
 * read from the tags (content/nesting.ts), not a parser: a body of 5,000 nested <div>
 * is refused in microseconds, where sanitizing it takes seconds.
 */
export function htmlProblem(html: string): string | null {
  if (Buffer.byteLength(html, 'utf8') > htmlLimits.bytes) return `texte trop long (${htmlLimits.bytes / 1024} Kio au plus)`;
  if (nestingDepth(html) > htmlLimits.depth) return `balises imbriquées sur plus de ${htmlLimits.depth} niveaux`;
  return null;
}
