/** Rubriques and their actors (server/authoring/rubriques.ts). */
import { Hono, type Context } from 'hono';
import type { Deps } from '../../../deps.ts';
import type { ViewerEnv } from '../../middleware/session.ts';
import { jsonBody, queryOf } from '../../middleware/validate.ts';
import { memberContext } from '../../../authoring/actor.ts';
import {
  createRubrique,
  deleteRubrique,
  deleteRubriqueQuery,
  newRubriqueInput,
  rightsInput,
  rubriquePatchInput,
  rubriqueTree,
  rubriqueUsage,
  setRights,
  updateRubrique,
} from '../../../authoring/rubriques.ts';
import { loggedIn, noContent, privateJson } from './member.ts';

export function rubriqueRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const ctxOf = (c: Context<ViewerEnv>) => memberContext(deps, c.req.param('site')!, c.get('viewer'));

  app.get('/sites/:site/rubriques', loggedIn, async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { rubriques: await rubriqueTree(ctx) });
  });

  app.get('/sites/:site/rubriques/:slug/usage', loggedIn, async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, await rubriqueUsage(ctx, c.req.param('slug')));
  });

  app.post('/sites/:site/rubriques', loggedIn, jsonBody(newRubriqueInput), async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { rubrique: await createRubrique(deps, ctx, c.req.valid('json')) }, 201);
  });

  app.patch('/sites/:site/rubriques/:slug', loggedIn, jsonBody(rubriquePatchInput), async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { rubrique: await updateRubrique(deps, ctx, c.req.param('slug'), c.req.valid('json')) });
  });

  app.delete('/sites/:site/rubriques/:slug', loggedIn, queryOf(deleteRubriqueQuery), async (c) => {
    const ctx = await ctxOf(c);
    await deleteRubrique(deps, ctx, c.req.param('slug'), c.req.valid('query').confirm);
    return noContent(c);
  });

  app.put('/sites/:site/rubriques/:slug/rights', loggedIn, jsonBody(rightsInput), async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { rights: await setRights(deps, ctx, c.req.param('slug'), c.req.valid('json')) });
  });

  return app;
}
