import type { Kysely, Selectable } from 'kysely';
import type { Database, EventsTable } from './schema.ts';

export interface AgendaEvent {
  id: string;
  rubriqueId: number;
  title: string;
  summary: string;
  location: string;
  start: string;
  end: string;
  allDay: boolean;
  /** Who wrote it; absent or null for imported events without one. */
  authorId?: number | null;
}

/** The fields an author sets (the rest is the store's). */
export type EventFields = Omit<AgendaEvent, 'id' | 'authorId'>;

const toEvent = (row: Selectable<EventsTable>): AgendaEvent => ({
  id: row.id,
  rubriqueId: row.rubrique_id,
  title: row.title,
  summary: row.summary,
  location: row.location,
  start: row.start_at,
  end: row.end_at,
  allDay: row.all_day === 1,
  authorId: row.author_id,
});

/** Soonest first; equal starts by id. */
const byStart = (a: AgendaEvent, b: AgendaEvent) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function eventStore(db: Kysely<Database>) {
  return {
    async insertMany(siteId: number, events: AgendaEvent[]): Promise<void> {
      for (let i = 0; i < events.length; i += 500) {
        await db
          .insertInto('events')
          .values(
            events.slice(i, i + 500).map((e) => ({
              site_id: siteId,
              id: e.id,
              rubrique_id: e.rubriqueId,
              title: e.title,
              summary: e.summary,
              location: e.location,
              start_at: e.start,
              end_at: e.end,
              all_day: e.allDay ? 1 : 0,
              author_id: e.authorId ?? null,
            })),
          )
          .execute();
      }
    },

    /**
     * The `max` soonest events of these rubriques that have not ended: a timed event
     * until its end instant, an all-day event (dated at midnight UTC of its days) until
     * the end of its last day where the school is, `today` being that local date.
     * The index narrows to events ending from about now on; upcoming events of one
     * rubrique are few, so ordering them by start is cheap.
     */
    async upcoming(rubriqueIds: number[], max: number, now: Date, today: string): Promise<AgendaEvent[]> {
      const at = now.toISOString();
      const day = `${today}T00:00:00.000Z`;
      const perRubrique = await Promise.all(
        rubriqueIds.map((rubriqueId) =>
          db
            .selectFrom('events')
            .selectAll()
            .where('rubrique_id', '=', rubriqueId)
            .where('end_at', '>=', at < day ? at : day)
            .where((eb) =>
              eb.or([
                eb.and([eb('all_day', '=', 0), eb('end_at', '>=', at)]),
                eb.and([eb('all_day', '=', 1), eb('end_at', '>=', day)]),
              ]),
            )
            .orderBy('start_at')
            .orderBy('id')
            .limit(max)
            .execute(),
        ),
      );
      return perRubrique.flat().map(toEvent).sort(byStart).slice(0, max);
    },

    /** One event, only when it lies in one of `rubriqueIds` (the viewer's readable set). */
    async readableById(siteId: number, id: string, rubriqueIds: number[]): Promise<AgendaEvent | null> {
      if (rubriqueIds.length === 0) return null;
      const row = await db
        .selectFrom('events')
        .selectAll()
        .where('site_id', '=', siteId)
        .where('id', '=', id)
        .where('rubrique_id', 'in', rubriqueIds)
        .executeTakeFirst();
      return row ? toEvent(row) : null;
    },

    async update(siteId: number, id: string, fields: EventFields): Promise<void> {
      await db
        .updateTable('events')
        .set({
          rubrique_id: fields.rubriqueId,
          title: fields.title,
          summary: fields.summary,
          location: fields.location,
          start_at: fields.start,
          end_at: fields.end,
          all_day: fields.allDay ? 1 : 0,
        })
        .where('site_id', '=', siteId)
        .where('id', '=', id)
        .execute();
    },

    /**
     * The events one viewer may edit: any in the rubriques of `scope.any`, their own in
     * those of `scope.own`. With `from` (an instant in UTC), those not ended then, soonest
     * first: an all-day event counts until the end of its last day, the UTC date of
     * `from` (at worst an hour or two early or late in France: one event more or less in
     * an editor's list, never in a reader's); without, all of them, latest start first.
     */
    async authoring(
      siteId: number,
      scope: { any: number[]; own: number[]; authorId: number },
      filter: { rubriqueId?: number; mine?: boolean; from?: string; limit: number },
    ): Promise<AgendaEvent[]> {
      if (scope.any.length === 0 && scope.own.length === 0) return [];
      let query = db
        .selectFrom('events')
        .selectAll()
        .where('site_id', '=', siteId)
        .where((eb) =>
          eb.or([
            ...(scope.any.length ? [eb('rubrique_id', 'in', scope.any)] : []),
            ...(scope.own.length ? [eb.and([eb('rubrique_id', 'in', scope.own), eb('author_id', '=', scope.authorId)])] : []),
          ]),
        );
      if (filter.rubriqueId !== undefined) query = query.where('rubrique_id', '=', filter.rubriqueId);
      if (filter.mine) query = query.where('author_id', '=', scope.authorId);
      if (filter.from !== undefined) {
        const at = filter.from;
        const day = `${at.slice(0, 10)}T00:00:00.000Z`;
        query = query
          .where((eb) =>
            eb.or([eb.and([eb('all_day', '=', 0), eb('end_at', '>=', at)]), eb.and([eb('all_day', '=', 1), eb('end_at', '>=', day)])]),
          )
          .orderBy('start_at', 'asc')
          .orderBy('id', 'asc');
      }
      if (filter.from === undefined) query = query.orderBy('start_at', 'desc').orderBy('id', 'desc');
      const rows = await query.limit(filter.limit).execute();
      return rows.map(toEvent);
    },

    async delete(siteId: number, id: string): Promise<void> {
      await db.deleteFrom('events').where('site_id', '=', siteId).where('id', '=', id).execute();
    },

    /** How many events live in these rubriques (what deleting them takes along). */
    async countInRubriques(siteId: number, rubriqueIds: number[]): Promise<number> {
      if (rubriqueIds.length === 0) return 0;
      const row = await db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
        .where('site_id', '=', siteId)
        .where('rubrique_id', 'in', rubriqueIds)
        .executeTakeFirstOrThrow();
      // PostgreSQL's count is a bigint, which pg hands over as a string.
      return Number(row.n);
    },

    async list(siteId: number): Promise<AgendaEvent[]> {
      const rows = await db.selectFrom('events').selectAll().where('site_id', '=', siteId).orderBy('seq').execute();
      return rows.map(toEvent);
    },
  };
}
