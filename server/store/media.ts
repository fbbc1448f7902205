/**
 * Uploaded media: the row that names a medium and its variants (the bytes live in the
 * media storage, server/media/storage.ts), and the queries that say who may see it.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, MediaTable } from './schema.ts';

export type MediaUsage = 'illustration' | 'top';

export interface Medium {
  id: string;
  siteId: number;
  usage: MediaUsage;
  alt: string;
  /** The source format, judged from the bytes: jpeg, png, webp or gif. */
  format: string;
  /** Of the source image (one frame for an animation). */
  width: number;
  height: number;
  focus: { x: number; y: number };
  animated: boolean;
  variants: string[];
  bytes: number;
  authorId: number | null;
  createdAt: string;
}

const toMedium = (row: Selectable<MediaTable>): Medium => ({
  id: row.id,
  siteId: row.site_id,
  usage: row.usage as MediaUsage,
  alt: row.alt,
  format: row.format,
  width: Number(row.width),
  height: Number(row.height),
  focus: { x: Number(row.focus_x), y: Number(row.focus_y) },
  animated: row.animated === 1,
  variants: JSON.parse(row.variants) as string[],
  bytes: Number(row.bytes),
  authorId: row.author_id,
  createdAt: row.created_at,
});

export function mediaStore(db: Kysely<Database>) {
  return {
    async create(medium: Medium): Promise<void> {
      await db
        .insertInto('media')
        .values({
          site_id: medium.siteId,
          id: medium.id,
          usage: medium.usage,
          alt: medium.alt,
          format: medium.format,
          width: medium.width,
          height: medium.height,
          focus_x: medium.focus.x,
          focus_y: medium.focus.y,
          animated: medium.animated ? 1 : 0,
          variants: JSON.stringify(medium.variants),
          bytes: medium.bytes,
          author_id: medium.authorId,
          created_at: medium.createdAt,
        })
        .execute();
    },

    async get(siteId: number, id: string): Promise<Medium | null> {
      const row = await db.selectFrom('media').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
      return row ? toMedium(row) : null;
    },

    async list(siteId: number): Promise<Medium[]> {
      const rows = await db.selectFrom('media').selectAll().where('site_id', '=', siteId).orderBy('created_at').orderBy('id').execute();
      return rows.map(toMedium);
    },

    async delete(siteId: number, id: string): Promise<void> {
      await db.deleteFrom('media').where('site_id', '=', siteId).where('id', '=', id).execute();
    },

    /**
     * Whether a published article in one of `rubriqueIds` shows the medium (as its
     * illustration or in its body). `path` is the medium's folder, `/media/site/id/`:
     * slugs and ids hold no LIKE wildcard. Asked with the viewer's readable rubriques,
     * so the answer never involves content the viewer may not read.
     */
    async usedByPublishedArticle(siteId: number, path: string, rubriqueIds: number[], now: Date): Promise<boolean> {
      if (rubriqueIds.length === 0) return false;
      const pattern = `%${path}%`;
      const row = await db
        .selectFrom('articles')
        .select('seq')
        .where('site_id', '=', siteId)
        .where('rubrique_id', 'in', rubriqueIds)
        .where('status', '=', 'published')
        .where('published_at', '<=', now.toISOString())
        .where((eb) => eb.or([eb('illustration', 'like', pattern), eb('body', 'like', pattern)]))
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
