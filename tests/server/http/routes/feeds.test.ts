/**
 * Feeds out, parsed back by real parsers (rss-parser for RSS and Atom, ical.js for
 * iCalendar): each holds exactly what its reader may read today.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Parser from 'rss-parser';
import ICAL from 'ical.js';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';

const parser = new Parser();
type App = Awaited<ReturnType<typeof testApp>>;

const feedIds = async (t: App, path: string) => {
  const res = await t.request(`http://localhost${path}`);
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  const feed = await parser.parseString(await res.text());
  return feed.items.map((i) => /\/articles\/([^/]+)$/.exec(i.link ?? '')?.[1]);
};
const calendarIds = async (t: App, path: string) => {
  const res = await t.request(`http://localhost${path}`);
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
};
const status = async (t: App, path: string) => (await t.request(`http://localhost${path}`)).status;

async function renew(t: App, cookie: string) {
  const res = await t.request('/api/me/feeds/renew', { method: 'POST', headers: { Cookie: cookie } });
  assert.equal(res.status, 200);
  return (await res.json()) as { active: boolean; feeds: { rubrique: string; format: string; url: string; personal: boolean }[]; privateRubriques: number };
}
const pathOf = (url: string) => new URL(url).pathname;

for (const backend of backends) {
  describe(`feeds out on ${backend.name}`, () => {
    it('give public blog rubriques RSS 2.0 and Atom holding exactly their published articles, newest first', async () => {
      const t = await testApp(backend);
      try {
        for (const ext of ['rss', 'atom']) {
          assert.deepEqual(await feedIds(t, `/feeds/college-test/actus.${ext}`), ['a-public-2', 'a-public-1']);
          assert.deepEqual(await feedIds(t, `/feeds/college-test/cdi.${ext}`), ['a-cdi-1']);
        }
        const res = await t.request('http://localhost/feeds/college-test/actus.rss');
        assert.match(res.headers.get('content-type') ?? '', /^application\/rss\+xml/);
        const feed = await parser.parseString(await res.text());
        assert.equal(feed.title, 'Actualités — Collège Test');
        assert.equal(feed.items[1].title, 'Cross du collège');
        assert.equal(feed.items[1].contentSnippet ?? feed.items[1].content, 'Résumé cross');
        assert.equal(feed.items[1].link, 'http://localhost/sites/college-test/articles/a-public-1');
        const atom = await parser.parseString(await (await t.request('http://localhost/feeds/college-test/actus.atom')).text());
        assert.equal(atom.items[0].title, 'Semaine du goût');
      } finally {
        await t.drop();
      }
    });

    it('give agenda rubriques iCalendar with their upcoming events (all-day ones as dates)', async () => {
      const t = await testApp(backend);
      try {
        const actus = await calendarIds(t, '/feeds/college-test/actus.ics');
        assert.deepEqual(actus.map((e) => e.summary), ['En cours']);
        assert.equal(actus[0].location, 'Gymnase');
        const soon = await calendarIds(t, '/feeds/college-test/agenda-only.ics');
        assert.deepEqual(soon.map((e) => [e.summary, e.startDate.isDate, e.startDate.toString(), e.endDate.toString()]), [
          ['Bientôt', true, '2026-11-25', '2026-11-26'],
        ]);
      } finally {
        await t.drop();
      }
    });

    it('answer 404 for private rubriques, missing services and unknown names, with no hint', async () => {
      const t = await testApp(backend);
      try {
        const cookie = await t.login('admin');
        for (const path of ['/feeds/college-test/profs.rss', '/feeds/college-test/profs-public-child.atom', '/feeds/college-test/parents.rss', '/feeds/college-test/cdi.ics', '/feeds/college-test/agenda-only.rss', '/feeds/college-test/nulle.rss', '/feeds/nulle-part/actus.rss', '/feeds/college-test/actus.json']) {
          assert.equal(await status(t, path), 404, path);
          // A session changes nothing: the public URL is the anonymous feed.
          assert.equal((await t.request(`http://localhost${path}`, { headers: { Cookie: cookie } })).status, 404, path);
        }
      } finally {
        await t.drop();
      }
    });

    it('are shared like the API: ETag and 304, dropped on a content change', async () => {
      const t = await testApp(backend, undefined, { publicMaxAge: 60 });
      try {
        const res = await t.request('http://localhost/feeds/college-test/actus.atom');
        assert.match(res.headers.get('cache-control') ?? '', /^public, max-age=60/);
        const etag = res.headers.get('etag')!;
        assert.ok(etag);
        const again = await t.request('http://localhost/feeds/college-test/actus.atom', { headers: { 'If-None-Match': etag } });
        assert.equal(again.status, 304);
        // A new article lands; the write announces itself and the copy goes.
        const site = (await t.store.sites.bySlug('college-test'))!;
        const actus = (await t.store.rubriques.list(site.id)).find((r) => r.slug === 'actus')!;
        await t.store.articles.insertMany(site.id, [
          { id: 'a-new', rubriqueId: actus.id, title: 'Nouvel article', summary: '', body: '', status: 'published', publishedAt: '2026-11-23T09:00:00.000Z', updatedAt: '2026-11-23T09:00:00.000Z', authorId: null, illustration: null },
        ]);
        assert.equal((await t.request('http://localhost/feeds/college-test/actus.atom', { headers: { 'If-None-Match': etag } })).status, 304, 'still the shared copy');
        t.deps.changes.changed(site.id);
        assert.deepEqual(await feedIds(t, '/feeds/college-test/actus.atom'), ['a-new', 'a-public-2', 'a-public-1']);
      } finally {
        await t.drop();
      }
    });

    it('give each user token URLs for the private rubriques they read, checked at every request', async () => {
      const t = await testApp(backend);
      try {
        const prof = await t.login('prof');
        const before = (await t.getJson('/api/me/feeds', prof)).body;
        assert.equal(before.active, false);
        assert.equal(before.privateRubriques, 3);
        assert.ok(before.feeds.every((f: { personal: boolean }) => !f.personal));

        const mine = await renew(t, prof);
        assert.equal(mine.active, true);
        const personal = mine.feeds.filter((f) => f.personal).map((f) => `${f.rubrique}.${f.format}`);
        assert.deepEqual(personal, ['profs.rss', 'profs.atom', 'profs.ics', 'profs-public-child.rss', 'profs-public-child.atom', 'classe-6a.rss', 'classe-6a.atom', 'classe-6a.ics']);
        const url = (name: string) => pathOf(mine.feeds.find((f) => `${f.rubrique}.${f.format}` === name)!.url);
        assert.deepEqual(await feedIds(t, url('profs.rss')), ['a-profs-1']);
        assert.deepEqual(await feedIds(t, url('profs-public-child.atom')), ['a-profs-child']);
        assert.deepEqual((await calendarIds(t, url('profs.ics'))).map((e) => e.summary), ['Conseil de classe']);
        const res = await t.request(`http://localhost${url('profs.rss')}`);
        assert.match(res.headers.get('cache-control') ?? '', /private/);
        // The token opens what its owner reads, nothing more: not the parents' rubrique.
        const token = url('profs.rss').split('/')[4];
        assert.equal(await status(t, `/feeds/college-test/u/${token}/parents.rss`), 404);
        // Public rubriques through the token too.
        assert.deepEqual(await feedIds(t, `/feeds/college-test/u/${token}/cdi.rss`), ['a-cdi-1']);
        // Another site's path with this token: 404.
        assert.equal(await status(t, `/feeds/autre-site/u/${token}/profs.rss`), 404);
        // Only `u` opens a personal feed: a path with anything else there is not one.
        assert.equal(await status(t, `/feeds/college-test/v/${token}/profs.rss`), 404);

        // The teacher leaves the group: the same URL closes today, not when renewed.
        await t.handle.db.deleteFrom('user_groups').execute();
        assert.equal(await status(t, url('profs.rss')), 404);
        assert.deepEqual(await feedIds(t, url('classe-6a.rss')), ['a-6a-1'], 'a right given to the user directly still holds');
      } finally {
        await t.drop();
      }
    });

    it('close the old URLs when the token is renewed or revoked; a wrong token is 404', async () => {
      const t = await testApp(backend);
      try {
        const eleve = await t.login('eleve');
        const first = pathOf((await renew(t, eleve)).feeds.find((f) => f.personal)!.url);
        assert.equal(await status(t, first), 200);
        const second = pathOf((await renew(t, eleve)).feeds.find((f) => f.personal)!.url);
        assert.notEqual(first, second);
        assert.equal(await status(t, first), 404);
        assert.equal(await status(t, second), 200);
        const revoked = await t.request('/api/me/feeds', { method: 'DELETE', headers: { Cookie: eleve } });
        assert.equal(revoked.status, 200);
        const body = (await revoked.json()) as any;
        assert.equal(body.active, false);
        assert.ok(body.feeds.every((f: { personal: boolean }) => !f.personal));
        assert.equal(await status(t, second), 404);
        assert.equal(await status(t, '/feeds/college-test/u/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/classe-6a.rss'), 404);
        assert.equal((await t.request('/api/me/feeds/renew', { method: 'POST' })).status, 401);
      } finally {
        await t.drop();
      }
    });

    it('are announced by <link rel="alternate"> on item pages of public rubriques only', async () => {
      const t = await testApp(backend);
      try {
        const page = await (await t.request('http://localhost/sites/college-test/articles/a-public-1')).text();
        assert.match(page, /<link rel="alternate" type="application\/rss\+xml" title="Actualités \(RSS\)" href="\/feeds\/college-test\/actus\.rss" \/>/);
        assert.match(page, /href="\/feeds\/college-test\/actus\.atom"/);
        const event = await (await t.request('http://localhost/sites/college-test/events/e-soon')).text();
        assert.match(event, /<link rel="alternate" type="text\/calendar" title="Calendrier \(agenda\)" href="\/feeds\/college-test\/agenda-only\.ics" \/>/);
        // A private article's page names no feed: its feed needs a personal token.
        const prof = await t.login('prof');
        await renew(t, prof);
        const hidden = await (await t.request('http://localhost/sites/college-test/articles/a-profs-1', { headers: { Cookie: prof } })).text();
        assert.match(hidden, /Conseil pédagogique/);
        assert.doesNotMatch(hidden, /rel="alternate"|\/feeds\//);
      } finally {
        await t.drop();
      }
    });

    it('list the public feeds of a site for anonymous readers', async () => {
      const t = await testApp(backend);
      try {
        const { res, body } = await t.getJson('http://localhost/api/sites/college-test/feeds');
        assert.match(res.headers.get('cache-control') ?? '', /public/);
        assert.deepEqual(body.feeds.map((f: any) => `${f.rubrique}.${f.format}`), ['actus.rss', 'actus.atom', 'actus.ics', 'cdi.rss', 'cdi.atom', 'agenda-only.ics']);
        assert.equal(body.feeds[0].url, '/feeds/college-test/actus.rss');
      } finally {
        await t.drop();
      }
    });
  });
}
