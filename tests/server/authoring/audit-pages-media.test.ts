/** Page saves, restores and media uploads land in the audit log with the change, by whom. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backends } from '../support/backends.ts';
import { testApp } from '../support/harness.ts';
import { fileStorage } from '../../../server/media/storage.ts';
import * as images from '../media/images.ts';

const BASE = 'http://localhost/api/sites/college-test';

for (const backend of backends) {
  describe(`audit of pages and media on ${backend.name}`, () => {
    let t: Awaited<ReturnType<typeof testApp>>;
    let dir: string;
    let admin: string;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tuiles-audit-'));
      t = await testApp(backend, undefined, { mediaStorage: fileStorage(dir) });
      admin = await t.login('admin');
    });
    after(async () => {
      await t.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    const latest = async (n: number) => (await t.getJson(`${BASE}/audit?limit=${n}`, admin)).body.entries as { action: string; target: { kind: string; id: string }; detail: Record<string, unknown> }[];
    const json = (method: string, body: unknown): RequestInit => ({
      method,
      headers: { 'Content-Type': 'application/json', Cookie: admin },
      body: JSON.stringify(body),
    });

    it('records a page save and a restore, with the versions', async () => {
      const { version } = (await t.getJson(`${BASE}/pages/public-home/source`, admin)).body;
      const saved = await t.request(`${BASE}/pages/public-home`, json('PUT', { version, tiles: [] }));
      assert.equal(saved.status, 200);
      const [save] = await latest(1);
      assert.equal(save.action, 'page.save');
      assert.deepEqual(save.target, { kind: 'page', id: 'public-home' });
      assert.equal(save.detail.version, version + 1);
      const restored = await t.request(`${BASE}/pages/public-home/versions/${version}/restore`, json('POST', {}));
      assert.equal(restored.status, 200, await restored.clone().text());
      const [restore] = await latest(1);
      assert.equal(restore.action, 'page.restore');
      assert.deepEqual(restore.detail, { from: version, version: version + 2 });
    });

    it('records a media upload, and nothing for a refused one', async () => {
      const before = (await latest(200)).length;
      const form = (bytes: Buffer, name: string) => {
        const data = new FormData();
        data.set('file', new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' }));
        data.set('alt', 'Le CDI');
        data.set('usage', 'illustration');
        return data;
      };
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      assert.equal((await t.request(`${BASE}/media`, { method: 'POST', headers: { Cookie: admin }, body: form(svg, 'x.svg') })).status, 415);
      assert.equal((await latest(200)).length, before, 'a refused upload leaves no entry');
      const res = await t.request(`${BASE}/media`, { method: 'POST', headers: { Cookie: admin }, body: form(await images.jpeg(), 'cdi.jpg') });
      assert.equal(res.status, 201);
      const { medium } = await res.json();
      const [upload] = await latest(1);
      assert.equal(upload.action, 'media.upload');
      assert.deepEqual(upload.target, { kind: 'media', id: medium.id });
      assert.equal(upload.detail.alt, 'Le CDI');
    });
  });
}
