import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { backends } from '../support/backends.ts';
import { sanitize } from '../support/harness.ts';
import { NOW, schoolDocument } from '../support/fixtures.ts';
import { importSiteDocument } from '../../../server/site-document/import.ts';
import { resanitizeStoredHtml } from '../../../server/content/resanitize.ts';
import { htmlProblem } from '../../../server/content/sanitize.ts';
import type { AppError } from '../../../server/errors.ts';

const nested = (depth: number) => `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`;

describe('rich text limits', () => {
  it('refuses 5,000 nested elements at once, without parsing them', () => {
    const started = performance.now();
    assert.match(htmlProblem(nested(5000))!, /imbriqué/);
    assert.ok(performance.now() - started < 200, 'a tag scan, not a DOM parse');
  });
  it('accepts ordinary rich text, void elements and self-closing tags', () => {
    assert.equal(htmlProblem(`<p>Texte<br><img src="/a.png" alt=""><br/></p>${nested(90)}`), null);
  });
  it('refuses more than 200 KB', () => {
    assert.match(htmlProblem(`<p>${'é'.repeat(110_000)}</p>`)!, /trop long/);
  });
});

for (const backend of backends) {
  describe(`stored rich text (${backend.name})`, () => {
    it('refuses an over-deep article body at import, naming the field, and imports nothing', async () => {
      const db = await backend.fresh();
      try {
        const doc = schoolDocument();
        doc.articles![1] = { ...doc.articles![1], body: nested(5000) };
        await assert.rejects(importSiteDocument(db.store, doc, { now: NOW, sanitize }), (error: AppError) => {
          assert.match(error.fields?.['articles[1].body'] ?? '', /imbriqué/);
          return true;
        });
        assert.equal(await db.store.sites.count(), 0);
      } finally {
        await db.drop();
      }
    });

    it('refuses an imported password hash that chooses a ruinous scrypt cost', async () => {
      const db = await backend.fresh();
      try {
        const doc = schoolDocument();
        const [, , , , salt, key] = doc.users![0].passwordHash!.split('$');
        doc.users![0] = { ...doc.users![0], passwordHash: `scrypt$16384$8$64$${salt}$${key}` };
        await assert.rejects(importSiteDocument(db.store, doc, { now: NOW, sanitize }), (error: AppError) => {
          assert.match(error.fields?.['users[0].passwordHash'] ?? '', /coût scrypt/);
          return true;
        });
      } finally {
        await db.drop();
      }
    });

    it('stores a text tile already cleaned, so readers serve it as stored', async () => {
      const db = await backend.fresh();
      try {
        const { site } = await importSiteDocument(db.store, schoolDocument(), { now: NOW, sanitize });
        const text = (await db.store.pages.get(site.id, 'public-home')).find((t) => t.type === 'text')!;
        const html = (text.config as { html: string }).html;
        assert.ok(html.includes('Horaires'));
        assert.ok(!/onclick|javascript:/.test(html), html);
      } finally {
        await db.drop();
      }
    });

    it('cleans again, at start, the HTML an older sanitizer stored', async () => {
      const db = await backend.fresh();
      try {
        const { site } = await importSiteDocument(db.store, schoolDocument(), { now: NOW, sanitize });
        // As a database from before this rule: raw HTML in a tile and a body, version 0.
        const raw = db.handle.db as Kysely<any>;
        const tiles = await db.store.pages.get(site.id, 'public-home');
        const dirty = tiles.map((t) => (t.type === 'text' ? { ...t, config: { ...t.config, html: '<p onclick="x()">Horaires</p>' } } : t));
        await raw.updateTable('pages').set({ tiles: JSON.stringify(dirty) }).where('site_id', '=', site.id).where('kind', '=', 'public-home').execute();
        await raw.updateTable('articles').set({ body: '<p>Bonjour<script>alert(1)</script></p>' }).where('site_id', '=', site.id).where('id', '=', 'a-public-1').execute();
        await sql`update sites set sanitized_with = 0`.execute(raw);

        assert.equal(await resanitizeStoredHtml(db.store, sanitize), 1);
        const text = (await db.store.pages.get(site.id, 'public-home')).find((t) => t.type === 'text')!;
        assert.equal((text.config as { html: string }).html, '<p>Horaires</p>');
        const body = (await db.store.articles.list(site.id)).find((a) => a.id === 'a-public-1')!.body;
        assert.equal(body, '<p>Bonjour</p>');
        assert.equal(await resanitizeStoredHtml(db.store, sanitize), 0, 'once only');
      } finally {
        await db.drop();
      }
    });
  });
}
