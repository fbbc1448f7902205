/**
 * Privacy, as a property: on random schools (rubrique trees, groups, users of every
 * profile, rights, articles in every state, events around now, pages holding every tile
 * type) and a neighbouring school, every viewer (anonymous, each member, each user of the
 * neighbouring school) gets from every read route exactly what the reference rule in
 * privacy-model.ts allows, and the response text names nothing else. Routes: both pages,
 * the ad hoc news and agenda tiles, the article API, the human article and event
 * pages, and the feeds out (public rubrique feeds, personal token feeds). TUILES_PRIVACY_RUNS=500 for a longer hunt.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { backends, type Backend } from './support/backends.ts';
import { sanitize, testApp } from './support/harness.ts';
import { NOW, schoolDocument } from './support/fixtures.ts';
import { importSiteDocument } from '../../server/site-document/import.ts';
import Parser from 'rss-parser';
import ICAL from 'ical.js';
import { hashToken } from '../../server/auth/sessions.ts';
import {
  SITE,
  activityOf,
  articleById,
  articleSummary,
  articleTitle,
  describeViewer,
  eventRunning,
  eventTitle,
  expectedAgenda,
  expectedNews,
  expectedSelection,
  expectedTop,
  readable,
  readableSlugs,
  siteArb,
  siteDocument,
  viewerProfile,
  visibleArticle,
  actorOf,
  allowedOp,
  atOffset,
  authoringOpsArb,
  rightOf,
  type AuthoringOp,
  type ListTile,
  type ModelArticle,
  type ModelEvent,
  type ModelRubrique,
  type ModelSite,
  type ModelTile,
  type ModelViewer,
  type PortalLink,
  type TopTile,
} from './support/privacy-model.ts';

const NUM_RUNS = Number(process.env.TUILES_PRIVACY_RUNS ?? 30);
type App = Awaited<ReturnType<typeof testApp>>;

/** What must never appear in any response this viewer gets from the first site. */
function forbiddenTokens(site: ModelSite, viewer: ModelViewer): Map<string, string> {
  const tokens = new Map<string, string>();
  site.rubriques.forEach((r, i) => {
    if (!readable(site, viewer, i)) tokens.set(r.slug, `slug of unreadable rubrique ${r.slug}`);
  });
  for (const a of site.articles) {
    if (!visibleArticle(site, viewer, a)) {
      const why = !readable(site, viewer, a.rubrique) ? `in unreadable ${site.rubriques[a.rubrique].slug}` : a.status !== 'published' ? a.status : `due ${a.publishedAt}`;
      tokens.set(a.marker, `article ${a.id} (${why})`);
      // Ids made by the authoring API do not carry the marker.
      if (!a.id.includes(a.marker)) tokens.set(a.id, `article ${a.id} (${why})`);
    }
  }
  for (const e of site.events) {
    if (!readable(site, viewer, e.rubrique)) tokens.set(e.marker, `event ${e.id} (in unreadable ${site.rubriques[e.rubrique].slug})`);
  }
  for (const token of site.neighbour.tokens) tokens.set(token, `content of the neighbouring site (${token})`);
  const profile = viewerProfile(site, viewer);
  for (const tile of site.pages['personal-home']) {
    if (tile.type !== 'portal') continue;
    for (const link of tile.config.links) {
      if (link.profiles && !(profile && link.profiles.includes(profile))) tokens.set(link.url, `portal link ${link.label} for ${link.profiles.join(', ')}`);
    }
  }
  return tokens;
}

function assertNoLeak(text: string, forbidden: Map<string, string>, where: string) {
  for (const [token, what] of forbidden) {
    const at = text.indexOf(token);
    if (at >= 0) assert.fail(`PRIVACY LEAK in ${where}: ${what} appears in …${text.slice(Math.max(0, at - 200), at + 200)}…`);
  }
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

interface Check {
  site: ModelSite;
  viewer: ModelViewer;
  who: string;
}

function checkArticleItem(c: Check, item: any, where: string, expected?: ModelArticle) {
  const a = articleById(c.site, item.id);
  assert.ok(a, `${where}: unknown article ${item.id}`);
  assert.ok(visibleArticle(c.site, c.viewer, a), `PRIVACY: ${where} shows ${c.who} article ${a.id}, which the reference rule hides`);
  if (expected) assert.equal(a, expected);
  assert.equal(item.title, articleTitle(a), `${where}: title of ${a.id}`);
  assert.equal(item.summary, articleSummary(a), `${where}: summary of ${a.id}`);
  assert.equal(item.rubrique, c.site.rubriques[a.rubrique].slug, `${where}: rubrique of ${a.id}`);
  assert.equal(item.publishedAt, a.publishedAt, `${where}: publishedAt of ${a.id}`);
  assert.equal(item.activityAt, activityOf(a), `${where}: activityAt of ${a.id}`);
  assert.equal(item.illustration?.url ?? null, a.illustration, `${where}: illustration of ${a.id}`);
}

/** A news or agenda tile, from a page or from the ad hoc route. */
function checkList(c: Check, tile: any, type: 'news' | 'agenda', slugs: string[], max: number, where: string) {
  assert.equal(tile.error, undefined, `${where}: tile failed`);
  const service = type === 'news' ? 'blog' : 'agenda';
  const wanted = new Set(slugs);
  const rubriqueOk = (r: number) => wanted.has(c.site.rubriques[r].slug) && c.site.rubriques[r].services.includes(service);
  const items: any[] = tile.data.items;
  if (type === 'news') {
    for (const item of items) {
      checkArticleItem(c, item, where);
      assert.ok(rubriqueOk(articleById(c.site, item.id)!.rubrique), `${where}: ${item.id} is not from a requested blog rubrique`);
    }
    const expected = expectedNews(c.site, c.viewer, slugs, max);
    assert.deepEqual(ids(items), ids(expected), `${where}: news for ${c.who} (by activity desc, id desc; max ${max})`);
  } else {
    for (const item of items) {
      const e: ModelEvent | undefined = c.site.events.find((x) => x.id === item.id);
      assert.ok(e, `${where}: unknown event ${item.id}`);
      assert.ok(readable(c.site, c.viewer, e.rubrique), `PRIVACY: ${where} shows ${c.who} event ${e.id} from an unreadable rubrique`);
      assert.ok(rubriqueOk(e.rubrique), `${where}: ${e.id} is not from a requested agenda rubrique`);
      assert.ok(eventRunning(e), `${where}: ${e.id} has ended`);
      assert.equal(item.title, eventTitle(e));
      assert.equal(item.start, e.start);
      assert.equal(item.end, e.end);
    }
    const expected = expectedAgenda(c.site, c.viewer, slugs, max);
    assert.deepEqual(ids(items), ids(expected), `${where}: agenda for ${c.who} (by start asc, id asc; max ${max})`);
  }
  for (const slug of tile.config.rubriques) {
    const r = c.site.rubriques.findIndex((x: ModelRubrique) => x.slug === slug);
    assert.ok(r >= 0 && readable(c.site, c.viewer, r), `PRIVACY: ${where}'s config names ${slug} to ${c.who}`);
  }
  assert.deepEqual(tile.config.rubriques, readableSlugs(c.site, c.viewer, slugs), `${where}: config.rubriques`);
}

function checkTile(c: Check, resolved: any, tile: ModelTile, where: string) {
  assert.equal(resolved.id, tile.id);
  assert.equal(resolved.type, tile.type);
  assert.equal(resolved.error, undefined, `${where}: tile failed`);
  switch (tile.type) {
    case 'news':
    case 'agenda': {
      const { rubriques, max } = (tile as ListTile).config;
      checkList(c, resolved, tile.type, rubriques, max, where);
      break;
    }
    case 'selection': {
      const items: any[] = resolved.data.items;
      items.forEach((item) => checkArticleItem(c, item, where));
      assert.deepEqual(ids(items), ids(expectedSelection(c.site, c.viewer, tile.config.articles)), `${where}: selection in the admin's order`);
      assert.deepEqual(resolved.config.articles, ids(items), `${where}: config.articles names only what is shown`);
      break;
    }
    case 'top': {
      const expected = expectedTop(c.site, c.viewer, tile as TopTile);
      const article = resolved.data.article;
      if (article) {
        const a = articleById(c.site, article.id);
        assert.ok(a && visibleArticle(c.site, c.viewer, a), `PRIVACY: ${where} links ${c.who} to article ${article.id}`);
        assert.equal(article.title, articleTitle(a));
        assert.equal(article.summary, articleSummary(a));
      }
      assert.equal(resolved.data.image?.url ?? null, expected.image, `${where}: image`);
      assert.equal(article?.id ?? null, expected.article?.id ?? null, `${where}: linked article`);
      assert.equal(resolved.config.article, expected.article?.id ?? null, `${where}: config.article`);
      break;
    }
    case 'portal': {
      const profile = viewerProfile(c.site, c.viewer);
      const shown = (link: PortalLink) => !link.profiles || (profile !== null && link.profiles.includes(profile));
      assert.deepEqual(
        resolved.data.links.map((l: { label: string }) => l.label),
        tile.config.links.filter(shown).map((l) => l.label),
        `${where}: portal links for ${c.who}`,
      );
      break;
    }
    case 'embed':
      assert.equal(resolved.data.src, tile.config.url);
      break;
    case 'text':
      assert.match(resolved.data.html, /Horaires/);
      break;
    default:
      assert.notEqual(resolved.data, null);
  }
}

async function get(t: App, path: string, cookie: string | undefined) {
  const res = await t.request(`http://localhost${path}`, cookie ? { headers: { Cookie: cookie } } : undefined);
  return { res, text: await res.text() };
}

async function checkViewer(t: App, site: ModelSite, viewer: ModelViewer, cookie: string | undefined) {
  const c: Check = { site, viewer, who: describeViewer(site, viewer) };
  const forbidden = forbiddenTokens(site, viewer);
  const base = `/api/sites/${SITE}`;
  const fetch = async (path: string) => {
    const { res, text } = await get(t, path, cookie);
    assertNoLeak(text, forbidden, `${path} for ${c.who}`);
    if (viewer.kind !== 'anonymous' && res.status === 200) {
      assert.match(res.headers.get('cache-control') ?? '', /private/, `${path} for ${c.who} must not be publicly cacheable`);
    }
    return { status: res.status, body: JSON.parse(text) };
  };
  const fetchText = async (path: string) => {
    const { res, text } = await get(t, path, cookie);
    assertNoLeak(text, forbidden, `${path} for ${c.who}`);
    if (viewer.kind !== 'anonymous' && res.status === 200) {
      assert.match(res.headers.get('cache-control') ?? '', /private/, `${path} for ${c.who} must not be publicly cacheable`);
    }
    return { status: res.status, text, res };
  };

  let publicHome: unknown;
  let personalHome: unknown;
  for (const kind of ['public-home', 'personal-home'] as const) {
    const path = `${base}/pages/${kind}`;
    const { status, body } = await fetch(path);
    if (kind === 'public-home') publicHome = body;
    else personalHome = body;
    if (kind === 'personal-home' && viewer.kind !== 'member') {
      assert.equal(status, viewer.kind === 'anonymous' ? 401 : 403, `${path} for ${c.who}`);
      continue;
    }
    assert.equal(status, 200, `${path} for ${c.who}: ${JSON.stringify(body)}`);
    const tiles = site.pages[kind];
    assert.equal(body.page.tiles.length, tiles.length);
    tiles.forEach((tile, i) => checkTile(c, body.page.tiles[i], tile, `${kind} tile ${tile.id} for ${c.who}`));
  }

  // The homepage as HTML (server-rendered, its data embedded): nothing unreadable in it,
  // and exactly this viewer's public-home; the shared copy is for anonymous visitors only.
  const homePage = `/sites/${SITE}/`;
  const home = await fetchText(homePage);
  assert.equal(home.status, 200, `${homePage} for ${c.who}`);
  const embedded = /<script type="application\/json" id="tuiles-page-data">([\s\S]*?)<\/script>/.exec(home.text);
  assert.ok(embedded, `${homePage} embeds its page data`);
  assert.deepEqual(JSON.parse(embedded[1]), publicHome, `PRIVACY: ${homePage} for ${c.who} is not this viewer's public-home`);
  if (viewer.kind === 'anonymous') assert.match(home.res.headers.get('cache-control') ?? '', /^public/);
  else assert.equal(home.res.headers.get('etag'), null, `${homePage} for ${c.who}: a private page has no shared ETag`);

  // `/moi` renders a member's personal page with its data embedded: exactly their
  // personal-home, privately; a visitor's has no page at all. A stranger's is their own
  // school's (the neighbour's content is theirs to see there): nothing of this school's
  // they may not read is in it.
  const neighbourTokens = new Set(site.neighbour.tokens);
  // The stranger asks for this school by name (`?site=`): they still get their own.
  const moi = viewer.kind === 'stranger' ? await get(t, `/moi?site=${SITE}`, cookie) : await fetchText('/moi');
  if (viewer.kind === 'stranger') {
    assertNoLeak(moi.text, new Map([...forbidden].filter(([token]) => !neighbourTokens.has(token))), `/moi for ${c.who}`);
    const theirs = /<script type="application\/json" id="tuiles-page-data">([\s\S]*?)<\/script>/.exec(moi.text);
    assert.notEqual(theirs && JSON.parse(theirs[1]).site.slug, SITE, `PRIVACY: /moi?site=${SITE} renders this school's page for ${c.who}`);
  }
  assert.equal(moi.res.status, 200, `/moi for ${c.who}`);
  assert.equal(moi.res.headers.get('cache-control'), 'private, no-store', `/moi for ${c.who}`);
  const moiPage = /<script type="application\/json" id="tuiles-page-data">([\s\S]*?)<\/script>/.exec(moi.text);
  if (viewer.kind === 'member') {
    assert.ok(moiPage, `/moi for ${c.who} renders their page`);
    assert.deepEqual(JSON.parse(moiPage[1]), personalHome, `PRIVACY: /moi for ${c.who} is not this viewer's personal-home`);
  } else if (viewer.kind === 'anonymous') {
    assert.equal(moiPage, null, '/moi renders no page for a visitor');
  }

  for (const [type, queries] of [['news', site.newsQueries], ['agenda', site.agendaQueries]] as const) {
    for (const q of queries) {
      const path = `${base}/tiles/${type}?rubriques=${q.rubriques.join(',')}${q.limit === null ? '' : `&limit=${q.limit}`}`;
      const { status, body } = await fetch(path);
      assert.equal(status, 200, `${path}: ${JSON.stringify(body)}`);
      checkList(c, body.tile, type, q.rubriques, q.limit ?? 6, `${path} for ${c.who}`);
    }
  }

  const neighbourArticles = (site.neighbour.document.articles ?? []).map((a) => a.id);

  // The ad hoc selection for embeds, over every article id of both sites.
  const selectionIds = [...new Set([...site.articles.map((a) => a.id), ...neighbourArticles])].slice(0, 50);
  if (selectionIds.length > 0) {
    const path = `${base}/tiles/selection?articles=${selectionIds.map(encodeURIComponent).join(',')}`;
    const { status, body } = await fetch(path);
    assert.equal(status, 200, `${path}: ${JSON.stringify(body)}`);
    const items: any[] = body.tile.data.items;
    items.forEach((item) => checkArticleItem(c, item, `${path} for ${c.who}`));
    assert.deepEqual(ids(items), ids(expectedSelection(site, viewer, selectionIds)), `${path} for ${c.who}: in the asked order`);
    assert.deepEqual(body.tile.config.articles, ids(items), `${path} for ${c.who}: config.articles names only what is shown`);
  }
  for (const id of new Set([...site.articles.map((a) => a.id), ...neighbourArticles])) {
    const path = `${base}/articles/${encodeURIComponent(id)}`;
    const { status, body } = await fetch(path);
    const a = articleById(site, id);
    const visible = a !== undefined && visibleArticle(site, viewer, a);
    if (visible) {
      assert.equal(status, 200, `${path} for ${c.who}`);
      checkArticleItem(c, body.article, `${path} for ${c.who}`, a);
      assert.match(body.article.body, new RegExp(a.marker));
    } else {
      assert.equal(status, 404, `PRIVACY: ${path} answers ${status} to ${c.who}: ${JSON.stringify(body)}`);
    }
    // The human page behind the item's URL follows the same rule.
    const page = `/sites/${SITE}/articles/${encodeURIComponent(id)}`;
    const html = await fetchText(page);
    assert.equal(html.status, visible ? 200 : 404, `${visible ? '' : 'PRIVACY: '}${page} answers ${html.status} to ${c.who}`);
    if (visible) assert.match(html.text, new RegExp(`${articleTitle(a)}[\\s\\S]*Corps ${a.marker}`));
  }

  const neighbourEvents = (site.neighbour.document.events ?? []).map((e) => e.id);
  for (const id of new Set([...site.events.map((e) => e.id), ...neighbourEvents])) {
    const page = `/sites/${SITE}/events/${encodeURIComponent(id)}`;
    const e = site.events.find((x) => x.id === id);
    const visible = e !== undefined && readable(site, viewer, e.rubrique);
    const html = await fetchText(page);
    assert.equal(html.status, visible ? 200 : 404, `${visible ? '' : 'PRIVACY: '}${page} answers ${html.status} to ${c.who}`);
    if (visible) assert.match(html.text, new RegExp(eventTitle(e)));
  }
}

const feedParser = new Parser();

/** Item ids of a feed out: article ids from RSS/Atom links, event ids from iCalendar UIDs. */
async function feedItemIds(text: string, format: 'rss' | 'atom' | 'ics'): Promise<string[]> {
  if (format === 'ics') {
    return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]);
  }
  const feed = await feedParser.parseString(text);
  return feed.items.map((i) => decodeURIComponent(/\/articles\/([^/]+)$/.exec(i.link ?? '')?.[1] ?? '?'));
}

/**
 * Feeds out: a public URL is the anonymous feed whoever asks (a session changes
 * nothing); a token URL is what the token's owner reads today, and nothing for a
 * stranger's token on this site.
 */
async function checkFeeds(t: App, site: ModelSite, viewer: ModelViewer, cookie: string | undefined, publicToo: boolean) {
  const who = describeViewer(site, viewer);
  const anonymousViewer: ModelViewer = { kind: 'anonymous' };
  const anonymousForbidden = forbiddenTokens(site, anonymousViewer);
  const forbidden = forbiddenTokens(site, viewer);
  let token: string | null = null;
  if (cookie) {
    const renewed = await t.request('http://localhost/api/me/feeds/renew', { method: 'POST', headers: { Cookie: cookie } });
    assert.equal(renewed.status, 200);
    const listed = await renewed.text();
    // A stranger's list is their own school's feeds (whose slugs may match ours).
    if (viewer.kind === 'member') assertNoLeak(listed, forbidden, `/api/me/feeds/renew for ${who}`);
    const userId = await t.store.sessions.userOf(hashToken(cookie.split('=')[1]), NOW);
    token = await t.store.feedTokens.of(userId!);
    assert.ok(token);
  }
  const formats = [['rss', 'blog'], ['atom', 'blog'], ['ics', 'agenda']] as const;
  for (const [i, rubrique] of site.rubriques.entries()) {
    for (const [format, service] of formats) {
      const runs = rubrique.services.includes(service);
      const expected = (v: ModelViewer) =>
        format === 'ics' ? expectedAgenda(site, v, [rubrique.slug], 200).map((e) => e.id) : expectedNews(site, v, [rubrique.slug], 50).map((a) => a.id);

      const path = `/feeds/${SITE}/${rubrique.slug}.${format}`;
      const pub = publicToo ? await get(t, path, cookie) : null;
      if (pub) {
        assertNoLeak(pub.text, anonymousForbidden, `${path} for ${who}`);
        const isOpen: boolean = runs && readable(site, anonymousViewer, i);
        assert.equal(pub.res.status, isOpen ? 200 : 404, `${isOpen ? '' : 'PRIVACY: '}${path} answers ${pub.res.status} to ${who}`);
        if (isOpen) assert.deepEqual(await feedItemIds(pub.text, format), expected(anonymousViewer), `${path} for ${who}`);
      }

      if (token === null) continue;
      const personal = `/feeds/${SITE}/u/${token}/${rubrique.slug}.${format}`;
      const mine = await get(t, personal, undefined);
      assertNoLeak(mine.text, forbidden, `${personal} of ${who}`);
      const reads: boolean = viewer.kind === 'member' && runs && readable(site, viewer, i);
      assert.equal(mine.res.status, reads ? 200 : 404, `${reads ? '' : 'PRIVACY: '}token feed ${rubrique.slug}.${format} answers ${mine.res.status} to ${who}`);
      if (reads) {
        assert.match(mine.res.headers.get('cache-control') ?? '', /private/);
        assert.deepEqual(await feedItemIds(mine.text, format), expected(viewer), `${personal} of ${who}`);
      }
    }
  }
}

async function checkSite(backend: Backend, site: ModelSite) {
  const t = await testApp(backend, siteDocument(site));
  try {
    await importSiteDocument(t.store, site.neighbour.document, { now: NOW, sanitize });
    const viewers: ModelViewer[] = [
      { kind: 'anonymous' },
      ...site.users.map((_, user) => ({ kind: 'member' as const, user })),
      ...site.neighbour.strangers.map((s) => ({ kind: 'stranger' as const, ...s })),
    ];
    const cookies = await Promise.all(
      viewers.map((v) => (v.kind === 'anonymous' ? undefined : t.login(v.kind === 'member' ? site.users[v.user].login : v.login))),
    );
    // Viewers side by side (the PostgreSQL pool serves them in parallel); every check
    // settles before the database is dropped, and the first failure is reported.
    const results = await Promise.allSettled(
      viewers.map(async (viewer, i) => {
        await checkViewer(t, site, viewer, cookies[i]);
        // Public feeds: anonymous, then one session (which must change nothing); token feeds: everyone.
        await checkFeeds(t, site, viewer, cookies[i], i <= 1);
      }),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    assert.deepEqual(t.errors, [], 'no tile failed');
  } finally {
    await t.drop();
  }
}

/** Logs in every viewer of the site (anonymous: no cookie), side by side. */
async function viewersOf(t: App, site: ModelSite) {
  const viewers: ModelViewer[] = [
    { kind: 'anonymous' },
    ...site.users.map((_, user) => ({ kind: 'member' as const, user })),
    ...site.neighbour.strangers.map((s) => ({ kind: 'stranger' as const, ...s })),
  ];
  const cookies = await Promise.all(
    viewers.map((v) => (v.kind === 'anonymous' ? undefined : t.login(v.kind === 'member' ? site.users[v.user].login : v.login))),
  );
  return { viewers, cookies };
}

/**
 * Plays random authoring calls by random viewers: each succeeds exactly when the
 * reference rule allows it, and the model follows what succeeded; then every viewer
 * reads every route, as in the first property. Returns a copy of the model as it ends.
 */
async function playAuthoring(t: App, start: ModelSite, ops: AuthoringOp[], cookieOf: (v: ModelViewer) => string | undefined): Promise<ModelSite> {
  const site: ModelSite = structuredClone({ ...start, neighbour: start.neighbour });
  const base = `/api/sites/${SITE}`;
  let made = 0;
  for (const [step, op] of ops.entries()) {
    const viewer = actorOf(site, op.actor);
    const rubrique = 'rubrique' in op ? op.rubrique % site.rubriques.length : 0;
    if ('article' in op && site.articles.length === 0) continue;
    const a = 'article' in op ? site.articles[site.articles.length - 1 - (op.article % site.articles.length)] : undefined;
    const normalized = { ...op, ...('rubrique' in op ? { rubrique } : {}), ...('article' in op ? { article: site.articles.indexOf(a!) } : {}) } as AuthoringOp;
    const allowed = allowedOp(site, viewer, normalized);
    const marker = `Xn${made}X`;
    let method = 'POST';
    let path: string;
    let body: unknown;
    switch (op.kind) {
      case 'create':
        path = `${base}/articles`;
        body = { rubrique: site.rubriques[rubrique].slug, title: articleTitle({ marker }), summary: articleSummary({ marker }), body: `<p>Corps ${marker}</p>`, ...(op.publishAt === null ? {} : { publishAt: atOffset(op.publishAt) }) };
        break;
      case 'event':
        path = `${base}/events`;
        body = { rubrique: site.rubriques[rubrique].slug, title: eventTitle({ marker }), summary: `Résumé ${marker}`, location: `Lieu ${marker}`, start: atOffset(3_600_000), end: atOffset(7_200_000) };
        break;
      case 'visibility':
        method = 'PATCH';
        path = `${base}/rubriques/${site.rubriques[rubrique].slug}`;
        body = { visibility: op.visibility };
        break;
      case 'rights':
        method = 'PUT';
        path = `${base}/rubriques/${site.rubriques[rubrique].slug}/rights`;
        body = op.rights.map((r) => rightOf(site, r).api);
        break;
      case 'edit':
        method = 'PATCH';
        path = `${base}/articles/${encodeURIComponent(a!.id)}`;
        body = { rubrique: site.rubriques[rubrique].slug };
        break;
      case 'delete':
        method = 'DELETE';
        path = `${base}/articles/${encodeURIComponent(a!.id)}`;
        break;
      default:
        path = `${base}/articles/${encodeURIComponent(a!.id)}/${op.kind}`;
    }
    const cookie = cookieOf(viewer);
    const headers: Record<string, string> = { ...(cookie ? { Cookie: cookie } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
    const res = await t.request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    const what = `step ${step} ${JSON.stringify(normalized)} by ${describeViewer(site, viewer)}: ${method} ${path} -> ${res.status} ${text.slice(0, 200)}`;
    assert.equal(res.ok, allowed, `${allowed ? 'refused' : 'PRIVACY/RIGHTS: allowed'}: ${what}`);
    if (!res.ok) {
      assert.ok([400, 401, 403, 404, 409].includes(res.status), what);
      continue;
    }
    const answer = text ? JSON.parse(text) : null;
    switch (op.kind) {
      case 'create': {
        const created = answer.article;
        const publishedAt = op.publishAt === null ? NOW.toISOString() : atOffset(op.publishAt);
        assert.equal(created.publishedAt, publishedAt, what);
        site.articles.push({ id: created.id, marker, rubrique, status: 'draft', publishedAt, updatedAt: NOW.toISOString(), illustration: null, author: (viewer as { user: number }).user });
        made++;
        break;
      }
      case 'event':
        site.events.push({ id: answer.event.id, marker, rubrique, allDay: false, start: atOffset(3_600_000), end: atOffset(7_200_000) });
        made++;
        break;
      case 'visibility':
        site.rubriques[rubrique].visibility = op.visibility;
        break;
      case 'rights':
        site.rubriques[rubrique].rights = op.rights.map((r) => rightOf(site, r).model);
        break;
      case 'edit':
        a!.rubrique = rubrique;
        break;
      case 'delete':
        site.articles.splice(site.articles.indexOf(a!), 1);
        break;
      case 'submit':
        a!.status = 'pending';
        break;
      case 'publish':
        a!.status = 'published';
        if (a!.publishedAt < NOW.toISOString()) a!.publishedAt = NOW.toISOString();
        break;
      case 'unpublish':
        a!.status = 'draft';
        break;
    }
    if (answer?.article) {
      assert.equal(answer.article.status, a?.status ?? 'draft', what);
      assert.equal(answer.article.publishedAt, (a ?? site.articles[site.articles.length - 1]).publishedAt, what);
    }
  }
  return site;
}

async function checkSiteAfterAuthoring(backend: Backend, start: ModelSite, ops: AuthoringOp[]) {
  const t = await testApp(backend, siteDocument(start));
  try {
    await importSiteDocument(t.store, start.neighbour.document, { now: NOW, sanitize });
    const { viewers, cookies } = await viewersOf(t, start);
    const cookieOf = (v: ModelViewer) => {
      const i = viewers.findIndex((x) => JSON.stringify(x) === JSON.stringify(v));
      return i < 0 ? undefined : cookies[i];
    };
    const site = await playAuthoring(t, start, ops, cookieOf);
    const results = await Promise.allSettled(viewers.map((viewer, i) => checkViewer(t, site, viewer, cookies[i])));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    assert.deepEqual(t.errors, [], 'no tile failed');
  } finally {
    await t.drop();
  }
}

describe('the reference rule of the privacy property', () => {
  // The fixture school's cases, so that a wrong reference cannot make the property vacuous.
  const doc = schoolDocument();
  const slugs = doc.rubriques!.map((r) => r.slug);
  const logins = doc.users!.map((u) => u.login);
  const groups = doc.groups!.map((g) => g.slug);
  const site = {
    groups,
    users: doc.users!.map((u) => ({ login: u.login, profile: u.profile, groups: (u.groups ?? []).map((g) => groups.indexOf(g)) })),
    rubriques: doc.rubriques!.map((r) => ({
      slug: r.slug,
      parent: r.parent ? slugs.indexOf(r.parent) : null,
      visibility: r.visibility,
      services: r.services ?? [],
      rights: (r.rights ?? []).map((right) => ({
        role: right.role,
        to: 'profile' in right ? { profile: right.profile } : 'group' in right ? { group: groups.indexOf(right.group) } : { user: logins.indexOf(right.user) },
      })),
    })),
  } as unknown as ModelSite;
  const reads = (viewer: ModelViewer) => slugs.filter((_, i) => readable(site, viewer, i));
  const member = (login: string): ModelViewer => ({ kind: 'member', user: logins.indexOf(login) });

  it('lets anonymous visitors and strangers read only rubriques public all the way up', () => {
    assert.deepEqual(reads({ kind: 'anonymous' }), ['actus', 'cdi', 'agenda-only']);
    assert.deepEqual(reads({ kind: 'stranger', login: 'x', profile: 'admin' }), ['actus', 'cdi', 'agenda-only']);
  });
  it('passes rights down to sub-rubriques and lets admins read everything', () => {
    assert.deepEqual(reads(member('prof')), ['actus', 'cdi', 'agenda-only', 'profs', 'profs-public-child', 'classe-6a']);
    assert.deepEqual(reads(member('perso')), ['actus', 'cdi', 'agenda-only', 'profs', 'profs-public-child']);
    assert.deepEqual(reads(member('eleve')), ['actus', 'cdi', 'agenda-only', 'classe-6a']);
    assert.deepEqual(reads(member('eleve2')), ['actus', 'cdi', 'agenda-only']);
    assert.deepEqual(reads(member('parent')), ['actus', 'cdi', 'agenda-only', 'parents']);
    assert.deepEqual(reads(member('admin')), slugs);
  });
  it('keeps a public child of a private rubrique closed to a member with a role on the child only', () => {
    const tree = {
      ...site,
      rubriques: [
        { slug: 'a', parent: null, visibility: 'private', services: [], rights: [] },
        { slug: 'b', parent: 0, visibility: 'public', services: [], rights: [{ to: { profile: 'eleve' }, role: 'gestionnaire' }] },
        { slug: 'c', parent: 1, visibility: 'private', services: [], rights: [] },
      ],
    } as unknown as ModelSite;
    const eleve = member('eleve');
    assert.deepEqual([0, 1, 2].map((i) => readable(tree, eleve, i)), [false, false, false]);
    tree.rubriques[0].rights.push({ to: { group: groups.indexOf('6a') }, role: 'visiteur' });
    assert.deepEqual([0, 1, 2].map((i) => readable(tree, eleve, i)), [true, true, true]);
    assert.deepEqual([0, 1, 2].map((i) => readable(tree, member('eleve2'), i)), [false, false, false]);
  });
});

const AUTHORING_RUNS = Number(process.env.TUILES_PRIVACY_AUTHORING_RUNS ?? 12);

for (const backend of backends) {
  describe(`privacy of random sites after random authoring calls on ${backend.name}`, () => {
    it('allows exactly the calls the roles allow, and never shows anyone what the reference rule then hides', async () => {
      await fc.assert(
        fc.asyncProperty(siteArb, authoringOpsArb, (site, ops) => checkSiteAfterAuthoring(backend, site, ops)),
        { numRuns: AUTHORING_RUNS, includeErrorInReport: true },
      );
    });
  });
}

for (const backend of backends) {
  describe(`privacy of random sites on ${backend.name}`, () => {
    it('shows every viewer, on every page, tile and article route, exactly what they may read and names nothing else', async () => {
      await fc.assert(
        fc.asyncProperty(siteArb, (site) => checkSite(backend, site)),
        { numRuns: NUM_RUNS, includeErrorInReport: true },
      );
    });
  });
}
