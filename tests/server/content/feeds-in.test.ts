/**
 * Reading external feeds against a real local HTTP server: the formats, the limits
 * (size, time, redirects), the SSRF refusals, and the shared cache with conditional
 * requests, on SQLite and PostgreSQL.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fetchFeed, defaultLimits, type FetchLimits } from '../../../server/content/feeds-in/fetch.ts';
import { parseFeed } from '../../../server/content/feeds-in/parse.ts';
import { FeedError } from '../../../server/content/feeds-in/errors.ts';
import { createFeedReader } from '../../../server/content/feeds-in/reader.ts';
import { isPublicAddress, refusalOf } from '../../../server/content/feeds-in/addresses.ts';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { backends } from '../support/backends.ts';

let server: FeedServer;
before(async () => {
  server = await startFeedServer();
});
after(() => server.close());

const local: FetchLimits = { ...defaultLimits, allowPrivate: true };
const read = async (path: string, limits: FetchLimits = local) => {
  const result = await fetchFeed(`${server.origin}${path}`, limits);
  assert.equal(result.status, 'ok');
  return parseFeed((result as { text: string }).text, `${server.origin}${path}`);
};
const refusal = async (promise: Promise<unknown>, problem: string, message: RegExp) => {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof FeedError, `expected a FeedError, got ${error}`);
    assert.equal(error.problem, problem, error.message);
    assert.match(error.message, message);
    return true;
  });
};

describe('reading feed formats', () => {
  it('reads RSS 2.0: titles as plain text, dates in UTC, javascript: links dropped', async () => {
    const feed = await read('/rss2.xml');
    assert.equal(feed.title, 'Mairie de Carladez');
    assert.equal(feed.link, 'https://mairie.example/');
    assert.deepEqual(feed.items, [
      { title: 'Fermeture de la piscine', url: 'https://mairie.example/piscine', date: '2026-11-23T08:00:00.000Z' },
      { title: 'Marché de Noël & concert', url: 'https://mairie.example/noel', date: '2026-11-22T08:00:00.000Z' },
      { title: 'Lien piégé', url: null, date: '2026-11-21T08:00:00.000Z' },
    ]);
  });
  it('reads Atom, resolving relative links against the feed', async () => {
    const feed = await read('/atom.xml');
    assert.equal(feed.title, 'Chaîne PeerTube du collège');
    assert.deepEqual(feed.items, [
      { title: 'Chorale de Noël', url: 'https://tube.example/w/1', date: '2026-11-20T10:00:00.000Z' },
      { title: 'Cross 2026', url: 'https://tube.example/w/2', date: '2026-11-18T10:00:00.000Z' },
    ]);
  });
  it('reads RSS 1.0 (RDF) with its Dublin Core dates', async () => {
    const feed = await read('/rss1.xml');
    assert.equal(feed.title, 'Médiathèque');
    assert.deepEqual(feed.items, [{ title: 'Heure du conte', url: 'https://bib.example/1', date: '2026-11-19T15:00:00.000Z' }]);
  });
  it('decodes a Latin-1 feed and a gzipped answer', async () => {
    assert.deepEqual((await read('/latin1.xml')).items.map((i) => i.title), ["Fête de l'école à Noël"]);
    assert.equal((await read('/gzip.xml')).items.length, 3);
  });
  it('refuses malformed XML and an HTML page with a French sentence', async () => {
    for (const path of ['/malformed.xml', '/html']) {
      await refusal(read(path), 'not-a-feed', /n'est pas un flux RSS ou Atom valide/);
    }
  });
  it('names the status of a failing server', async () => {
    await refusal(fetchFeed(`${server.origin}/missing.xml`, local), 'http', /a répondu 404/);
  });
});

describe('limits of a fetch', () => {
  it('stops reading a 50 MB answer past 2 MB and closes the connection', async () => {
    const started = Date.now();
    await refusal(fetchFeed(`${server.origin}/huge.xml`, local), 'too-large', /trop volumineux \(plus de 2 Mo\)/);
    // Give the server a moment to notice the closed socket.
    await new Promise((r) => setTimeout(r, 200));
    const sent = server.hugeBytesSent();
    assert.ok(sent < 8 * 1024 * 1024, `the server wrote ${sent} bytes: reading did not stop at the cap`);
    assert.ok(Date.now() - started < 3000);
  });
  it('refuses at once an answer that declares more than the cap', async () => {
    await refusal(fetchFeed(`${server.origin}/huge-declared.xml`, local), 'too-large', /trop volumineux/);
  });
  it('gives up on a server that never answers when the deadline passes', async () => {
    const started = Date.now();
    await refusal(fetchFeed(`${server.origin}/slow.xml`, { ...local, timeoutMs: 300 }), 'timeout', /n'a pas répondu à temps \(0\.3 s\)/);
    const took = Date.now() - started;
    assert.ok(took >= 280 && took < 2000, `took ${took} ms`);
  });
  it('follows up to 5 redirects, not a sixth', async () => {
    const to = encodeURIComponent(`${server.origin}/redirect?to=${encodeURIComponent('/atom.xml')}`);
    assert.equal((await read(`/redirect?to=${to}`)).title, 'Chaîne PeerTube du collège');
    await refusal(fetchFeed(`${server.origin}/loop`, local), 'redirects', /trop de fois/);
    assert.equal(server.hits.get('/loop'), 6);
  });
  it('sends the validators it holds and reads 304 as not modified', async () => {
    const first = await fetchFeed(`${server.origin}/etag.xml`, local);
    assert.equal(first.status, 'ok');
    const validators = first.status === 'ok' ? { etag: first.etag, lastModified: first.lastModified } : null;
    assert.equal(validators?.etag, '"v1"');
    assert.deepEqual(await fetchFeed(`${server.origin}/etag.xml`, local, validators), { status: 'not-modified' });
  });
});

describe('SSRF: private, loopback and link-local addresses', () => {
  const strict: FetchLimits = { ...defaultLimits, allowPrivate: false };
  // This machine has loopback only: the test server's own port stands in for a public
  // server; every other local port is "the intranet".
  const internet: FetchLimits = { ...strict, allowAddress: (address, port) => isPublicAddress(address) || (address === '127.0.0.1' && port === server.port) };

  it('classifies addresses after resolution, IPv4-mapped IPv6 included', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '0.0.0.0', '100.64.0.1']) {
      assert.equal(isPublicAddress(a), false, a);
    }
    for (const a of ['93.184.216.34', '2606:4700::1']) assert.equal(isPublicAddress(a), true, a);
  });
  it('refuses a loopback feed without TUILES_FEED_ALLOW_PRIVATE, by literal and by name', async () => {
    for (const url of [`${server.origin}/rss2.xml`, `http://localhost:${server.port}/rss2.xml`, `http://[::ffff:127.0.0.1]:${server.port}/rss2.xml`]) {
      await refusal(fetchFeed(url, strict), 'refused', /Adresse refusée/);
    }
    assert.equal(server.hits.get('/never'), undefined);
  });
  it('refuses a redirect to 127.0.0.1 (another port, by literal and by name) without connecting', async () => {
    const before = server.hits.get('/rss2.xml') ?? 0;
    const intranet = await startFeedServer();
    try {
      for (const target of [`${intranet.origin}/rss2.xml`, `http://localhost:${intranet.port}/rss2.xml`]) {
        await refusal(fetchFeed(`${server.origin}/redirect?to=${encodeURIComponent(target)}`, internet), 'refused', /Adresse refusée/);
      }
      assert.equal(intranet.hits.size, 0, 'the intranet server was reached');
      // The stand-in public server itself is readable under the same rules.
      assert.equal((await fetchFeed(`${server.origin}/rss2.xml`, internet)).status, 'ok');
    } finally {
      await intranet.close();
    }
    assert.equal(server.hits.get('/rss2.xml'), before + 1);
  });
  it('refuses a redirect to 169.254.169.254 (cloud metadata)', async () => {
    const target = encodeURIComponent('http://169.254.169.254/latest/meta-data/');
    await refusal(fetchFeed(`${server.origin}/redirect?to=${target}`, internet), 'refused', /Adresse refusée/);
  });
  it('accepts the same redirects with TUILES_FEED_ALLOW_PRIVATE=1', async () => {
    const target = encodeURIComponent(`http://localhost:${server.port}/rss1.xml`);
    assert.equal((await read(`/redirect?to=${target}`)).title, 'Médiathèque');
  });
  it('refuses non-http schemes and credentials in redirects', async () => {
    await refusal(fetchFeed(`${server.origin}/redirect?to=${encodeURIComponent('file:///etc/passwd')}`, local), 'refused', /http/);
    await refusal(fetchFeed(`${server.origin}/redirect?to=${encodeURIComponent(`http://a:b@127.0.0.1:${server.port}/`)}`, local), 'refused', /identifiant/);
  });
  it('checks a URL before it is saved', async () => {
    assert.match((await refusalOf(`${server.origin}/rss2.xml`, false)) ?? '', /réseau privé ou local/);
    assert.match((await refusalOf('http://169.254.169.254/', false)) ?? '', /réseau privé ou local/);
    assert.match((await refusalOf(`http://localhost:${server.port}/`, false)) ?? '', /réseau privé ou local/);
    assert.match((await refusalOf('ftp://example.org/feed', false)) ?? '', /http/);
    assert.equal(await refusalOf(`${server.origin}/rss2.xml`, true), null);
  });
});

for (const backend of backends) {
  describe(`the shared feed cache on ${backend.name}`, () => {
    it('fetches once, serves the copy while fresh, revalidates with ETag, and shares the copy between instances', async () => {
      const db = await backend.fresh();
      try {
        let now = new Date('2026-11-23T10:00:00Z');
        const options = { store: db.store, now: () => now, log: () => {}, limits: local, freshMs: 60_000, memoMs: 5_000 };
        const one = createFeedReader(options);
        const two = createFeedReader(options); // another instance on the same database
        const url = `${server.origin}/etag.xml?cache=${backend.name}`;
        const hits = () => server.hits.get('/etag.xml') ?? 0;
        const start = hits();

        const first = await one.read(url);
        assert.ok(first.ok);
        const version = Number(/\(v(\d+)\)/.exec(first.items[0].title)?.[1]);
        assert.ok(version >= 1, first.items[0].title);
        assert.equal((await two.read(url)).ok, true);
        assert.equal(hits(), start + 1, 'the second instance reads the shared row');

        now = new Date(now.getTime() + 61_000);
        const stale = await two.read(url); // served at once, refreshed behind
        assert.ok(stale.ok);
        await two.idle();
        assert.equal(hits(), start + 2);
        const notModified = server.notModified();
        assert.ok(notModified >= 1, 'the refresh was conditional and answered 304');

        server.bumpEtag();
        now = new Date(now.getTime() + 61_000);
        await one.read(url);
        await one.idle();
        now = new Date(now.getTime() + 6_000); // past the memory layer
        const fresh = await two.read(url);
        assert.ok(fresh.ok);
        assert.equal(fresh.items[0].title, `Fermeture de la piscine (v${version + 1})`);
      } finally {
        await db.drop();
      }
    });

    it('keeps the last good copy when a refresh fails, and gives a French reason for a feed never read', async () => {
      const db = await backend.fresh();
      try {
        let now = new Date('2026-11-23T10:00:00Z');
        const reader = createFeedReader({ store: db.store, now: () => now, log: () => {}, limits: { ...local, timeoutMs: 1000 }, freshMs: 1000, memoMs: 0 });
        const broken = await reader.read(`${server.origin}/malformed.xml`);
        assert.deepEqual(broken, { ok: false, url: `${server.origin}/malformed.xml`, message: "Ce flux est illisible : ce n'est pas un flux RSS ou Atom valide." });
        const slow = await reader.read(`${server.origin}/slow.xml`);
        assert.equal(slow.ok, false);
        assert.match(!slow.ok ? slow.message : '', /n'a pas répondu à temps/);

        // A good copy, then the same URL's server breaks: the copy stays.
        const url = `${server.origin}/rss2.xml?keep=${backend.name}`;
        assert.ok((await reader.read(url)).ok);
        const row = (await db.store.feedCache.get(url))!;
        await db.store.feedCache.put({ ...row, url: `${server.origin}/missing.xml` });
        now = new Date(now.getTime() + 5000);
        await reader.read(`${server.origin}/missing.xml`);
        await reader.idle();
        const kept = await reader.read(`${server.origin}/missing.xml`);
        assert.ok(kept.ok);
        assert.equal(kept.items.length, 3);
        assert.match((await db.store.feedCache.get(`${server.origin}/missing.xml`))!.problem ?? '', /a répondu 404/);
      } finally {
        await db.drop();
      }
    });
  });
}
