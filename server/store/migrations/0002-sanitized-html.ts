/**
 * Rich text is stored sanitized and served as stored: each site records the sanitizer
 * version its HTML was cleaned with (0: older than this rule), so a stricter sanitizer
 * cleans stored HTML again at start (content/resanitize.ts).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sites').addColumn('sanitized_with', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
