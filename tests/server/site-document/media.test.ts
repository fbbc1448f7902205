/** Media metadata travels in the site document: exported, imported back, the same. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backends } from '../support/backends.ts';
import { sanitize, testApp } from '../support/harness.ts';
import { NOW } from '../support/fixtures.ts';
import { fileStorage } from '../../../server/media/storage.ts';
import { exportSiteDocument } from '../../../server/site-document/export.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import type { AppError } from '../../../server/errors.ts';
import * as images from '../media/images.ts';

for (const backend of backends) {
  describe(`media in the site document (${backend.name})`, () => {
    it('exports uploaded media with their author, and an import gives the same document', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tuiles-media-doc-'));
      const t = await testApp(backend, undefined, { mediaStorage: fileStorage(dir) });
      const copy = await backend.fresh();
      try {
        const prof = await t.login('prof');
        const data = new FormData();
        data.set('file', new File([new Uint8Array(await images.jpeg())], 'sortie.jpg'));
        data.set('alt', 'La sortie au musée');
        data.set('usage', 'top');
        data.set('focus', '0.25,0.75');
        const res = await t.request('http://localhost/api/sites/college-test/media', { method: 'POST', headers: { Cookie: prof }, body: data });
        assert.equal(res.status, 201);
        const { medium } = await res.json();

        const doc = await exportSiteDocument(t.store, 'college-test');
        assert.equal(doc.media?.length, 1);
        const [exported] = doc.media!;
        assert.equal(exported.id, medium.id);
        assert.equal(exported.author, 'prof');
        assert.equal(exported.alt, 'La sortie au musée');
        assert.deepEqual(exported.focus, { x: 0.25, y: 0.75 });

        await importSiteDocument(copy.store, doc, { now: NOW, sanitize });
        assert.deepEqual(await exportSiteDocument(copy.store, 'college-test'), doc);
      } finally {
        await copy.drop();
        await t.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('refuses a medium naming an unknown author or a malformed id, naming the field', async () => {
      const t = await testApp(backend);
      const copy = await backend.fresh();
      try {
        const doc = await exportSiteDocument(t.store, 'college-test');
        const medium = { id: 'a'.repeat(32), usage: 'illustration' as const, alt: '', format: 'jpeg' as const, width: 1600, height: 900, focus: { x: 0.5, y: 0.5 }, animated: false, variants: ['800.webp'], bytes: 1000, author: 'personne', createdAt: NOW.toISOString() };
        await assert.rejects(importSiteDocument(copy.store, { ...doc, media: [medium] }, { now: NOW, sanitize }), (error: AppError) => {
          assert.match(error.fields?.['media[0].author'] ?? '', /personne/);
          return true;
        });
        await assert.rejects(importSiteDocument(copy.store, { ...doc, media: [{ ...medium, author: null, id: '../../etc' }] }, { now: NOW, sanitize }), (error: AppError) => {
          assert.ok(error.fields?.['media[0].id']);
          return true;
        });
        assert.equal(await copy.store.sites.count(), 0, 'nothing imported');
      } finally {
        await copy.drop();
        await t.drop();
      }
    });
  });
}
