/**
 * Annonces (communication ciblée):
 * - `GET|POST /sites/:site/annonces`, `PATCH|DELETE /sites/:site/annonces/:id`: site
 *   admins, and `personnel` whose fonction the site allows (their own annonces);
 * - `GET|PUT /sites/:site/annonces/settings`: which fonctions may write (admins);
 * - `GET /sites/:site/annonces/current`: the viewer's annonces, as the tile shows them;
 * - `POST /sites/:site/annonces/:id/read`: the viewer marks one read.
 * Every answer is about one logged-in viewer: private, never shared.
 */
import { Hono, type Context } from 'hono';
import type { Deps } from '../../deps.ts';
import type { ViewerEnv } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';
import { adminContext, memberContext } from '../../authoring/actor.ts';
import { annonceInput, annoncePatch, annonceSettings } from '../../../contract/annonces.ts';
import { annoncesConfig } from '../../../contract/tiles/annonces.ts';
import { createAnnonce, deleteAnnonce, listAnnonces, managerContext, markRead, setFonctions, updateAnnonce } from '../../annonces/service.ts';
import { annonces as annoncesResolver } from '../../tiles/annonces.ts';

const privately = (c: Context) => {
  c.header('Vary', 'Cookie');
  c.header('Cache-Control', 'private, no-store');
};

export function annonceRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();

  app.get('/sites/:site/annonces', async (c) => {
    const ctx = await managerContext(deps, c.req.param('site'), c.get('viewer'));
    privately(c);
    return c.json(await listAnnonces(deps, ctx));
  });

  app.post('/sites/:site/annonces', jsonBody(annonceInput), async (c) => {
    const ctx = await managerContext(deps, c.req.param('site'), c.get('viewer'));
    privately(c);
    return c.json(await createAnnonce(deps, ctx, c.req.valid('json')), 201);
  });

  app.get('/sites/:site/annonces/current', async (c) => {
    const ctx = await memberContext(deps, c.req.param('site'), c.get('viewer'));
    const config = annoncesConfig.parse({});
    privately(c);
    return c.json({ tile: { config, data: await annoncesResolver.resolve(config, ctx) } });
  });

  app.get('/sites/:site/annonces/settings', async (c) => {
    const ctx = await adminContext(deps, c.req.param('site'), c.get('viewer'));
    privately(c);
    return c.json({ fonctions: await ctx.store.annonces.fonctions(ctx.site.id), emailAvailable: deps.mailer !== undefined });
  });

  app.put('/sites/:site/annonces/settings', jsonBody(annonceSettings), async (c) => {
    const ctx = await adminContext(deps, c.req.param('site'), c.get('viewer'));
    privately(c);
    return c.json({ fonctions: await setFonctions(deps, ctx, c.req.valid('json').fonctions) });
  });

  app.patch('/sites/:site/annonces/:id', jsonBody(annoncePatch), async (c) => {
    const ctx = await managerContext(deps, c.req.param('site'), c.get('viewer'));
    privately(c);
    return c.json(await updateAnnonce(deps, ctx, c.req.param('id'), c.req.valid('json')));
  });

  app.delete('/sites/:site/annonces/:id', async (c) => {
    const ctx = await managerContext(deps, c.req.param('site'), c.get('viewer'));
    await deleteAnnonce(deps, ctx, c.req.param('id'));
    privately(c);
    return c.body(null, 204);
  });

  app.post('/sites/:site/annonces/:id/read', async (c) => {
    const mark = await markRead(deps, c.req.param('site'), c.get('viewer'));
    await mark(c.req.param('id'));
    privately(c);
    return c.json({ id: c.req.param('id'), read: true });
  });

  return app;
}
