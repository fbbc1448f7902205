/** The articles' workflow (server/authoring/workflow.ts) and the moderation queue. */
import { Hono, type Context } from 'hono';
import type { Deps } from '../../../deps.ts';
import type { ViewerEnv } from '../../middleware/session.ts';
import { jsonBody, queryOf } from '../../middleware/validate.ts';
import { memberContext } from '../../../authoring/actor.ts';
import {
  articlePatchInput,
  articleSource,
  authoringList,
  authoringListQuery,
  createArticle,
  deleteArticle,
  moderationQueue,
  newArticleInput,
  publishArticle,
  sendBackArticle,
  sendBackInput,
  submitArticle,
  unpublishArticle,
  updateArticle,
} from '../../../authoring/workflow.ts';
import { loggedIn, noContent, privateJson } from './member.ts';

/**
 * Article bodies may reach 200 KB (refused past that with a 400 naming `body`), more
 * than the API's usual request limit: app.ts gives these requests their own.
 */
export const ARTICLE_REQUEST_LIMIT = 1024 * 1024;
export const isArticleWrite = (c: Context) =>
  (c.req.method === 'POST' || c.req.method === 'PATCH') && /^\/api\/sites\/[^/]+\/articles(?:\/[^/]+)?\/?$/.test(c.req.path);

export function articleRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const ctxOf = (c: Context<ViewerEnv>) => memberContext(deps, c.req.param('site')!, c.get('viewer'));

  app.get('/sites/:site/articles', loggedIn, queryOf(authoringListQuery), async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { articles: await authoringList(ctx, c.req.valid('query')) });
  });

  app.post('/sites/:site/articles', loggedIn, jsonBody(newArticleInput), async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { article: await createArticle(deps, ctx, c.req.valid('json')) }, 201);
  });

  app.get('/sites/:site/articles/:id/source', loggedIn, async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { article: await articleSource(ctx, c.req.param('id')) });
  });

  app.patch('/sites/:site/articles/:id', loggedIn, jsonBody(articlePatchInput), async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { article: await updateArticle(deps, ctx, c.req.param('id'), c.req.valid('json')) });
  });

  for (const [verb, run] of [['submit', submitArticle], ['publish', publishArticle], ['unpublish', unpublishArticle]] as const) {
    app.post(`/sites/:site/articles/:id/${verb}`, loggedIn, async (c) => {
      const ctx = await ctxOf(c);
      return privateJson(c, { article: await run(deps, ctx, c.req.param('id')) });
    });
  }

  app.post('/sites/:site/articles/:id/send-back', loggedIn, jsonBody(sendBackInput), async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { article: await sendBackArticle(deps, ctx, c.req.param('id'), c.req.valid('json')) });
  });

  app.delete('/sites/:site/articles/:id', loggedIn, async (c) => {
    const ctx = await ctxOf(c);
    await deleteArticle(deps, ctx, c.req.param('id'));
    return noContent(c);
  });

  app.get('/sites/:site/moderation', loggedIn, async (c) => {
    const ctx = await ctxOf(c);
    return privateJson(c, { articles: await moderationQueue(ctx) });
  });

  return app;
}
