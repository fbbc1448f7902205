/**
 * The articles' workflow, under the ENT's roles (server/access/roles.ts):
 *
 *   draft --submit--> pending --publish--> published (at `publishAt` when in the future)
 *     ^  ^                 |                   |
 *     |  +---send back-----+                   |
 *     +---------------unpublish----------------+
 *
 * - A rédacteur (`writeOwn`) writes drafts and submits them; a rédacteur-publication
 *   (`publishOwn`) publishes its own; a modérateur (`validateAny`, `publishAny`,
 *   `deleteAny`) sees the pending articles of its rubriques and publishes any.
 * - Who sees an article here: its author; the rubrique's modérateurs once it is
 *   submitted; every reader of the rubrique once it is published and due. Anyone else
 *   gets 404, exactly as for a missing article; a viewer who sees it but may not do
 *   the thing gets 403.
 * - Bodies are sanitized on write (and again on read, see reading/wire.ts).
 * - Editing the title, summary or body bumps `updatedAt`: a published article goes back
 *   to the top of the feeds (its activity), as in the ENT.
 */
import { z } from 'zod';
import type { Article, AuthoringArticle, NewArticle, Rubrique, Store } from '../store/index.ts';
import type { ReviewNote } from '../store/articles.ts';
import { articleStatuses, illustration, slug, type ArticleStatus } from '../../contract/vocabulary.ts';
import { instant } from '../site-document/schema.ts';
import { htmlProblem } from '../content/html-limits.ts';
import { articleUrl } from '../reading/wire.ts';
import { conflict, forbidden, invalid, notFound } from '../errors.ts';
import { listScope, type MemberContext } from './actor.ts';
import { byMember } from './audit.ts';
import { commit, type AuthoringDeps } from './commit.ts';
import type { ArticleMay, AuthoringArticleJson, ReviewNoteJson } from '../../contract/authoring.ts';
import { authoringLimits } from '../../contract/authoring-limits.ts';
import { newId } from './ids.ts';

const body = z.string().superRefine((html, ctx) => {
  const problem = htmlProblem(html);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const title = z.string().trim().min(1, 'titre requis').max(authoringLimits.title);
const summary = z.string().max(authoringLimits.summary);

export const newArticleInput = z.strictObject({
  rubrique: slug,
  title,
  summary: summary.default(''),
  body: body.default(''),
  illustration: illustration.nullish(),
  publishAt: instant.nullish(),
});
export const articlePatchInput = z.strictObject({
  rubrique: slug.optional(),
  title: title.optional(),
  summary: summary.optional(),
  body: body.optional(),
  illustration: illustration.nullish(),
  publishAt: instant.nullish(),
});
export const authoringListQuery = z.object({
  rubrique: slug.optional(),
  status: z.enum(articleStatuses).optional(),
  mine: z.enum(['0', '1']).optional(),
  /** Words of the title, any case (the tile editors' article picker). */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
/** A modérateur's word to the author when sending an article back. */
export const sendBackInput = z.strictObject({ message: z.string().trim().max(2000).optional() });

type Subject = Pick<Article, 'rubriqueId' | 'authorId' | 'status' | 'publishedAt'>;

const isOwn = (ctx: MemberContext, a: Subject) => a.authorId !== null && a.authorId === ctx.viewer.id;
const isDue = (ctx: MemberContext, a: Subject) => a.status === 'published' && a.publishedAt <= ctx.now.toISOString();

/**
 * A draft is its author's alone (one imported without an author, its modérateurs');
 * submitted, the rubrique's modérateurs see it too; published and due, every reader.
 */
function sees(ctx: MemberContext, a: Subject): boolean {
  if (!ctx.access.readable.has(a.rubriqueId)) return false;
  if (isOwn(ctx, a) || isDue(ctx, a)) return true;
  return ctx.access.can(a.rubriqueId, 'validateAny') && (a.status !== 'draft' || a.authorId === null);
}

/** May edit the article if it lay in `rubriqueId` (a move needs this on both rubriques). */
function mayEditIn(ctx: MemberContext, a: Subject, rubriqueId: number): boolean {
  const can = (action: Parameters<MemberContext['access']['can']>[1]) => ctx.access.can(rubriqueId, action);
  if (can('publishAny')) return true;
  return isOwn(ctx, a) && (a.status === 'published' ? can('publishOwn') : can('writeOwn'));
}

/** The rights alone, before the article's state is looked at (403 vs 409). */
const allowed = {
  edit: (ctx: MemberContext, a: Subject) => mayEditIn(ctx, a, a.rubriqueId),
  submit: (ctx: MemberContext, a: Subject) => isOwn(ctx, a) && ctx.access.can(a.rubriqueId, 'writeOwn'),
  publish: (ctx: MemberContext, a: Subject) =>
    ctx.access.can(a.rubriqueId, 'publishAny') || (isOwn(ctx, a) && ctx.access.can(a.rubriqueId, 'publishOwn')),
  unpublish: (ctx: MemberContext, a: Subject) =>
    ctx.access.can(a.rubriqueId, 'publishAny') || (isOwn(ctx, a) && ctx.access.can(a.rubriqueId, 'publishOwn')),
  // The moderation queue's refusal: whoever validates the rubrique.
  sendBack: (ctx: MemberContext, a: Subject) => ctx.access.can(a.rubriqueId, 'validateAny'),
  delete: (ctx: MemberContext, a: Subject) =>
    ctx.access.can(a.rubriqueId, 'deleteAny') || (isOwn(ctx, a) && a.status !== 'published' && ctx.access.can(a.rubriqueId, 'deleteOwn')),
};

function mayOn(ctx: MemberContext, a: Subject): ArticleMay {
  return {
    edit: allowed.edit(ctx, a),
    submit: allowed.submit(ctx, a) && a.status === 'draft',
    publish: allowed.publish(ctx, a) && a.status !== 'published',
    unpublish: allowed.unpublish(ctx, a) && a.status === 'published',
    sendBack: allowed.sendBack(ctx, a) && a.status === 'pending',
    delete: allowed.delete(ctx, a),
  };
}

/** Who reads an article's review note: its author and the rubrique's modérateurs, never its readers. */
const readsNote = (ctx: MemberContext, a: Subject) => isOwn(ctx, a) || ctx.access.can(a.rubriqueId, 'validateAny');

/**
 * The review notes of these articles that the viewer reads, by article id, with the
 * modérateurs' names. Pass the transaction's store inside one (SQLite has one connection).
 */
async function notesFor(ctx: MemberContext, store: Store, articles: (Subject & { id: string })[]): Promise<Map<string, ReviewNoteJson>> {
  const ids = articles.filter((a) => readsNote(ctx, a)).map((a) => a.id);
  const notes = ids.length ? await store.articles.reviewNotes(ctx.site.id, ids) : new Map<string, ReviewNote>();
  const names = new Map<number, string | null>();
  const out = new Map<string, ReviewNoteJson>();
  for (const [id, note] of notes) {
    let by: string | null = null;
    if (note.byId !== null) {
      if (!names.has(note.byId)) names.set(note.byId, note.byId === ctx.viewer.id ? ctx.viewer.displayName : ((await store.users.byId(note.byId))?.displayName ?? null));
      by = names.get(note.byId)!;
    }
    out.set(id, { message: note.message, at: note.at, by });
  }
  return out;
}

function toJson(
  ctx: MemberContext,
  a: Omit<Article, 'body'> & { body?: string },
  authorName: string | null,
  reviewNote: ReviewNoteJson | null = null,
): AuthoringArticleJson {
  return {
    id: a.id,
    rubrique: ctx.rubriques.find((r) => r.id === a.rubriqueId)?.slug ?? '',
    title: a.title,
    summary: a.summary,
    status: a.status,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    activityAt: a.activityAt,
    illustration: a.illustration,
    author: authorName,
    mine: isOwn(ctx, a),
    url: articleUrl(ctx.site, a.id),
    may: mayOn(ctx, a),
    reviewNote: readsNote(ctx, a) ? reviewNote : null,
    ...(a.body === undefined ? {} : { body: a.body }),
  };
}

/** A rubrique named in a request: unknown and unreadable alike are 404; no blog is a 400. */
function blogRubrique(ctx: MemberContext, rubriqueSlug: string): Rubrique {
  const rubrique = ctx.rubriques.find((r) => r.slug === rubriqueSlug);
  if (!rubrique || !ctx.access.readable.has(rubrique.id)) throw notFound(`Rubrique introuvable « ${rubriqueSlug} ».`);
  if (!rubrique.services.includes('blog')) throw invalid({ rubrique: "cette rubrique n'a pas de blog" });
  return rubrique;
}

/** Sanitized for this site; counted again, since the parser's repairs can nest deeper than the tags said. */
function cleanBody(deps: AuthoringDeps, ctx: MemberContext, html: string): string {
  const clean = deps.sanitize(html, { peertubeHosts: ctx.site.peertubeHosts });
  const problem = htmlProblem(clean);
  if (problem) throw invalid({ body: problem });
  return clean;
}

/** The article if this viewer sees it (see the header); 404 otherwise, like a missing one. */
async function seenArticle(ctx: MemberContext, id: string): Promise<Article> {
  const article = await ctx.store.articles.inRubriques(ctx.site.id, id, [...ctx.access.readable]);
  if (!article || !sees(ctx, article)) throw notFound('Article introuvable.');
  return article;
}

const authorNameOf = async (ctx: MemberContext, a: Subject) =>
  a.authorId === null ? null : a.authorId === ctx.viewer.id ? ctx.viewer.displayName : ((await ctx.store.users.byId(a.authorId))?.displayName ?? null);

const articleTarget = (a: { id: string }) => ({ kind: 'article' as const, id: a.id });

export async function createArticle(deps: AuthoringDeps, ctx: MemberContext, input: z.output<typeof newArticleInput>) {
  const rubrique = blogRubrique(ctx, input.rubrique);
  if (!ctx.access.can(rubrique.id, 'writeOwn')) throw forbidden("Vous ne pouvez pas écrire dans cette rubrique.");
  const now = ctx.now.toISOString();
  const article: NewArticle = {
    id: newId(input.title, 'article'),
    rubriqueId: rubrique.id,
    title: input.title,
    summary: input.summary,
    body: cleanBody(deps, ctx, input.body),
    status: 'draft',
    publishedAt: input.publishAt ?? now,
    updatedAt: now,
    authorId: ctx.viewer.id,
    illustration: input.illustration ?? null,
  };
  return commit(deps, ctx.site.id, async (tx) => {
    await tx.articles.create(ctx.site.id, article);
    const saved = (await tx.articles.inRubriques(ctx.site.id, article.id, [rubrique.id]))!;
    return { result: toJson(ctx, saved, ctx.viewer.displayName), audit: byMember(ctx, 'article.create', articleTarget(article), { title: article.title, rubrique: rubrique.slug }) };
  });
}

export async function updateArticle(deps: AuthoringDeps, ctx: MemberContext, id: string, patch: z.output<typeof articlePatchInput>) {
  const article = await seenArticle(ctx, id);
  if (!allowed.edit(ctx, article)) throw forbidden('Vous ne pouvez pas modifier cet article.');
  const next: NewArticle = { ...article };
  const changed: string[] = [];
  let from: string | undefined;
  if (patch.rubrique !== undefined) {
    const target = blogRubrique(ctx, patch.rubrique);
    if (target.id !== article.rubriqueId) {
      if (!mayEditIn(ctx, article, target.id)) throw forbidden('Vous ne pouvez pas déplacer cet article dans cette rubrique.');
      from = ctx.rubriques.find((r) => r.id === article.rubriqueId)?.slug;
      next.rubriqueId = target.id;
      changed.push('rubrique');
    }
  }
  const content = { title: patch.title, summary: patch.summary, body: patch.body === undefined ? undefined : cleanBody(deps, ctx, patch.body) };
  for (const key of ['title', 'summary', 'body'] as const) {
    const value = content[key];
    if (value !== undefined && value !== article[key]) {
      next[key] = value;
      changed.push(key);
    }
  }
  // A change of what readers read brings the article back to the top of the feeds.
  if (changed.some((k) => k === 'title' || k === 'summary' || k === 'body')) next.updatedAt = ctx.now.toISOString();
  if (patch.illustration !== undefined) {
    next.illustration = patch.illustration ?? null;
    changed.push('illustration');
  }
  if (patch.publishAt !== undefined) {
    const wanted = patch.publishAt ?? ctx.now.toISOString();
    if (article.status === 'published') {
      // Back-dating a published article would reorder the feeds behind the readers' backs.
      if (isDue(ctx, article)) throw invalid({ publishAt: 'article déjà paru : dépubliez-le pour changer sa date' });
      next.publishedAt = wanted > ctx.now.toISOString() ? wanted : ctx.now.toISOString();
    } else {
      next.publishedAt = wanted;
    }
    changed.push('publishAt');
  }
  // Read before the transaction: on SQLite it holds the only connection. An edit leaves the note.
  const authorName = await authorNameOf(ctx, article);
  const note = (await notesFor(ctx, ctx.store, [article])).get(id) ?? null;
  return commit(deps, ctx.site.id, async (tx) => {
    await tx.articles.save(ctx.site.id, next);
    const saved = (await tx.articles.inRubriques(ctx.site.id, id, [next.rubriqueId]))!;
    return {
      result: toJson(ctx, saved, authorName, note),
      audit: byMember(ctx, 'article.update', articleTarget(article), { title: next.title, changed, ...(from ? { from, to: patch.rubrique } : {}) }),
    };
  });
}

/** One transition of the workflow: the right, then the state, then the write. */
async function transition(
  deps: AuthoringDeps,
  ctx: MemberContext,
  id: string,
  verb: 'submit' | 'publish' | 'unpublish' | 'sendBack',
  apply: (a: Article) => NewArticle,
  detail: Record<string, unknown> = {},
  /** The review note after the move: set (send back), null (cleared), undefined (left as it is). */
  reviewNote?: ReviewNote | null,
) {
  const article = await seenArticle(ctx, id);
  if (!allowed[verb](ctx, article)) throw forbidden(refusals[verb]);
  const ok = verb === 'publish' ? article.status !== 'published' : article.status === fromStatus[verb];
  if (!ok) throw conflict(conflicts[verb], 'wrong_status');
  const next = apply(article);
  const authorName = await authorNameOf(ctx, article);
  const kept = reviewNote === undefined ? ((await notesFor(ctx, ctx.store, [article])).get(id) ?? null) : null;
  return commit(deps, ctx.site.id, async (tx) => {
    await tx.articles.save(ctx.site.id, next);
    if (reviewNote !== undefined) await tx.articles.setReviewNote(ctx.site.id, id, reviewNote);
    const saved = (await tx.articles.inRubriques(ctx.site.id, id, [next.rubriqueId]))!;
    const note = reviewNote ? { message: reviewNote.message, at: reviewNote.at, by: ctx.viewer.displayName } : kept;
    return {
      result: toJson(ctx, saved, authorName, note),
      audit: byMember(ctx, `article.${verb === 'sendBack' ? 'send-back' : verb}`, articleTarget(article), {
        title: article.title,
        ...(verb === 'publish' ? { publishedAt: next.publishedAt } : {}),
        ...detail,
      }),
    };
  });
}
/** The one state each other transition leaves from (publish leaves from any but published). */
const fromStatus = { submit: 'draft', sendBack: 'pending', unpublish: 'published' } as const;
const refusals = {
  submit: "Seul l'auteur peut soumettre son article.",
  publish: 'Vous ne pouvez pas publier cet article.',
  unpublish: 'Vous ne pouvez pas dépublier cet article.',
  sendBack: 'Seuls les modérateurs de la rubrique renvoient un article à son auteur.',
};
const conflicts = {
  submit: "Seul un brouillon peut être soumis.",
  publish: 'Cet article est déjà publié.',
  unpublish: "Cet article n'est pas publié.",
  sendBack: "Seul un article en attente de validation peut être renvoyé à son auteur.",
};

/** Draft → pending; a modérateur's note from an earlier send-back has been answered: cleared. */
export const submitArticle = (deps: AuthoringDeps, ctx: MemberContext, id: string) =>
  transition(deps, ctx, id, 'submit', (a) => ({ ...a, status: 'pending' }), {}, null);

/**
 * Published now, or at the article's `publishAt` when that is still to come. A note
 * left on a sent-back draft that a modérateur publishes as it is is moot: cleared.
 */
export const publishArticle = (deps: AuthoringDeps, ctx: MemberContext, id: string) =>
  transition(
    deps,
    ctx,
    id,
    'publish',
    (a) => {
      const now = ctx.now.toISOString();
      return { ...a, status: 'published', publishedAt: a.publishedAt > now ? a.publishedAt : now };
    },
    {},
    null,
  );

export const unpublishArticle = (deps: AuthoringDeps, ctx: MemberContext, id: string) =>
  transition(deps, ctx, id, 'unpublish', (a) => ({ ...a, status: 'draft' }));

/**
 * Pending → draft: back to its author, with the modérateur's note on the article (the
 * author reads it in « Mes articles » and the editor) and in the audit log.
 */
export const sendBackArticle = (deps: AuthoringDeps, ctx: MemberContext, id: string, input: z.output<typeof sendBackInput>) =>
  transition(
    deps,
    ctx,
    id,
    'sendBack',
    (a) => ({ ...a, status: 'draft' }),
    input.message ? { message: input.message } : {},
    { message: input.message || null, at: ctx.now.toISOString(), byId: ctx.viewer.id },
  );

export async function deleteArticle(deps: AuthoringDeps, ctx: MemberContext, id: string): Promise<void> {
  const article = await seenArticle(ctx, id);
  if (!allowed.delete(ctx, article)) throw forbidden('Vous ne pouvez pas supprimer cet article.');
  await commit(deps, ctx.site.id, async (tx) => {
    await tx.articles.delete(ctx.site.id, id);
    return { result: undefined, audit: byMember(ctx, 'article.delete', articleTarget(article), { title: article.title, status: article.status }) };
  });
}

/** One article with its body and state, for whoever sees it here (its author and modérateurs before publication). */
export async function articleSource(ctx: MemberContext, id: string): Promise<AuthoringArticleJson> {
  const article = await seenArticle(ctx, id);
  const notes = await notesFor(ctx, ctx.store, [article]);
  return toJson(ctx, article, await authorNameOf(ctx, article), notes.get(id) ?? null);
}

/** The pending articles of the rubriques where the viewer validates. */
export async function moderationQueue(ctx: MemberContext): Promise<AuthoringArticleJson[]> {
  const rubriques = [...ctx.access.readable].filter((id) => ctx.access.can(id, 'validateAny'));
  const rows = await ctx.store.articles.pending(ctx.site.id, rubriques, 500);
  const notes = await notesFor(ctx, ctx.store, rows);
  return rows.map((a: AuthoringArticle) => toJson(ctx, a, a.authorName, notes.get(a.id) ?? null));
}

/**
 * The authoring list: every article of the rubriques where the viewer moderates, and
 * their own where they write. An unknown or unreadable `rubrique` filter lists nothing.
 */
export async function authoringList(ctx: MemberContext, query: z.output<typeof authoringListQuery>): Promise<AuthoringArticleJson[]> {
  const scope = listScope(ctx, 'validateAny', query.rubrique);
  if (!scope) return [];
  const { rubriqueId, ...actors } = scope;
  const rows = await ctx.store.articles.authoring(
    ctx.site.id,
    actors,
    { rubriqueId, status: query.status, mine: query.mine === '1', q: query.q || undefined, limit: query.limit },
  );
  const notes = await notesFor(ctx, ctx.store, rows);
  return rows.map((a) => toJson(ctx, a, a.authorName, notes.get(a.id) ?? null));
}
