/** The one error path: typed errors keep their status; anything else is a 500 that says nothing inside. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../../errors.ts';
import type { ApiError } from '../../../contract/api.ts';

export const errorBody = (code: string, message: string, fields?: Record<string, string>): ApiError => ({
  error: fields ? { code, message, fields } : { code, message },
});

export function onError(log: (message: string, error?: unknown) => void) {
  return (error: Error, c: Context) => {
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    // Embeds on other origins must be able to read an anonymous error too (a 404 for a
    // mistyped site, a 400 naming the bad parameter), not see a network failure.
    if (c.req.path.startsWith('/api/') && c.get('viewer')?.kind !== 'user') c.header('Access-Control-Allow-Origin', '*');
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
      return c.json(errorBody(error.code, error.message, error.fields), error.status);
    }
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      return c.json(errorBody(status === 413 ? 'too_large' : 'bad_request', error.message || 'Requête invalide.'), status);
    }
    log(`${c.req.method} ${c.req.path} failed`, error);
    return c.json(errorBody('internal', 'Une erreur inattendue est survenue.'), 500);
  };
}

export const notFoundRoute = (c: Context) => {
  c.header('X-Content-Type-Options', 'nosniff');
  return c.json(errorBody('not_found', 'Adresse inconnue.'), 404);
};
