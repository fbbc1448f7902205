/**
 * The human pages behind item URLs: `/sites/:site/articles/:id` and
 * `/sites/:site/events/:id`. Server-rendered HTML, resolved for the viewer with the same
 * access rules as the API: an article the viewer may not read is a plain 404 page.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Deps } from '../../deps.ts';
import type { ViewerEnv } from '../middleware/session.ts';
import { resolveContext } from '../../reading/context.ts';
import { readableArticles, readableEvent } from '../../reading/readable.ts';
import { AppError, notFound } from '../../errors.ts';
import { loadSiteAssets } from '../../render/assets.ts';
import { homePathOf } from '../../render/default-site.ts';
import { absoluteUrl, escapeHtml as e, layout } from '../../render/layout.ts';
import { alternateLinks } from '../../content/feeds-out/alternate.ts';


/** What every item page's layout needs besides its content. */
interface ItemPage {
  title: string;
  description: string;
  site: { slug: string; name: string } | null;
  homeHref: string;
  canonical?: string;
  image?: string;
  /** Feeds of the item's rubrique, when anonymous visitors read it. */
  head?: string;
  content: string;
}

/** The portal's one layout (server/render/layout.ts), without any script: these pages run none. */
const itemLayout = (css: string, page: ItemPage) =>
  layout({
    title: page.site ? `${page.title} — ${page.site.name}` : `${page.title} — Tuiles`,
    description: page.description,
    canonical: page.canonical,
    siteName: page.site?.name ?? 'Portail de l’établissement',
    homeHref: page.homeHref,
    headerLink: { href: page.site && page.homeHref !== '/' ? `/moi?site=${encodeURIComponent(page.site.slug)}` : '/moi', label: 'Mon espace' },
    footerLinks: [
      { href: page.homeHref, label: 'Page d’accueil' },
      { href: '/embed-demo', label: 'Afficher nos actualités sur votre site' },
    ],
    main: `<article class="item">\n${page.content}\n</article>`,
    css,
    openGraph: { type: 'article', image: page.image },
    head: page.head,
  });

/** A description from a text: its first 160 characters, on a word boundary. */
const describe = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= 160 ? clean : `${clean.slice(0, 157).replace(/\s+\S*$/, '')}…`;
};

/**
 * On every item page, errors included. No script at all: a body that slipped past the
 * sanitizer still runs nothing (`connect-src 'self'` only lets crawlers' tools read
 * /robots.txt). Not framed by any site (a private article shown inside
 * another page could be clickjacked or read around), and the page's address does not
 * follow its links out to other sites.
 */
function pageHeaders(c: { header(name: string, value: string): void }) {
  c.header(
    'Content-Security-Policy',
    "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; frame-src https:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  c.header('X-Content-Type-Options', 'nosniff');
}


export function itemPageRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const dateFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: deps.timeZone });
  const dateTimeFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: deps.timeZone });
  // All-day events are dated at midnight UTC of their days: read them in UTC.
  const dayFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' });

  // HTML, not JSON: this sub-app answers its errors with a page (the API keeps its own).

  const css = () => loadSiteAssets(deps.staticRoots.site).css;
  // The pages carry the site's stylesheet: gzip them (paths named, so nothing else is touched).
  for (const path of ['/sites/:site/articles/:id', '/sites/:site/events/:id']) app.use(path, compress({ encoding: 'gzip' }));
  const canonical = (c: { req: { url: string; path: string } }) => absoluteUrl(deps.publicOrigin, c.req.url, c.req.path);
  const siteOf = (site: { slug: string; name: string }) => ({ slug: site.slug, name: site.name });

  app.onError((error, c) => {
    const status = error instanceof AppError ? error.status : 500;
    pageHeaders(c);
    if (status >= 500) deps.log(`${c.req.path} failed`, error);
    c.header('Cache-Control', 'no-store');
    const message = status === 404 ? 'Cette page est introuvable.' : 'Une erreur est survenue.';
    // Shown on every anonymous 404, so it says nothing about whether the page exists.
    const hint =
      status === 404 && c.get('viewer')?.kind !== 'user'
        ? `<p>Contenu réservé aux membres de l'établissement ? <a href="/moi">Connectez-vous</a>, puis rouvrez ce lien.</p>`
        : '';
    privacyHeaders(c, false);
    c.header('Cache-Control', 'no-store');
    // The same page for unknown, unpublished and unreadable: no site name, nothing read.
    const page = itemLayout(css(), {
      title: message,
      description: message,
      site: null,
      homeHref: '/',
      content: `<h1>${message}</h1>${hint}`,
    });
    return c.html(page, status as 404 | 500);
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
    const size = image?.width && image.height ? `width="${image.width}" height="${image.height}"` : 'class="no-size"';
    const content = `<h1>${e(article.title)}</h1>
<p class="meta">Publié le <time datetime="${e(article.publishedAt)}">${e(dateFr.format(new Date(article.publishedAt)))}</time></p>
${article.summary ? `<p class="summary">${e(article.summary)}</p>` : ''}
${image ? `<img src="${e(image.url)}" alt="${e(image.alt ?? '')}" ${size} fetchpriority="high">` : ''}
${article.body /* stored sanitized */}`;
    return c.html(
      itemLayout(css(), {
        title: article.title,
        description: describe(article.summary || article.title),
        site: siteOf(ctx.site),
        homeHref: await homePathOf(deps, ctx.site.slug),
        canonical: canonical(c),
        image: image ? absoluteUrl(deps.publicOrigin, c.req.url, image.url) : undefined,
        head: String(alternateLinks(ctx, article.rubriqueId, 'blog')),
        content,
      }),
    );
  });

  app.get('/sites/:site/events/:id', async (c) => {
    const viewer = c.get('viewer');
    const ctx = await resolveContext(deps, c.req.param('site'), viewer);
    const event = await readableEvent(ctx, c.req.param('id'));
    if (!event) throw notFound('Événement introuvable.');
    privacyHeaders(c, viewer.kind === 'anonymous');
    const format = event.allDay ? dayFr : dateTimeFr;
    const when = `${format.format(new Date(event.start))}${event.end !== event.start ? ` – ${format.format(new Date(event.end))}` : ''}`;
    const content = `<h1>${e(event.title)}</h1>
<p class="meta"><time datetime="${e(event.start)}">${e(format.format(new Date(event.start)))}</time>${
      event.end !== event.start ? ` – <time datetime="${e(event.end)}">${e(format.format(new Date(event.end)))}</time>` : ''
    }${event.location ? `<br>Lieu : ${e(event.location)}` : ''}</p>
${event.summary ? `<p class="summary">${e(event.summary)}</p>` : ''}`;
    return c.html(
      itemLayout(css(), {
        title: event.title,
        description: describe(`${when}${event.location ? `, ${event.location}` : ''}. ${event.summary ?? ''}`),
        site: siteOf(ctx.site),
        homeHref: await homePathOf(deps, ctx.site.slug),
        canonical: canonical(c),
        head: String(alternateLinks(ctx, event.rubriqueId, 'agenda')),
        content,
      }),
    );
  });

  return app;
}
