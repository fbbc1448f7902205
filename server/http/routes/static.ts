/**
 * Files served as they are: the embed bundle (any origin may load it), the built site
 * pages, and the demo school's media, all from memory (middleware/files-in-memory.ts:
 * read once when the app is built, gzipped once). Content-hashed files are cached for a
 * year; the stable entry `/embed/tuiles.js` for five minutes so a new release reaches
 * embeds soon.
 */
import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { loadFolder, serveFromMemory } from '../middleware/files-in-memory.ts';

export const pageCsp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
  "frame-src https:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

const hashed = /[.-][A-Za-z0-9_-]{8,}\.(js|css|svg|png|jpg|webp|woff2)$/;
const yearLong = 'public, max-age=31536000, immutable';

export function staticRoutes(deps: Deps) {
  const app = new Hono();
  const roots = deps.staticRoots ?? {};

  if (roots.embed) {
    app.use(
      '/embed/*',
      serveFromMemory(loadFolder(roots.embed), {
        prefix: '/embed',
        headers: (path) => ({
          'Access-Control-Allow-Origin': '*',
          'Cache-Control': hashed.test(path) ? yearLong : 'public, max-age=300',
        }),
      }),
    );
  }
  if (roots.media) {
    const demoMedia = serveFromMemory(loadFolder(roots.media), { prefix: '/media/demo', headers: () => ({ 'Cache-Control': 'public, max-age=86400' }) });
    // `/media/:site/*` checked for `demo`, not `/media/demo/*`: Hono's regexp router (the
    // fast one) refuses a static segment beside uploaded media's `/media/:site/:id/:variant`.
    app.use('/media/:site/*', (c, next) => (c.req.param('site') === 'demo' ? demoMedia(c, next) : next()));
  }
  if (roots.site) {
    app.use(
      '/*',
      serveFromMemory(loadFolder(roots.site), {
        cleanUrls: true,
        headers: (path, file): Record<string, string> => {
          if (path.startsWith('/assets/')) return { 'Cache-Control': yearLong };
          if (!file.type.startsWith('text/html')) return {};
          // The pages run only their own scripts: `/embed-demo?server=https://evil.example`
          // must not load another origin's code on the portal's origin (it could read the
          // visitor's personal page). HTML is revalidated since it names hashed assets.
          return { 'Cache-Control': 'no-cache', 'Content-Security-Policy': pageCsp, 'Referrer-Policy': 'strict-origin-when-cross-origin' };
        },
      }),
    );
  }
  return app;
}
