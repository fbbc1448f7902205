/**
 * When the next scheduled article of a site appears: the reading memo (reading/memo.ts)
 * keeps a site's feeds until then, and asks it once per content version. This index
 * answers it with one seek (`site_id, status` equal, the first `published_at` after
 * now) instead of a walk over every published article of the site.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('articles_scheduled').on('articles').columns(['site_id', 'status', 'published_at']).execute();
}
