/** Request bodies: a size limit where a body may come, and JSON read with the right refusals. */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { badRequest, tooLarge, unsupportedMediaType } from '../../errors.ts';

/** The request's JSON body: 415 when it is not declared as JSON, 400 when it does not parse. */
export async function readJson(c: Context): Promise<unknown> {
  if (!c.req.header('Content-Type')?.toLowerCase().startsWith('application/json')) {
    throw unsupportedMediaType('Envoyez du JSON (Content-Type: application/json).');
  }
  try {
    return await c.req.json();
  } catch {
    throw badRequest('invalid_json', "Le corps de la requête n'est pas du JSON valide.");
  }
}

const bodyless = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Bodies are JSON (or multipart for uploads): anything else is 415, JSON that does not
 * parse is 400, before any route runs. Routes then declare their schema (validate.ts).
 */
export const jsonOrMultipart: MiddlewareHandler = (c, next) => {
  // A GET passes straight on: no async frame of its own around the rest of the chain.
  if (bodyless.has(c.req.method)) return next();
  return (async () => {
    const type = c.req.header('Content-Type')?.split(';')[0].trim().toLowerCase();
    if (type === undefined) {
      if (Number(c.req.header('Content-Length') ?? 0) > 0) throw unsupportedMediaType('Envoyez du JSON (Content-Type: application/json).');
    } else if (type !== 'multipart/form-data') {
      await readJson(c);
    }
    await next();
  })();
};

/**
 * At most `maxBytes` of body, answered 413 past it. Only where a body may come: reading
 * c.req.raw.body on a GET makes @hono/node-server build a full undici Request, the
 * largest cost of a cached response.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge(`Requête trop volumineuse (${Math.round(maxBytes / 1024)} Kio au plus).`);
    },
  });
  return (c, next) => (bodyless.has(c.req.method) ? next() : limit(c, next));
}
