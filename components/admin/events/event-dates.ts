/**
 * An event's dates between the form and the API (docs/authoring.md): an all-day event
 * is its days (`YYYY-MM-DD`, stored at midnight UTC, `end` inclusive); a timed one is
 * two instants, typed as the Paris wall clock and sent with Paris's offset.
 */
import { isoToParisLocal, parisLocalToIso } from '../core/paris-time.ts';

export interface EventDates {
  allDay: boolean;
  /** `YYYY-MM-DD` when all day, else a datetime-local value (`YYYY-MM-DDTHH:MM`). */
  start: string;
  end: string;
}

/** The form's values for an event as the API gives it. */
export function formDates(event: { start: string; end: string; allDay: boolean }): EventDates {
  return event.allDay
    ? { allDay: true, start: event.start.slice(0, 10), end: event.end.slice(0, 10) }
    : { allDay: false, start: isoToParisLocal(event.start), end: isoToParisLocal(event.end) };
}

/** Switching « Toute la journée »: the days are kept; a timed day runs 9:00–17:00 until changed. */
export function toggleAllDay(dates: EventDates, allDay: boolean): EventDates {
  if (allDay === dates.allDay) return dates;
  if (allDay) return { allDay, start: dates.start.slice(0, 10), end: dates.end.slice(0, 10) };
  return {
    allDay,
    start: dates.start ? `${dates.start.slice(0, 10)}T09:00` : '',
    end: dates.end ? `${dates.end.slice(0, 10)}T17:00` : '',
  };
}

/** The API's `start`/`end`: the days as they are, or instants with Paris's offset. */
export function apiDates(dates: EventDates): { start: string; end: string; allDay: boolean } {
  if (dates.allDay) return { allDay: true, start: dates.start, end: dates.end };
  return { allDay: false, start: parisLocalToIso(dates.start) ?? '', end: parisLocalToIso(dates.end) ?? '' };
}

/** The form's own checks, named by field as the server would (`start`, `end`). */
export function datesProblems(dates: EventDates): Record<string, string> {
  const problems: Record<string, string> = {};
  const shape = dates.allDay ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
  if (!shape.test(dates.start)) problems.start = 'Indiquez le début.';
  if (!shape.test(dates.end)) problems.end = 'Indiquez la fin.';
  // Same shapes on both sides: the strings compare as the dates do.
  if (!problems.start && !problems.end && dates.end < dates.start) problems.end = 'La fin précède le début.';
  return problems;
}
