import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../../support/backends.ts';
import { testApp } from '../../support/harness.ts';
import { PUBLIC_HOME, finish, type TestApp } from '../requests.ts';

for (const backend of backends) {
  describe(`the shared cache on ${backend.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await testApp(backend);
    });
    afterEach(() => finish(t));

    it('revalidates a tag a proxy marked weak', async () => {
      const etag = (await t.request(PUBLIC_HOME)).headers.get('etag')!;
      const again = await t.request(PUBLIC_HOME, { headers: { 'If-None-Match': `W/${etag}` } });
      assert.equal(again.status, 304);
    });

    it('answers 304 with no body when the ETag still matches', async () => {
      const first = await t.request(PUBLIC_HOME);
      const etag = first.headers.get('etag')!;
      const again = await t.request(PUBLIC_HOME, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), etag);
      const stale = await t.request(PUBLIC_HOME, { headers: { 'If-None-Match': '"something-else"' } });
      assert.equal(stale.status, 200);
    });

    it('sends the shared copy gzipped to browsers that accept it', async () => {
      const { gunzipSync } = await import('node:zlib');
      const plain = await (await t.request(PUBLIC_HOME)).text();
      const res = await t.request(PUBLIC_HOME, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      assert.equal(res.headers.get('content-encoding'), 'gzip');
      assert.match(res.headers.get('vary')!, /Accept-Encoding/);
      const bytes = Buffer.from(await res.arrayBuffer());
      assert.ok(bytes.length < plain.length / 2);
      assert.equal(gunzipSync(bytes).toString(), plain);
      const etag = res.headers.get('etag')!;
      assert.match(etag, /^"[^"]+-gz"$/);
      const again = await t.request(PUBLIC_HOME, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag } });
      assert.equal(again.status, 304);
    });

    it('keeps the same ETag while the content stays the same, even past the cache lifetime', async () => {
      const a = (await t.request(PUBLIC_HOME)).headers.get('etag');
      t.app.publicCache.clear();
      const b = (await t.request(PUBLIC_HOME)).headers.get('etag');
      assert.equal(a, b);
    });

    it('honours q-values: gzip;q=0 gets the plain copy, also from the cache', async () => {
      const plain = await (await t.request(PUBLIC_HOME)).text();
      for (const accept of ['gzip;q=0', 'gzip;q=0, deflate', '*;q=0', 'identity;q=1, gzip;q=0.2']) {
        const res = await t.request(PUBLIC_HOME, { headers: { 'Accept-Encoding': accept } });
        assert.equal(res.headers.get('content-encoding'), null, accept);
        assert.equal(await res.text(), plain, accept);
      }
      assert.equal((await t.request(PUBLIC_HOME, { headers: { 'Accept-Encoding': 'gzip;q=0.5' } })).headers.get('content-encoding'), 'gzip');
    });

    it('with max-age 0, sends the gzipped copy of what is current, never of an earlier answer', async () => {
      const { gunzipSync } = await import('node:zlib');
      const fresh = await testApp(backend, undefined, { publicMaxAge: 0 });
      const gzip = { headers: { 'Accept-Encoding': 'gzip' } };
      const read = async () => {
        const res = await fresh.request(PUBLIC_HOME, gzip);
        return { etag: res.headers.get('etag'), body: gunzipSync(Buffer.from(await res.arrayBuffer())).toString() };
      };
      const first = await read();
      assert.deepEqual(await read(), first);
      const site = (await fresh.store.sites.bySlug('college-test'))!;
      await fresh.store.pages.put(site.id, 'public-home', [{ id: 'text', type: 'text', config: { title: 'Nouveau', html: `<p>${'Changé. '.repeat(200)}</p>` } }], new Date());
      fresh.deps.changes.changed(site.id);
      const changed = await read();
      assert.notEqual(changed.etag, first.etag);
      assert.match(changed.body, /Changé/);
      assert.equal(changed.body, await (await fresh.request(PUBLIC_HOME)).text());
      await finish(fresh);
    });

    it('marks shared answers nosniff, from the cache and on revalidation', async () => {
      const first = await t.request(PUBLIC_HOME);
      const cached = await t.request(PUBLIC_HOME);
      const revalidated = await t.request(PUBLIC_HOME, { headers: { 'If-None-Match': first.headers.get('etag')! } });
      assert.equal(revalidated.status, 304);
      for (const res of [first, cached, revalidated]) assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    });
  });
}
