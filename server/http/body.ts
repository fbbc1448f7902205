import type { Context } from 'hono';
import { AppError } from '../errors.ts';

/** The request's JSON body: 415 when it is not declared as JSON, 400 when it does not parse. */
export async function readJson(c: Context): Promise<unknown> {
  if (!c.req.header('Content-Type')?.toLowerCase().startsWith('application/json')) {
    throw new AppError(415, 'unsupported_media_type', 'Envoyez du JSON (Content-Type: application/json).');
  }
  try {
    return await c.req.json();
  } catch {
    throw new AppError(400, 'invalid_json', "Le corps de la requête n'est pas du JSON valide.");
  }
}
