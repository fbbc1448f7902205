/** Agenda events (server/authoring/events.ts). */
import { Hono, type Context } from 'hono';
import type { Deps } from '../../../deps.ts';
import type { ViewerEnv } from '../../middleware/session.ts';
import { jsonBody, queryOf } from '../../middleware/validate.ts';
import { memberContext } from '../../../authoring/actor.ts';
import { createEvent, deleteEvent, eventList, eventListQuery, eventPatchInput, eventSource, newEventInput, updateEvent } from '../../../authoring/events.ts';
import { loggedIn, noContent, privateJson } from './member.ts';

export function eventRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const ctxOf = (c: Context<ViewerEnv>) => memberContext(deps, c.req.param('site')!, c.get('viewer'));

  app.get('/sites/:site/events', loggedIn, queryOf(eventListQuery), async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { events: await eventList(ctx, c.req.valid('query')) });
  });

  app.get('/sites/:site/events/:id/source', loggedIn, async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { event: await eventSource(ctx, c.req.param('id')) });
  });

  app.post('/sites/:site/events', loggedIn, jsonBody(newEventInput), async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { event: await createEvent(deps, ctx, c.req.valid('json')) }, 201);
  });

  app.patch('/sites/:site/events/:id', loggedIn, jsonBody(eventPatchInput), async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { event: await updateEvent(deps, ctx, c.req.param('id'), c.req.valid('json')) });
  });

  app.delete('/sites/:site/events/:id', loggedIn, async (c) => {
    const ctx = await ctxOf(c);
    await deleteEvent(deps, ctx, c.req.param('id'));
    return noContent(c);
  });

  return app;
}
