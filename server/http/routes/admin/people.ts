/** The rights pickers' groups and people (server/authoring/people.ts). */
import { Hono } from 'hono';
import type { Deps } from '../../../deps.ts';
import type { ViewerEnv } from '../../middleware/session.ts';
import { queryOf } from '../../middleware/validate.ts';
import { actorPickerContext, peopleQuery, searchPeople, siteGroups } from '../../../authoring/people.ts';
import { loggedIn, privateJson } from './member.ts';

export function peopleRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();

  app.get('/sites/:site/groups', loggedIn, async (c) => {
    const ctx = await actorPickerContext(deps, c.req.param('site')!, c.get('viewer'));
    return privateJson(c, { groups: await siteGroups(ctx) });
  });

  app.get('/sites/:site/users', loggedIn, queryOf(peopleQuery), async (c) => {
    const ctx = await actorPickerContext(deps, c.req.param('site')!, c.get('viewer'));
    return privateJson(c, { users: await searchPeople(ctx, c.req.valid('query')) });
  });

  return app;
}
