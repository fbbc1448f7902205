/**
 * The human pages behind item URLs: `/sites/:site/articles/:id` and
 * `/sites/:site/events/:id`. Server-rendered HTML, resolved for the viewer with the same
 * access rules as the API: an article the viewer may not read is a plain 404 page.
 */
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { Deps } from '../../deps.ts';
import type { ViewerEnv } from '../middleware/session.ts';
import { resolveContext } from '../../reading/context.ts';
import { readableArticles, readableEvent } from '../../reading/readable.ts';
import { siteHtml } from '../../reading/wire.ts';
import { AppError, notFound } from '../../errors.ts';


/**
 * On every item page, errors included. No script at all: a body that slipped past the
 * sanitizer still runs nothing. Not framed by any site (a private article shown inside
 * another page could be clickjacked or read around), and the page's address does not
 * follow its links out to other sites.
 */
function pageHeaders(c: { header(name: string, value: string): void }) {
  c.header(
    'Content-Security-Policy',
    "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; frame-src https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  c.header('X-Content-Type-Options', 'nosniff');
}

const layout = (title: string, siteName: string, content: unknown) => html`<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} — ${siteName}</title>
    <style>
      body { font: 1.0625rem/1.6 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
      main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; background: #fff; min-height: 100vh; }
      a { color: #0b5cad; } a:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
      img { max-width: 100%; height: auto; border-radius: 8px; }
      .meta { color: #555d66; font-size: .95rem; }
      .summary { font-size: 1.15rem; color: #333a42; }
      @media (prefers-color-scheme: dark) { body { background: #111418; color: #e8eaed; } main { background: #1b1f24; }
        a { color: #8cc4ff; } .meta { color: #b4bcc4; } .summary { color: #d4d9de; } }
    </style>
  </head>
  <body>
    <main>
      <p><a href="/">← ${siteName}</a></p>
      ${content}
    </main>
  </body>
</html>`;

export function itemPageRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const dateFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: deps.timeZone });
  const dateTimeFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: deps.timeZone });
  // All-day events are dated at midnight UTC of their days: read them in UTC.
  const dayFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' });

  // HTML, not JSON: this sub-app answers its errors with a page (the API keeps its own).

  app.onError((error, c) => {
    const status = error instanceof AppError ? error.status : 500;
    pageHeaders(c);
    if (status >= 500) deps.log(`${c.req.path} failed`, error);
    c.header('Cache-Control', 'no-store');
    const message = status === 404 ? 'Cette page est introuvable.' : 'Une erreur est survenue.';
    // Shown on every anonymous 404, so it says nothing about whether the page exists.
    const hint =
      status === 404 && c.get('viewer')?.kind !== 'user'
        ? html`<p>Contenu réservé aux membres de l'établissement ? <a href="/moi">Connectez-vous</a>, puis rouvrez ce lien.</p>`
        : '';
    return c.html(layout(message, 'Tuiles', html`<h1>${message}</h1>${hint}`), status as 404 | 500);
  });

  const privacyHeaders = (c: { header(name: string, value: string): void }, anonymous: boolean) => {
    pageHeaders(c);
    c.header('Vary', 'Cookie');
    c.header('Cache-Control', anonymous ? `public, max-age=${deps.publicMaxAge}` : 'private, no-store');
  };

  app.get('/sites/:site/articles/:id', async (c) => {
    const viewer = c.get('viewer');
    const ctx = await resolveContext(deps, c.req.param('site'), viewer);
    const [article] = await readableArticles(ctx, [c.req.param('id')]);
    if (!article) throw notFound('Article introuvable.');
    privacyHeaders(c, viewer.kind === 'anonymous');
    const image = article.illustration;
    return c.html(
      layout(
        article.title,
        ctx.site.name,
        html`<article>
          <h1>${article.title}</h1>
          <p class="meta">Publié le <time datetime="${article.publishedAt}">${dateFr.format(new Date(article.publishedAt))}</time></p>
          ${article.summary ? html`<p class="summary">${article.summary}</p>` : ''}
          ${image ? html`<img src="${image.url}" alt="${image.alt ?? ''}" width="${image.width ?? ''}" height="${image.height ?? ''}" />` : ''}
          ${raw(siteHtml(ctx, article.body))}
        </article>`,
      ),
    );
  });

  app.get('/sites/:site/events/:id', async (c) => {
    const viewer = c.get('viewer');
    const ctx = await resolveContext(deps, c.req.param('site'), viewer);
    const event = await readableEvent(ctx, c.req.param('id'));
    if (!event) throw notFound('Événement introuvable.');
    privacyHeaders(c, viewer.kind === 'anonymous');
    const format = event.allDay ? dayFr : dateTimeFr;
    return c.html(
      layout(
        event.title,
        ctx.site.name,
        html`<article>
          <h1>${event.title}</h1>
          <p class="meta">
            <time datetime="${event.start}">${format.format(new Date(event.start))}</time>
            ${event.end !== event.start ? html` – <time datetime="${event.end}">${format.format(new Date(event.end))}</time>` : ''}
            ${event.location ? html`<br />Lieu : ${event.location}` : ''}
          </p>
          ${event.summary ? html`<p class="summary">${event.summary}</p>` : ''}
        </article>`,
      ),
    );
  });

  return app;
}
