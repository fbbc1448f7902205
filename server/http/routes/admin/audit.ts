/** The audit log, for site admins (server/authoring/audit.ts). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../../deps.ts';
import type { ViewerEnv } from '../../middleware/session.ts';
import { queryOf } from '../../middleware/validate.ts';
import { adminContext } from '../../../authoring/actor.ts';
import { auditPage } from '../../../authoring/audit.ts';
import { loggedIn, privateJson } from './member.ts';

const auditQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function auditRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  app.get('/sites/:site/audit', loggedIn, queryOf(auditQuery), async (c) => {
    const ctx = await adminContext(deps, c.req.param('site'), c.get('viewer'));
    const { before, limit } = c.req.valid('query');
    return privateJson(c, await auditPage(ctx, before ?? null, limit));
  });
  return app;
}
