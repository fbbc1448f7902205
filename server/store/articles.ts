import { sql, type Kysely, type Selectable } from 'kysely';
import type { ArticleStatus, IllustrationInput } from '../../contract/vocabulary.ts';
import type { ArticlesTable, Database } from './schema.ts';

export interface Article {
  id: string;
  rubriqueId: number;
  title: string;
  summary: string;
  /** Sanitized HTML. */
  body: string;
  status: ArticleStatus;
  publishedAt: string;
  updatedAt: string;
  activityAt: string;
  authorId: number | null;
  illustration: IllustrationInput | null;
}

export type NewArticle = Omit<Article, 'activityAt'>;
/** What a feed shows: everything but the body, which can be large. */
export type ArticleSummary = Omit<Article, 'body'>;
/** An authoring list's line: the summary and its author's name. */
export type AuthoringArticle = ArticleSummary & { authorName: string | null };

/**
 * A modérateur's sending back of an article (« Renvoyer à l'auteur »): its message
 * (null when none was given), when, and who (null once the account is gone).
 */
export interface ReviewNote {
  message: string | null;
  at: string;
  byId: number | null;
}

/**
 * What one viewer may see in the authoring lists, as a query: every article but
 * others' drafts in the rubriques in `any` (where they moderate), and their own in the
 * rubriques in `own`.
 */
export interface AuthoringScope {
  any: number[];
  own: number[];
  authorId: number;
}

/**
 * Where an article stands in feeds: its publication, or its last update when that is
 * later (an update of a published article moves it back to the top).
 */
export const activityOf = (a: { publishedAt: string; updatedAt: string }) =>
  a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt;

/** An article's row as the queries below select it (the review note is read on its own, see reviewNotes). */
type ArticleRow = Omit<Selectable<ArticlesTable>, 'review_note' | 'review_note_at' | 'review_note_by'>;

const toSummary = (row: Omit<ArticleRow, 'body'>): ArticleSummary => ({
  id: row.id,
  rubriqueId: row.rubrique_id,
  title: row.title,
  summary: row.summary,
  status: row.status as ArticleStatus,
  publishedAt: row.published_at,
  updatedAt: row.updated_at,
  activityAt: row.activity_at,
  authorId: row.author_id,
  illustration: row.illustration ? (JSON.parse(row.illustration) as IllustrationInput) : null,
});
const toArticle = (row: ArticleRow): Article => ({ ...toSummary(row), body: row.body });

/**
 * French capitals that SQLite's lower() leaves alone (it folds ASCII only); folded here
 * so a search for « école » finds « École » on both databases (PostgreSQL's lower()
 * already folds them: the replacements are then no-ops).
 */
const accentedCapitals = [...'ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ'];
/** The title in lower case, as a SQL expression both databases read alike. */
const foldedTitle = () =>
  accentedCapitals.reduce(
    (expr, capital) => sql<string>`replace(${expr}, ${sql.lit(capital)}, ${sql.lit(capital.toLowerCase())})`,
    sql<string>`lower(${sql.ref('articles.title')})`,
  );
/** A LIKE pattern finding `needle` anywhere, its own wildcards taken literally (escaped with `\`). */
export const containsPattern = (needle: string) => `%${needle.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Newest activity first; equal instants by id, so every store orders alike. */
const byActivity = (a: ArticleSummary, b: ArticleSummary) =>
  a.activityAt < b.activityAt ? 1 : a.activityAt > b.activityAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/** An article's columns as written, insert or update alike (its feed place from its dates). */
const rowOf = (a: NewArticle) => ({
  rubrique_id: a.rubriqueId,
  title: a.title,
  summary: a.summary,
  body: a.body,
  status: a.status,
  published_at: a.publishedAt,
  updated_at: a.updatedAt,
  activity_at: activityOf(a),
  author_id: a.authorId,
  illustration: a.illustration ? JSON.stringify(a.illustration) : null,
});

export function articleStore(db: Kysely<Database>) {
  const summaryColumns = ['seq', 'site_id', 'id', 'rubrique_id', 'title', 'summary', 'status', 'published_at', 'updated_at', 'activity_at', 'author_id', 'illustration'] as const;
  const columns = [...summaryColumns, 'body'] as const;
  return {
    async insertMany(siteId: number, articles: NewArticle[]): Promise<void> {
      // Chunked: SQLite caps bound parameters per statement.
      for (let i = 0; i < articles.length; i += 500) {
        await db
          .insertInto('articles')
          .values(
            articles.slice(i, i + 500).map((a) => ({ site_id: siteId, id: a.id, ...rowOf(a) })),
          )
          .execute();
      }
    },

    /**
     * The `max` most recently active published articles of these rubriques, visible at
     * `now`. One query per rubrique, each walking the `articles_feed` index from its
     * newest end and stopping after `max` rows: the cost follows the page size, never
     * the number of articles.
     */
    async latestPublished(rubriqueIds: number[], max: number, now: Date): Promise<ArticleSummary[]> {
      const at = now.toISOString();
      const perRubrique = await Promise.all(
        rubriqueIds.map((rubriqueId) =>
          db
            .selectFrom('articles')
            .select(summaryColumns)
            .where('rubrique_id', '=', rubriqueId)
            .where('status', '=', 'published')
            .where('published_at', '<=', at)
            .orderBy('activity_at', 'desc')
            .orderBy('id', 'desc')
            .limit(max)
            .execute(),
        ),
      );
      return perRubrique.flat().map(toSummary).sort(byActivity).slice(0, max);
    },

    /**
     * When the site's next scheduled article becomes visible (its `published_at` after
     * `now`), or null when none is scheduled: until then, what readers see of the
     * site's articles changes only on a write. One seek in `articles_scheduled`.
     */
    async nextPublication(siteId: number, now: Date): Promise<string | null> {
      const row = await db
        .selectFrom('articles')
        .select('published_at')
        .where('site_id', '=', siteId)
        .where('status', '=', 'published')
        .where('published_at', '>', now.toISOString())
        .orderBy('published_at')
        .limit(1)
        .executeTakeFirst();
      return row?.published_at ?? null;
    },

    /** Published articles among `ids` that live in one of `rubriqueIds`, in no particular order. */
    async publishedByIds(siteId: number, ids: string[], rubriqueIds: number[], now: Date): Promise<Article[]> {
      if (ids.length === 0 || rubriqueIds.length === 0) return [];
      const rows = await db
        .selectFrom('articles')
        .select(columns)
        .where('site_id', '=', siteId)
        .where('id', 'in', ids)
        .where('rubrique_id', 'in', rubriqueIds)
        .where('status', '=', 'published')
        .where('published_at', '<=', now.toISOString())
        .execute();
      return rows.map(toArticle);
    },

    /** Replaces a body by its cleaned form (sanitizer upgrades); activity is unchanged. */
    async setBody(siteId: number, id: string, body: string): Promise<void> {
      await db.updateTable('articles').set({ body }).where('site_id', '=', siteId).where('id', '=', id).execute();
    },

    async create(siteId: number, article: NewArticle): Promise<void> {
      await this.insertMany(siteId, [article]);
    },

    /** One article in any state, only when it lies in one of `rubriqueIds` (the viewer's readable set). */
    async inRubriques(siteId: number, id: string, rubriqueIds: number[]): Promise<Article | null> {
      if (rubriqueIds.length === 0) return null;
      const row = await db
        .selectFrom('articles')
        .select(columns)
        .where('site_id', '=', siteId)
        .where('id', '=', id)
        .where('rubrique_id', 'in', rubriqueIds)
        .executeTakeFirst();
      return row ? toArticle(row) : null;
    },

    /** Writes every field of an existing article; its place in feeds follows from its dates. */
    async save(siteId: number, a: NewArticle): Promise<void> {
      await db
        .updateTable('articles')
        .set(rowOf(a))
        .where('site_id', '=', siteId)
        .where('id', '=', a.id)
        .execute();
    },

    async delete(siteId: number, id: string): Promise<void> {
      await db.deleteFrom('articles').where('site_id', '=', siteId).where('id', '=', id).execute();
    },

    /** The authoring list: inside `scope` only, latest change first. */
    async authoring(
      siteId: number,
      scope: AuthoringScope,
      filter: { rubriqueId?: number; status?: ArticleStatus; mine?: boolean; q?: string; limit: number },
    ): Promise<AuthoringArticle[]> {
      if (scope.any.length === 0 && scope.own.length === 0) return [];
      let query = db
        .selectFrom('articles')
        .leftJoin('users', 'users.id', 'articles.author_id')
        .select(summaryColumns.map((c) => `articles.${c}` as const))
        .select('users.display_name as author_name')
        .where('articles.site_id', '=', siteId)
        .where((eb) =>
          eb.or([
            // Others' drafts stay theirs (imported ones without an author excepted).
            ...(scope.any.length
              ? [
                  eb.and([
                    eb('articles.rubrique_id', 'in', scope.any),
                    eb.or([eb('articles.status', '!=', 'draft'), eb('articles.author_id', 'is', null), eb('articles.author_id', '=', scope.authorId)]),
                  ]),
                ]
              : []),
            ...(scope.own.length ? [eb.and([eb('articles.rubrique_id', 'in', scope.own), eb('articles.author_id', '=', scope.authorId)])] : []),
          ]),
        );
      if (filter.rubriqueId !== undefined) query = query.where('articles.rubrique_id', '=', filter.rubriqueId);
      if (filter.status !== undefined) query = query.where('articles.status', '=', filter.status);
      if (filter.mine) query = query.where('articles.author_id', '=', scope.authorId);
      // The escape character is named: PostgreSQL has one by default, SQLite none.
      if (filter.q) query = query.where(sql<boolean>`${foldedTitle()} like ${containsPattern(filter.q)} escape '\\'`);
      const rows = await query.orderBy('articles.updated_at', 'desc').orderBy('articles.id', 'desc').limit(filter.limit).execute();
      return rows.map((row) => ({ ...toSummary(row), authorName: row.author_name }));
    },

    /** The moderation queue: pending articles of these rubriques, the longest waiting first. */
    async pending(siteId: number, rubriqueIds: number[], limit: number): Promise<AuthoringArticle[]> {
      if (rubriqueIds.length === 0) return [];
      const rows = await db
        .selectFrom('articles')
        .leftJoin('users', 'users.id', 'articles.author_id')
        .select(summaryColumns.map((c) => `articles.${c}` as const))
        .select('users.display_name as author_name')
        .where('articles.site_id', '=', siteId)
        .where('articles.rubrique_id', 'in', rubriqueIds)
        .where('articles.status', '=', 'pending')
        .orderBy('articles.updated_at', 'asc')
        .orderBy('articles.id', 'asc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ ...toSummary(row), authorName: row.author_name }));
    },

    /** The review notes of these articles that have one, by article id. */
    async reviewNotes(siteId: number, ids: string[]): Promise<Map<string, ReviewNote>> {
      const notes = new Map<string, ReviewNote>();
      // Chunked: SQLite caps bound parameters per statement.
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db
          .selectFrom('articles')
          .select(['id', 'review_note', 'review_note_at', 'review_note_by'])
          .where('site_id', '=', siteId)
          .where('id', 'in', ids.slice(i, i + 500))
          .where('review_note_at', 'is not', null)
          .execute();
        for (const row of rows) notes.set(row.id, { message: row.review_note, at: row.review_note_at!, byId: row.review_note_by });
      }
      return notes;
    },

    /** Sets (on sending back) or clears (null: submitted again, published) an article's review note. */
    async setReviewNote(siteId: number, id: string, note: ReviewNote | null): Promise<void> {
      await db
        .updateTable('articles')
        .set({ review_note: note?.message ?? null, review_note_at: note?.at ?? null, review_note_by: note?.byId ?? null })
        .where('site_id', '=', siteId)
        .where('id', '=', id)
        .execute();
    },

    /** How many articles, in any state, live in these rubriques (what deleting them takes along). */
    async countInRubriques(siteId: number, rubriqueIds: number[]): Promise<number> {
      if (rubriqueIds.length === 0) return 0;
      const row = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
        .where('site_id', '=', siteId)
        .where('rubrique_id', 'in', rubriqueIds)
        .executeTakeFirstOrThrow();
      // PostgreSQL's count is a bigint, which pg hands over as a string.
      return Number(row.n);
    },

    async list(siteId: number): Promise<Article[]> {
      const rows = await db.selectFrom('articles').select(columns).where('site_id', '=', siteId).orderBy('seq').execute();
      return rows.map(toArticle);
    },
  };
}
