import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../../server/app.ts';
import { createDeps } from '../../../../server/deps.ts';
import { readConfig } from '../../../../server/config.ts';
import { backends } from '../../support/backends.ts';
import { sanitize } from '../../support/harness.ts';

describe('static files', () => {
  let app: ReturnType<typeof createApp>;
  let root: string;
  let bundle: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'tuiles-static-'));
    for (const dir of ['embed', 'site/assets', 'media']) mkdirSync(join(root, dir), { recursive: true });
    bundle = `export const x = ${JSON.stringify('x'.repeat(5000))};`;
    writeFileSync(join(root, 'embed/tuiles.js'), bundle);
    writeFileSync(join(root, 'embed/tuiles-0123456789.js'), bundle);
    writeFileSync(join(root, 'site/index.html'), '<!doctype html><title>Accueil</title>');
    writeFileSync(join(root, 'site/moi.html'), '<!doctype html><title>Moi</title>');
    writeFileSync(join(root, 'site/embed-demo.html'), '<!doctype html><title>Démo</title>');
    writeFileSync(join(root, 'site/assets/page-abcdef1234.js'), 'console.log(1)');
    writeFileSync(join(root, 'media/bandeau.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const { handle } = await backends[0].fresh();
    app = createApp(
      createDeps(readConfig({}), handle, {
        sanitize,
        staticRoots: { embed: join(root, 'embed'), site: join(root, 'site'), media: join(root, 'media') },
        log: () => {},
      }),
    );
  });

  it('serves the embed entry to any origin, cached briefly so releases reach embeds', async () => {
    const res = await app.request('/embed/tuiles.js', { headers: { Origin: 'https://mairie.example.fr' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('content-type')!, /javascript/);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
  });

  it('caches content-hashed files for a year', async () => {
    const res = await app.request('/embed/tuiles-0123456789.js');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const asset = await app.request('/assets/page-abcdef1234.js');
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  it('gzips the bundle for browsers that accept it', async () => {
    const res = await app.request('/embed/tuiles.js', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(res.headers.get('content-encoding'), 'gzip');
  });

  // `/` and `/moi` are rendered by the server (tests/server/http/routes/home.test.ts).
  it('serves the pages at clean URLs', async () => {
    assert.match(await (await app.request('/embed-demo')).text(), /Démo/);
    const demo = await app.request('/embed-demo');
    assert.match(demo.headers.get('content-security-policy')!, /script-src 'self'/);
    assert.equal(demo.headers.get('cache-control'), 'no-cache');
    assert.equal((await app.request('/nulle-part')).status, 404);
  });

  it('serves the demo media', async () => {
    const res = await app.request('/media/demo/bandeau.svg');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /svg/);
    assert.equal((await app.request('/media/demo/absent.svg')).status, 404);
  });

  it("routes with Hono's regexp router with every static folder served (routing.test.ts says why)", async () => {
    await app.request('/media/demo/bandeau.svg');
    assert.equal((app as unknown as { router: { name: string } }).router.name, 'SmartRouter + RegExpRouter');
  });

  it('refuses to walk out of its folders', async () => {
    assert.equal((await app.request('/embed/..%2f..%2fetc/passwd')).status, 404);
    assert.equal((await app.request('/media/demo/../../package.json')).status, 404);
  });

  it('honours q-values: gzip;q=0 gets the plain bytes, a browser the gzipped ones', async () => {
    for (const accept of ['gzip;q=0', 'gzip;q=0, identity', '*;q=0, identity;q=1', 'br', 'identity;q=1, gzip;q=0.5', '']) {
      const res = await app.request('/embed/tuiles.js', { headers: accept ? { 'Accept-Encoding': accept } : {} });
      assert.equal(res.headers.get('content-encoding'), null, accept);
      assert.equal(await res.text(), bundle, accept);
    }
    for (const accept of ['gzip, deflate, br', 'gzip;q=0.5', '*', 'br;q=1, gzip;q=0.8, *;q=0.1']) {
      const res = await app.request('/embed/tuiles.js', { headers: { 'Accept-Encoding': accept } });
      assert.equal(res.headers.get('content-encoding'), 'gzip', accept);
      assert.equal(gunzipSync(Buffer.from(await res.arrayBuffer())).toString(), bundle, accept);
    }
  });

  it('sends a strong ETag per encoding and answers 304 when it still matches', async () => {
    const plain = await app.request('/embed/tuiles.js');
    const gz = await app.request('/embed/tuiles.js', { headers: { 'Accept-Encoding': 'gzip' } });
    const tag = plain.headers.get('etag')!;
    assert.match(tag, /^"[^"]+"$/);
    assert.notEqual(gz.headers.get('etag'), tag);
    assert.match(plain.headers.get('vary')!, /Accept-Encoding/);
    const again = await app.request('/embed/tuiles.js', { headers: { 'If-None-Match': tag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('access-control-allow-origin'), '*');
    const page = await app.request('/embed-demo');
    assert.equal((await app.request('/embed-demo', { headers: { 'If-None-Match': page.headers.get('etag')! } })).status, 304);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await app.request('/embed/tuiles.js', { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-length'), String(bundle.length));
    assert.equal(await res.text(), '');
  });

  it('serves from memory: files read once at start, not from disk per request', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'tuiles-static-'));
    writeFileSync(join(copy, 'tuiles.js'), bundle);
    const { handle } = await backends[0].fresh();
    const other = createApp(createDeps(readConfig({}), handle, { sanitize, staticRoots: { embed: copy }, log: () => {} }));
    rmSync(copy, { recursive: true, force: true });
    const res = await other.request('/embed/tuiles.js');
    assert.equal(res.status, 200);
    assert.equal(await res.text(), bundle);
    await handle.close();
  });

  it('marks every file nosniff', async () => {
    for (const path of ['/embed/tuiles.js', '/', '/media/demo/bandeau.svg', '/assets/page-abcdef1234.js']) {
      assert.equal((await app.request(path)).headers.get('x-content-type-options'), 'nosniff', path);
    }
  });
});
