/**
 * Feeds out: `/feeds/:site/:rubrique.rss|.atom|.ics` for rubriques anonymous visitors
 * read (shared like the API's anonymous answers: ETag, 304, dropped on every content
 * change), and `/feeds/:site/u/:token/:rubrique.…` for the others, read as the token's
 * owner today: rights are asked again at each request, so a right removed since the
 * link was made closes the feed. An unknown rubrique, one without the service, one the
 * reader may not read, and a wrong or revoked token all answer the same 404.
 */
import { Hono, type Context } from 'hono';
import type { Deps } from '../../deps.ts';
import type { ViewerEnv } from '../middleware/session.ts';
import { viewerJson, etagOf, type PublicResponseCache } from '../middleware/cache.ts';
import { contextFor, resolveContext, type ResolveContext } from '../../reading/context.ts';
import { readableWith } from '../../reading/readable.ts';
import { localDate } from '../../reading/dates.ts';
import { anonymous, type Viewer } from '../../access/viewer.ts';
import { articleFeed, eventCalendar, feedTypes, type FeedFormat } from '../../content/feeds-out/build.ts';
import { feedLinks } from '../../content/feeds-out/links.ts';
import type { PublicFeedsResponse } from '../../../contract/feeds.ts';
import { AppError, notFound } from '../../errors.ts';

const ARTICLES = 50;
const EVENTS = 200;

const fileName = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(rss|atom|ics)$/;

/** The origin feeds link to: the configured public one, else the request's. */
export const originOf = (c: Context, deps: Pick<Deps, 'publicOrigin'>) => deps.publicOrigin ?? new URL(c.req.url).origin;

interface Copy {
  body: string;
  etag: string;
  type: string;
  expiresAt: number;
}

/**
 * Anonymous feeds, shared by every reader while max-age lasts; emptied on each content
 * change. Per process, like the API's shared copies: with several instances, each
 * empties its own on the changes it hears of (deps.changes), or after max-age.
 */
class FeedCopies {
  private readonly copies = new Map<string, Copy>();
  constructor(
    private readonly maxAgeSeconds: number,
    private readonly now: () => Date,
    private readonly maxEntries = 500,
  ) {}
  get(key: string): Copy | undefined {
    const copy = this.copies.get(key);
    if (copy && copy.expiresAt > this.now().getTime()) return copy;
    if (copy) this.copies.delete(key);
    return undefined;
  }
  set(key: string, body: string, type: string): Copy {
    const copy = { body, type, etag: etagOf(body), expiresAt: this.now().getTime() + this.maxAgeSeconds * 1000 };
    if (this.maxAgeSeconds > 0) {
      if (this.copies.size >= this.maxEntries) this.copies.delete(this.copies.keys().next().value!);
      this.copies.set(key, copy);
    }
    return copy;
  }
  clear(): void {
    this.copies.clear();
  }
}

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  !!ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === etag);

function answer(c: Context, copy: { body: string; etag: string; type: string }, cacheControl: string, extra: Record<string, string> = {}): Response {
  const headers: Record<string, string> = { 'Cache-Control': cacheControl, ETag: copy.etag, 'X-Content-Type-Options': 'nosniff', ...extra };
  if (matches(c.req.header('If-None-Match'), copy.etag)) return new Response(null, { status: 304, headers });
  return new Response(copy.body, { status: 200, headers: { ...headers, 'Content-Type': copy.type } });
}

/** The feed of one rubrique as `ctx`'s viewer reads it; 404 when they may not, or it has no such service. */
async function buildFeed(ctx: ResolveContext, slug: string, format: FeedFormat, origin: string, self: string): Promise<string> {
  const service = format === 'ics' ? 'agenda' : 'blog';
  const [id] = readableWith(ctx, [slug], service);
  const rubrique = ctx.rubriques.find((r) => r.id === id);
  if (id === undefined || !rubrique) throw notFound('Flux introuvable.');
  const where = { site: ctx.site, rubrique, origin, self, now: ctx.now };
  if (format === 'ics') return eventCalendar(where, await ctx.store.events.upcoming([id], EVENTS, ctx.now, localDate(ctx.now, ctx.timeZone)));
  return articleFeed(format, where, await ctx.store.articles.latestPublished([id], ARTICLES, ctx.now));
}

/** Routes under `/feeds`: mounted at the app's root. */
export function feedRoutes(deps: Deps) {
  const app = new Hono<ViewerEnv>();
  const copies = new FeedCopies(deps.publicMaxAge, deps.now);
  deps.changes.onChange(() => copies.clear());

  // Feed readers get a plain answer for errors, not the API's JSON.
  app.onError((error, c) => {
    const status = error instanceof AppError ? error.status : 500;
    if (status >= 500) deps.log(`${c.req.path} failed`, error);
    return c.text(status === 404 ? 'Flux introuvable.' : 'Une erreur est survenue.', status as 404 | 500, { 'Cache-Control': 'no-store' });
  });

  app.get('/feeds/:site/:file', async (c) => {
    const [, slug, format] = fileName.exec(c.req.param('file')) ?? [];
    if (!slug) throw notFound();
    // Links in the feed are absolute: one copy per origin they name.
    const origin = originOf(c, deps);
    const key = origin + c.req.path;
    let copy = copies.get(key);
    if (!copy) {
      // Always as an anonymous visitor, cookie or not: one answer for everyone.
      const ctx = await resolveContext(deps, c.req.param('site'), anonymous);
      const body = await buildFeed(ctx, slug, format as FeedFormat, origin, origin + c.req.path);
      copy = copies.set(key, body, feedTypes[format as FeedFormat]);
    }
    return answer(c, copy, `public, max-age=${deps.publicMaxAge}`, { 'Access-Control-Allow-Origin': '*' });
  });

  // `/feeds/:site/u/:token/:file`, written with a parameter for its `u`: Hono's regexp
  // router (the fast one) refuses a static segment beside the public feeds' `:file`.
  app.get('/feeds/:site/:private/:token/:file', async (c) => {
    const [, slug, format] = fileName.exec(c.req.param('file')) ?? [];
    const token = c.req.param('token');
    if (c.req.param('private') !== 'u' || !slug || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound();
    const owner = await deps.store.feedTokens.owner(token);
    const user = owner === null ? null : await deps.store.users.byId(owner);
    const site = user ? await deps.store.sites.byId(user.siteId) : null;
    if (!user || !site || site.slug !== c.req.param('site')) throw notFound();
    const { passwordHash: _, ...identity } = user;
    const viewer: Viewer = { kind: 'user', ...identity };
    const ctx = await contextFor(deps, site, viewer);
    const origin = originOf(c, deps);
    const body = await buildFeed(ctx, slug, format as FeedFormat, origin, origin + c.req.path);
    const type = feedTypes[format as FeedFormat];
    // The URL is a secret: never shared, never indexed, never sent on as a referrer.
    return answer(c, { body, type, etag: etagOf(body) }, 'private, no-cache', { 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' });
  });

  return app;
}

/** `GET /api/sites/:site/feeds`: the public rubriques' feeds, for `<link rel="alternate">` and embeds. */
export function feedListRoutes(deps: Deps, cache: PublicResponseCache) {
  const app = new Hono<ViewerEnv>();
  app.get('/sites/:site/feeds', (c) =>
    viewerJson(c, anonymous, cache, deps.publicMaxAge, async (): Promise<PublicFeedsResponse> => {
      const ctx = await resolveContext(deps, c.req.param('site'), anonymous);
      // Paths, not URLs: this answer is shared whatever host the request named.
      return { feeds: feedLinks(ctx, '', null).feeds };
    }),
  );
  return app;
}
