/**
 * Agenda events, in rubriques whose agenda is on. Events have no workflow: a reader of
 * the rubrique sees them as soon as they are written. A rédacteur (`writeOwn`) writes
 * and edits its own, a modérateur (`publishAny`, `deleteAny`) any. Dates follow the
 * site document's rules: an offset on every date-time, all-day events by their days
 * (site-document/schema.ts).
 */
import { z } from 'zod';
import type { AgendaEvent, EventFields, Rubrique } from '../store/index.ts';
import { slug } from '../../contract/vocabulary.ts';
import { eventInstant, instant, isoText } from '../site-document/schema.ts';
import { eventUrl } from '../reading/wire.ts';
import { forbidden, invalid, notFound } from '../errors.ts';
import { listScope, type MemberContext } from './actor.ts';
import { byMember } from './audit.ts';
import { commit, type AuthoringDeps } from './commit.ts';
import type { EventJson } from '../../contract/authoring.ts';
import { authoringLimits } from '../../contract/authoring-limits.ts';
import { newId } from './ids.ts';

const title = z.string().trim().min(1, 'titre requis').max(authoringLimits.title);
const summary = z.string().max(authoringLimits.summary);
const location = z.string().max(authoringLimits.location);

export const newEventInput = z.strictObject({
  rubrique: slug,
  title,
  summary: summary.default(''),
  location: location.default(''),
  start: isoText,
  end: isoText,
  allDay: z.boolean().default(false),
});
export const eventPatchInput = z.strictObject({
  rubrique: slug.optional(),
  title: title.optional(),
  summary: summary.optional(),
  location: location.optional(),
  start: isoText.optional(),
  end: isoText.optional(),
  allDay: z.boolean().optional(),
});

export const eventListQuery = z.object({
  rubrique: slug.optional(),
  mine: z.enum(['0', '1']).optional(),
  /** Only the events not ended at this instant, soonest first (else all, latest first). */
  from: instant.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

type Subject = Pick<AgendaEvent, 'rubriqueId' | 'authorId'>;
const isOwn = (ctx: MemberContext, e: Subject) => e.authorId != null && e.authorId === ctx.viewer.id;
const mayEditIn = (ctx: MemberContext, e: Subject, rubriqueId: number) =>
  ctx.access.can(rubriqueId, 'publishAny') || (isOwn(ctx, e) && ctx.access.can(rubriqueId, 'writeOwn'));
const mayDelete = (ctx: MemberContext, e: Subject) =>
  ctx.access.can(e.rubriqueId, 'deleteAny') || (isOwn(ctx, e) && ctx.access.can(e.rubriqueId, 'deleteOwn'));

const toJson = (ctx: MemberContext, e: AgendaEvent): EventJson => ({
  id: e.id,
  rubrique: ctx.rubriques.find((r) => r.id === e.rubriqueId)?.slug ?? '',
  title: e.title,
  summary: e.summary,
  location: e.location,
  start: e.start,
  end: e.end,
  allDay: e.allDay,
  mine: isOwn(ctx, e),
  url: eventUrl(ctx.site, e.id),
  may: { edit: mayEditIn(ctx, e, e.rubriqueId), delete: mayDelete(ctx, e) },
});

/** Unknown and unreadable alike are 404; a rubrique without agenda is a 400. */
function agendaRubrique(ctx: MemberContext, rubriqueSlug: string): Rubrique {
  const rubrique = ctx.rubriques.find((r) => r.slug === rubriqueSlug);
  if (!rubrique || !ctx.access.readable.has(rubrique.id)) throw notFound(`Rubrique introuvable « ${rubriqueSlug} ».`);
  if (!rubrique.services.includes('agenda')) throw invalid({ rubrique: "cette rubrique n'a pas d'agenda" });
  return rubrique;
}

function datesOf(start: string, end: string, allDay: boolean) {
  const dates = { start: eventInstant(start, allDay), end: eventInstant(end, allDay) };
  if (dates.end < dates.start) throw invalid({ end: 'la fin précède le début' });
  return dates;
}

async function readableEvent(ctx: MemberContext, id: string): Promise<AgendaEvent> {
  const event = await ctx.store.events.readableById(ctx.site.id, id, [...ctx.access.readable]);
  if (!event) throw notFound('Événement introuvable.');
  return event;
}

const target = (id: string) => ({ kind: 'event' as const, id });

export async function createEvent(deps: AuthoringDeps, ctx: MemberContext, input: z.output<typeof newEventInput>): Promise<EventJson> {
  const rubrique = agendaRubrique(ctx, input.rubrique);
  if (!ctx.access.can(rubrique.id, 'writeOwn')) throw forbidden("Vous ne pouvez pas écrire dans l'agenda de cette rubrique.");
  const event: AgendaEvent = {
    id: newId(input.title, 'evenement'),
    rubriqueId: rubrique.id,
    title: input.title,
    summary: input.summary,
    location: input.location,
    ...datesOf(input.start, input.end, input.allDay),
    allDay: input.allDay,
    authorId: ctx.viewer.id,
  };
  return commit(deps, ctx.site.id, async (tx) => {
    await tx.events.insertMany(ctx.site.id, [event]);
    return { result: toJson(ctx, event), audit: byMember(ctx, 'event.create', target(event.id), { title: event.title, rubrique: rubrique.slug }) };
  });
}

export async function updateEvent(deps: AuthoringDeps, ctx: MemberContext, id: string, patch: z.output<typeof eventPatchInput>): Promise<EventJson> {
  const event = await readableEvent(ctx, id);
  if (!mayEditIn(ctx, event, event.rubriqueId)) throw forbidden('Vous ne pouvez pas modifier cet événement.');
  let rubriqueId = event.rubriqueId;
  if (patch.rubrique !== undefined) {
    const to = agendaRubrique(ctx, patch.rubrique);
    if (to.id !== event.rubriqueId && !mayEditIn(ctx, event, to.id)) throw forbidden('Vous ne pouvez pas déplacer cet événement dans cette rubrique.');
    rubriqueId = to.id;
  }
  const allDay = patch.allDay ?? event.allDay;
  const fields: EventFields = {
    rubriqueId,
    title: patch.title ?? event.title,
    summary: patch.summary ?? event.summary,
    location: patch.location ?? event.location,
    ...datesOf(patch.start ?? event.start, patch.end ?? event.end, allDay),
    allDay,
  };
  const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => patch[k] !== undefined);
  return commit(deps, ctx.site.id, async (tx) => {
    await tx.events.update(ctx.site.id, id, fields);
    return { result: toJson(ctx, { ...event, ...fields }), audit: byMember(ctx, 'event.update', target(id), { title: fields.title, changed }) };
  });
}

export async function deleteEvent(deps: AuthoringDeps, ctx: MemberContext, id: string): Promise<void> {
  const event = await readableEvent(ctx, id);
  if (!mayDelete(ctx, event)) throw forbidden('Vous ne pouvez pas supprimer cet événement.');
  await commit(deps, ctx.site.id, async (tx) => {
    await tx.events.delete(ctx.site.id, id);
    return { result: undefined, audit: byMember(ctx, 'event.delete', target(id), { title: event.title }) };
  });
}

/** One event with what the viewer may do with it; unreadable and missing alike are 404. */
export async function eventSource(ctx: MemberContext, id: string): Promise<EventJson> {
  return toJson(ctx, await readableEvent(ctx, id));
}

/**
 * The events editor's list: every event of the rubriques where the viewer edits any
 * (`publishAny`), their own where they write. An unknown or unreadable `rubrique`
 * filter lists nothing.
 */
export async function eventList(ctx: MemberContext, query: z.output<typeof eventListQuery>): Promise<EventJson[]> {
  const scope = listScope(ctx, 'publishAny', query.rubrique);
  if (!scope) return [];
  const { rubriqueId, ...actors } = scope;
  const rows = await ctx.store.events.authoring(
    ctx.site.id,
    actors,
    { rubriqueId, mine: query.mine === '1', from: query.from, limit: query.limit },
  );
  return rows.map((e) => toJson(ctx, e));
}
