/**
 * Validation at the edge: a route declares the schema of its JSON body or query, and
 * its handler receives parsed values (`c.req.valid('json')`). A failed schema is the
 * usual 400 naming each field at fault, in French; a body that is not JSON was already
 * refused (415 or 400) by `jsonOrMultipart` in body.ts.
 */
import type { ZodType, z } from 'zod';
import { $ZodAsyncError } from 'zod/v4/core';
import { zValidator } from '@hono/zod-validator';
import { frenchErrors } from '../../../contract/french-errors.ts';
import { fieldsOf, invalid } from '../../errors.ts';

const refuse = (result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }, whole: string) => {
  if (!result.success) throw invalid(fieldsOf(result.error!.issues, whole));
};

/**
 * Parses with the French messages, for this parse only (no `z.config`: it is the whole
 * process's). The library types the result by a condition on `S` that TypeScript cannot
 * settle while `S` is generic, hence the `never`: the value is the parse's own result.
 */
const inFrench = <S extends ZodType>() => ({
  validationFunction: (schema: S, value: unknown) => {
    // The synchronous parse: the async one costs a few promises per field on every
    // request. A schema with an async check throws $ZodAsyncError here: parsed async.
    try {
      return schema.safeParse(value, { error: frenchErrors }) as never;
    } catch (error) {
      if (error instanceof $ZodAsyncError) return schema.safeParseAsync(value, { error: frenchErrors }) as never;
      throw error;
    }
  },
});

/** The JSON body, parsed by `schema`. */
export const jsonBody = <S extends ZodType>(schema: S) =>
  zValidator('json', schema, (result) => refuse(result, 'body'), inFrench<S>());

/** The query string, parsed by `schema` (values are strings: use coercions). */
export const queryOf = <S extends ZodType>(schema: S) =>
  zValidator('query', schema, (result) => refuse(result, 'query'), inFrench<S>());

/** Parses `value` by `schema` outside a route's validator (a kept query: parsed-queries.ts), refused alike. */
export function parseOrRefuse<S extends ZodType>(schema: S, value: unknown, whole: string): z.output<S> {
  const result = schema.safeParse(value, { error: frenchErrors });
  refuse(result, whole);
  return result.data as z.output<S>;
}
