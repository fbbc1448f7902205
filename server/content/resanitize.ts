/**
 * Stored rich text (article bodies, text tiles) is cleaned at write time and served as
 * stored. When the sanitizer's rules change (SANITIZER_VERSION), the HTML cleaned by an
 * older version is cleaned again, site by site, each in one transaction, at start.
 * Several instances starting together may both do it: cleaning is idempotent.
 */
import type { Store } from '../store/index.ts';
import type { Tile } from '../../contract/tiles/index.ts';
import { pageKinds } from '../../contract/vocabulary.ts';
import { storedConfig } from '../tiles/registry.ts';
import { SANITIZER_VERSION, type Sanitize } from './sanitize.ts';

export async function resanitizeStoredHtml(store: Store, sanitize: Sanitize): Promise<number> {
  const sites = await store.sites.sanitizedBefore(SANITIZER_VERSION);
  for (const site of sites) {
    await store.transaction(async (tx) => {
      const options = { peertubeHosts: site.peertubeHosts };
      for (const article of await tx.articles.list(site.id)) {
        const clean = sanitize(article.body, options);
        if (clean !== article.body) await tx.articles.setBody(site.id, article.id, clean);
      }
      for (const kind of pageKinds) {
        const tiles = await tx.pages.get(site.id, kind);
        const cleaned = tiles.map((t) => ({ ...t, config: storedConfig(t.type, t.config, site, sanitize) }) as Tile);
        if (JSON.stringify(cleaned) !== JSON.stringify(tiles)) await tx.pages.put(site.id, kind, cleaned, new Date());
      }
      await tx.sites.markSanitized(site.id, SANITIZER_VERSION);
    });
  }
  return sites.length;
}
