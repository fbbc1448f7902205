/**
 * Publication windows are calendar days in the schools' time zone: an annonce from
 * 2026-10-24 to 2026-10-25 shows from midnight on the 24th to midnight ending the 25th,
 * Paris time, whatever the UTC offset does in between (summer time ends that night).
 */
import { localDate } from '../reading/dates.ts';

/** The calendar day at `now` in `timeZone`: what a window is compared with. */
export const today = (now: Date, timeZone: string) => localDate(now, timeZone);

/** Offset of `timeZone` from UTC at `instant`, in minutes (Paris: 60 or 120). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0; // "GMT": UTC itself.
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant midnight starts `day` (YYYY-MM-DD) in `timeZone`. */
export function dayStart(day: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  let instant = utcMidnight - offsetMinutes(new Date(utcMidnight), timeZone) * 60_000;
  // The offset at local midnight may differ from the one at UTC midnight (a change
  // between the two): look again at the instant found.
  instant = utcMidnight - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** Whether a window is open on `day`. */
export const isOpenOn = (window: { start: string; end: string }, day: string) => window.start <= day && day <= window.end;
