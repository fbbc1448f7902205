/**
 * `GET /media/:site/:id/:variant`: an uploaded medium's variant. Public media go out
 * for a year, immutable (a medium never changes; a new upload is a new id); private
 * ones only to viewers who may read content showing them (server/media/visibility.ts),
 * never stored by shared caches; anyone else gets the 404 of a missing medium.
 */
import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { viewerMiddleware, type ViewerEnv } from '../middleware/session.ts';
import { contextFor } from '../../reading/context.ts';
import { mediaVisibility } from '../../media/visibility.ts';
import { mediaIdPattern } from '../../media/variants.ts';
import { contentTypeOf } from '../../media/images.ts';
import { notFound } from '../../errors.ts';

export function mediaRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  app.get('/media/:site/:id/:variant', viewerMiddleware(deps), async (c) => {
    const missing = () => notFound('Image introuvable.');
    const { id, variant } = c.req.param();
    if (!mediaIdPattern.test(id)) throw missing();
    const site = await deps.store.sites.bySlug(c.req.param('site'));
    if (!site) throw missing();
    const medium = await deps.store.media.get(site.id, id);
    if (!medium || !medium.variants.includes(variant)) throw missing();
    const ctx = await contextFor(deps, site, c.get('viewer'));
    const visibility = await mediaVisibility(ctx, medium);
    if (visibility === 'hidden') throw missing();
    const bytes = await deps.mediaStorage.get(`${site.id}/${id}/${variant}`);
    if (!bytes) throw missing();
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf[variant.split('.')[1]],
        'Content-Length': String(bytes.length),
        'Cache-Control': visibility === 'public' ? 'public, max-age=31536000, immutable' : 'private, no-cache',
        Vary: 'Cookie',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        ...(visibility === 'public' ? { 'Access-Control-Allow-Origin': '*' } : {}),
      },
    });
  });
  return app;
}
