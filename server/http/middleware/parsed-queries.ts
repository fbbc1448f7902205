/**
 * A query string parsed once: embeds ask for the same few `?rubriques=…&limit=…` over
 * and over, and validating them (zod) on every request cost more than answering from
 * the memo. The parse depends on the query text alone (never on the site or the
 * viewer), so its frozen result may serve every request with the same text; a query
 * that fails is not kept and fails again, with the same 400 naming its fields.
 */
import type { ZodType, z } from 'zod';
import { frozen } from '../../reading/memo.ts';
import { parseOrRefuse } from './validate.ts';

/** The query of `url` as an object of strings (the first value of a repeated name counts, as with `c.req.query()`). */
function queryObject(search: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) if (!Object.hasOwn(query, name)) query[name] = value;
  return query;
}

/** Parses a query string's object with the French messages; a 400 naming each field otherwise. */
export const parseQuery = <S extends ZodType>(schema: S, search: string): z.output<S> => parseOrRefuse(schema, queryObject(search), 'query');

/** Bounded: the oldest query text is dropped first. */
const MAX_QUERIES = 1000;

export class ParsedQueries<T> {
  private readonly kept = new Map<string, T>();
  constructor(private readonly parse: (search: string) => T) {}

  /** The parse of `url`'s query text, kept once it succeeded. */
  of(url: string): T {
    const at = url.indexOf('?');
    const search = at < 0 ? '' : url.slice(at + 1);
    const kept = this.kept.get(search);
    if (kept !== undefined) return kept;
    const parsed = frozen(this.parse(search));
    if (this.kept.size >= MAX_QUERIES) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(search, parsed);
    return parsed;
  }
}
