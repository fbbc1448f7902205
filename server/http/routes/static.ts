/**
 * Files served as they are: the embed bundle (any origin may load it), the built site
 * pages, and the demo school's media. Content-hashed files are cached for a year; the
 * stable entry `/embed/tuiles.js` for five minutes so a new release reaches embeds soon.
 */
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import type { Deps } from '../../deps.ts';

export const pageCsp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
  "frame-src https:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

const hashed = /[.-][A-Za-z0-9_-]{8,}\.(js|css|svg|png|jpg|webp|woff2)$/;

export function staticRoutes(deps: Deps) {
  const app = new Hono();
  const roots = deps.staticRoots ?? {};
  // The bundle and the pages go out gzipped (the embed bundle: ~50 KB -> ~16 KB). Not
  // the API: its shared answers are compressed once, in http/cache.ts.
  const gzip = compress({ encoding: 'gzip' });
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : gzip(c, next)));

  if (roots.embed) {
    app.use('/embed/*', async (c, next) => {
      await next();
      if (c.res.status !== 200) return;
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cache-Control', hashed.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    });
    app.use('/embed/*', serveStatic({ root: roots.embed, rewriteRequestPath: (p) => p.replace(/^\/embed/, '') }));
  }
  if (roots.media) {
    app.use('/media/demo/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=86400');
    });
    app.use('/media/demo/*', serveStatic({ root: roots.media, rewriteRequestPath: (p) => p.replace(/^\/media\/demo/, '') }));
  }
  if (roots.site) {
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    // The pages run only their own scripts: `/embed-demo?server=https://evil.example`
    // must not load another origin's code on the portal's origin (it could read the
    // visitor's personal page). HTML is revalidated since it names hashed assets.
    app.use('/*', async (c, next) => {
      await next();
      if (c.res.status !== 200 || !c.res.headers.get('Content-Type')?.startsWith('text/html')) return;
      c.header('Cache-Control', 'no-cache');
      c.header('Content-Security-Policy', pageCsp);
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    });
    app.use('/*', serveStatic({ root: roots.site }));
    // Clean URLs for the pages: /moi -> moi.html, /embed-demo -> embed-demo.html.
    app.use('/*', serveStatic({ root: roots.site, rewriteRequestPath: (p) => `${p}.html` }));
  }
  return app;
}
