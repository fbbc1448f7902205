/**
 * What every authoring route shares: a logged-in viewer before anything else (401
 * comes before the body's validation), and answers that no cache keeps.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ViewerEnv } from '../../middleware/session.ts';
import { unauthorized } from '../../../errors.ts';

export const loggedIn: MiddlewareHandler<ViewerEnv> = async (c, next) => {
  if (c.get('viewer').kind === 'anonymous') throw unauthorized();
  await next();
};

/** A member's answer: never shared, never stored. */
export function privateJson(c: Context, body: unknown, status: 200 | 201 = 200): Response {
  c.header('Cache-Control', 'private, no-store');
  c.header('Vary', 'Cookie');
  return c.json(body, status);
}

export function noContent(c: Context): Response {
  c.header('Cache-Control', 'private, no-store');
  return c.body(null, 204);
}
