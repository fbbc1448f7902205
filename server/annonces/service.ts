/**
 * The write path of annonces: who may write them (site admins, and `personnel` whose
 * fonction the site allows to communicate), turning what an author sends into rows
 * (groups by slug, a link to an article of the site, sanitized text), queuing e-mails,
 * and read receipts.
 */
import type { Viewer } from '../access/viewer.ts';
import { memberContext, isSiteAdmin, type MemberContext } from '../authoring/actor.ts';
import type { ReadingDeps } from '../reading/context.ts';
import type { Annonce, NewAnnonce, StoredTarget } from '../store/annonces.ts';
import type { Group, Store, User } from '../store/index.ts';
import { htmlProblem, type Sanitize } from '../content/sanitize.ts';
import type { ContentChanges } from '../freshness/changes.ts';
import type { Mailer } from './mail.ts';
import { annonceInput, isExternalLink, type AnnonceInput, type ManagedAnnonce } from '../../contract/annonces.ts';
import { frenchErrors } from '../../contract/french-errors.ts';
import { fieldsOf, forbidden, invalid, notFound } from '../errors.ts';
import { dayStart, today } from './window.ts';
import { targetsOut, toManaged } from './wire.ts';

export interface AnnonceDeps extends ReadingDeps {
  sanitize: Sanitize;
  changes: ContentChanges;
  mailer?: Mailer;
}

export type Manager = MemberContext & { isAdmin: boolean };

/** A member of the site who may write annonces; 401/403/404 otherwise. */
export async function managerContext(deps: ReadingDeps, siteSlug: string, viewer: Viewer): Promise<Manager> {
  const ctx = await memberContext(deps, siteSlug, viewer);
  if (isSiteAdmin(ctx)) return { ...ctx, isAdmin: true };
  const { profile, fonction } = ctx.viewer;
  if (profile === 'personnel' && fonction && (await ctx.store.annonces.fonctions(ctx.site.id)).includes(fonction)) {
    return { ...ctx, isAdmin: false };
  }
  throw forbidden("Réservé aux administrateurs et aux personnels autorisés à communiquer.");
}

/** An annonce this manager may change: admins any, others their own; 404 when absent. */
async function ownAnnonce(ctx: Manager, rawId: string): Promise<Annonce> {
  const id = annonceId(rawId);
  const annonce = id === null ? null : await ctx.store.annonces.byId(ctx.site.id, id);
  if (!annonce) throw notFound('Annonce introuvable.');
  if (!ctx.isAdmin && annonce.authorId !== ctx.viewer.id) throw forbidden("Seul l'auteur de cette annonce ou un administrateur peut la modifier.");
  return annonce;
}

export const annonceId = (raw: string) => (/^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null);

/** What an author sent, checked against the site (groups, linked article) and cleaned. */
async function toNewAnnonce(deps: AnnonceDeps, ctx: MemberContext, input: AnnonceInput, authorId: number | null): Promise<NewAnnonce> {
  const fields: Record<string, string> = {};
  const groups = await ctx.store.users.groups(ctx.site.id);
  const groupId = new Map(groups.map((g) => [g.slug, g.id]));
  const targets: StoredTarget[] = input.targets.map((t, i) => {
    if (t.group !== undefined && !groupId.has(t.group)) fields[`targets[${i}].group`] = `groupe inconnu « ${t.group} »`;
    return { profile: t.profile ?? null, niveau: t.niveau ?? null, fonction: t.fonction ?? null, groupId: t.group === undefined ? null : (groupId.get(t.group) ?? null) };
  });
  const link = input.link || null;
  if (link && !isExternalLink(link)) {
    const everyRubrique = ctx.rubriques.map((r) => r.id);
    const [article] = await ctx.store.articles.publishedByIds(ctx.site.id, [link], everyRubrique, ctx.now);
    if (!article) fields.link = `article publié inconnu « ${link} »`;
  }
  const bodyProblem = htmlProblem(input.body);
  if (bodyProblem) fields.body = bodyProblem;
  if (input.email && !deps.mailer) fields.email = "l'envoi par e-mail n'est pas configuré sur ce serveur";
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return {
    kind: input.kind,
    title: input.title,
    body: deps.sanitize(input.body, { peertubeHosts: ctx.site.peertubeHosts }),
    link,
    illustration: input.illustration ?? null,
    start: input.start,
    end: input.end,
    email: input.email,
    authorId,
    targets,
  };
}

/** E-mails leave when the window opens (at once when it is already open). */
async function queueEmails(deps: AnnonceDeps, store: Store, annonce: Annonce): Promise<void> {
  if (!annonce.email || !deps.mailer) return;
  const now = deps.now();
  const opens = dayStart(annonce.start, deps.timeZone);
  await store.annonces.queueEmails(annonce.siteId, annonce.id, opens > now ? opens : now);
}

async function managed(ctx: MemberContext, annonce: Annonce, groups?: Group[], authors = new Map<number, User | null>()): Promise<ManagedAnnonce> {
  const store = ctx.store;
  let author: User | null = null;
  if (annonce.authorId !== null) {
    if (!authors.has(annonce.authorId)) authors.set(annonce.authorId, await store.users.byId(annonce.authorId));
    author = authors.get(annonce.authorId) ?? null;
  }
  const [targeted, read] = await Promise.all([store.annonces.targetedCount(ctx.site.id, annonce.id), store.annonces.readCount(annonce.id)]);
  return toManaged(annonce, groups ?? (await store.users.groups(ctx.site.id)), author, { targeted, read });
}

export async function listAnnonces(deps: AnnonceDeps, ctx: Manager) {
  const annonces = await ctx.store.annonces.list(ctx.site.id, ctx.isAdmin ? undefined : ctx.viewer.id);
  const groups = await ctx.store.users.groups(ctx.site.id);
  const authors = new Map<number, User | null>();
  const out: ManagedAnnonce[] = [];
  for (const annonce of annonces) out.push(await managed(ctx, annonce, groups, authors));
  return { emailAvailable: deps.mailer !== undefined, fonctions: await ctx.store.annonces.fonctions(ctx.site.id), annonces: out };
}

export async function createAnnonce(deps: AnnonceDeps, ctx: Manager, input: AnnonceInput): Promise<ManagedAnnonce> {
  const row = await toNewAnnonce(deps, ctx, input, ctx.viewer.id);
  const annonce = await ctx.store.transaction(async (tx) => {
    const created = await tx.annonces.create(ctx.site.id, row, deps.now());
    await queueEmails(deps, tx, created);
    return created;
  });
  deps.changes.changed(ctx.site.id);
  return managed(ctx, annonce);
}

export async function updateAnnonce(deps: AnnonceDeps, ctx: Manager, rawId: string, patch: Partial<AnnonceInput>): Promise<ManagedAnnonce> {
  const existing = await ownAnnonce(ctx, rawId);
  const groups = await ctx.store.users.groups(ctx.site.id);
  const current: AnnonceInput = {
    kind: existing.kind,
    title: existing.title,
    body: existing.body,
    link: existing.link,
    illustration: existing.illustration,
    start: existing.start,
    end: existing.end,
    targets: targetsOut(existing, groups),
    email: existing.email,
  };
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const merged = annonceInput.safeParse({ ...current, ...defined }, { error: frenchErrors });
  if (!merged.success) throw invalid(fieldsOf(merged.error.issues, 'body'));
  const row = await toNewAnnonce(deps, ctx, merged.data, existing.authorId);
  const annonce = await ctx.store.transaction(async (tx) => {
    const updated = (await tx.annonces.update(ctx.site.id, existing.id, row, deps.now()))!;
    await queueEmails(deps, tx, updated);
    return updated;
  });
  deps.changes.changed(ctx.site.id);
  return managed(ctx, annonce, groups);
}

export async function deleteAnnonce(deps: AnnonceDeps, ctx: Manager, rawId: string): Promise<void> {
  const existing = await ownAnnonce(ctx, rawId);
  await ctx.store.annonces.delete(ctx.site.id, existing.id);
  deps.changes.changed(ctx.site.id);
}

/**
 * The viewer marks an annonce read: only one shown to them today (404 otherwise, as
 * for one that does not exist). A second click changes nothing.
 */
export async function markRead(deps: AnnonceDeps, siteSlug: string, viewer: Viewer): Promise<(rawId: string) => Promise<void>> {
  const ctx = await memberContext(deps, siteSlug, viewer);
  return async (rawId) => {
    const id = annonceId(rawId);
    const day = today(ctx.now, ctx.timeZone);
    if (id === null || !(await ctx.store.annonces.isCurrentFor(ctx.site.id, id, ctx.viewer, day))) throw notFound('Annonce introuvable.');
    await ctx.store.annonces.markRead(id, ctx.viewer.id, deps.now());
  };
}

export async function setFonctions(deps: AnnonceDeps, ctx: MemberContext, fonctions: string[]): Promise<string[]> {
  await ctx.store.annonces.setFonctions(ctx.site.id, fonctions);
  deps.changes.changed(ctx.site.id);
  return ctx.store.annonces.fonctions(ctx.site.id);
}
