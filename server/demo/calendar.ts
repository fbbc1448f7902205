/**
 * The school calendar the demo lives in: days in Paris time, school holidays, French
 * date words. Everything is computed from the `now` given to the demo, so the content
 * stays fresh whatever the day the demo is seeded.
 *
 * A `Day` is a calendar day counted from 1970-01-01 (Paris calendar); it keeps date
 * arithmetic free of time zones until the last step (`parisTime`, `dayStartUtc`).
 */

export type Day = number;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The last Sunday of a month (0-based), as a Day. */
function lastSunday(year: number, month: number): Day {
  const lastOfMonth = Math.floor(Date.UTC(year, month + 1, 0) / DAY_MS);
  return lastOfMonth - weekday(lastOfMonth);
}

/**
 * Europe/Paris offset from UTC, in hours, at a UTC instant. Summer time runs from the
 * last Sunday of March to the last Sunday of October, switching at 01:00 UTC (EU rule),
 * so no time-zone database is needed and the demo is the same on every machine.
 */
export function parisOffsetHours(instant: Date): number {
  const year = instant.getUTCFullYear();
  const t = instant.getTime();
  const summerStart = lastSunday(year, 2) * DAY_MS + HOUR_MS;
  const summerEnd = lastSunday(year, 9) * DAY_MS + HOUR_MS;
  return t >= summerStart && t < summerEnd ? 2 : 1;
}

/** The Paris calendar day an instant falls on. */
export function parisDay(instant: Date): Day {
  return Math.floor((instant.getTime() + parisOffsetHours(instant) * HOUR_MS) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function dayOf(year: number, month: number, date: number): Day {
  return Math.floor(Date.UTC(year, month - 1, date) / DAY_MS);
}

export function monthOf(day: Day): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}

/** A wall-clock time in Paris ("17:30") on a day, as a UTC instant. */
export function parisTime(day: Day, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  const local = day * DAY_MS + h * HOUR_MS + m * 60_000;
  // The offset at that local time, read two hours earlier in UTC: school hours are far
  // from the 01:00 UTC switch, so this is exact for every time the demo uses.
  const offset = parisOffsetHours(new Date(local - 2 * HOUR_MS));
  return new Date(local - offset * HOUR_MS);
}

/** Midnight UTC of a day: how all-day events are stored (see contract/items.ts). */
export function dayStartUtc(day: Day): Date {
  return new Date(day * DAY_MS);
}

const weekdayNames = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const monthNames = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/** "lundi 4 janvier" (or "4 janvier" without the weekday); "1er" for the first day. */
export function frenchDate(day: Day, withWeekday = true): string {
  const d = new Date(day * DAY_MS);
  const date = d.getUTCDate();
  const text = `${date === 1 ? '1er' : date} ${monthNames[d.getUTCMonth()]}`;
  return withWeekday ? `${weekdayNames[weekday(day)]} ${text}` : text;
}

export interface Holiday {
  key: string;
  title: string;
  /** First day off (a Saturday) and last day off (a Sunday). */
  first: Day;
  last: Day;
}

/** The first Saturday on or after a date. */
function saturdayFrom(year: number, month: number, date: number): Day {
  const day = dayOf(year, month, date);
  return day + ((6 - weekday(day) + 7) % 7);
}

/**
 * School holidays of the school year starting in September of `year`. Dates follow the
 * usual pattern of the national calendar (two weeks at Toussaint and Christmas, winter
 * and spring breaks of zone C); close enough for a demo, not an official calendar.
 */
function holidaysOfSchoolYear(year: number): Holiday[] {
  const fortnight = (key: string, title: string, first: Day): Holiday => ({ key: `${key}-${year}`, title, first, last: first + 15 });
  const summerFirst = saturdayFrom(year + 1, 7, 4);
  return [
    fortnight('toussaint', 'Vacances de la Toussaint', saturdayFrom(year, 10, 17)),
    fortnight('noel', 'Vacances de Noël', saturdayFrom(year, 12, 17)),
    fortnight('hiver', "Vacances d'hiver", saturdayFrom(year + 1, 2, 14)),
    fortnight('printemps', 'Vacances de printemps', saturdayFrom(year + 1, 4, 11)),
    { key: `ete-${year + 1}`, title: "Vacances d'été", first: summerFirst, last: dayOf(year + 1, 8, 31) },
  ];
}

/** Every holiday that overlaps [from, to]. */
export function holidaysBetween(from: Day, to: Day): Holiday[] {
  const firstYear = new Date(from * DAY_MS).getUTCFullYear() - 1;
  const lastYear = new Date(to * DAY_MS).getUTCFullYear();
  const all: Holiday[] = [];
  for (let y = firstYear; y <= lastYear; y++) all.push(...holidaysOfSchoolYear(y));
  return all.filter((h) => h.last >= from && h.first <= to);
}

export class SchoolCalendar {
  private readonly holidays: Holiday[];

  constructor(readonly today: Day) {
    this.holidays = holidaysBetween(today - 400, today + 400);
  }

  holidayAt(day: Day): Holiday | undefined {
    return this.holidays.find((h) => day >= h.first && day <= h.last);
  }

  isHoliday(day: Day): boolean {
    return this.holidayAt(day) !== undefined;
  }

  /** School days from `from` to `to` included, oldest first. */
  schoolDaysBetween(from: Day, to: Day): Day[] {
    const days: Day[] = [];
    for (let d = from; d <= to; d++) if (this.isSchoolDay(d)) days.push(d);
    return days;
  }

  /** A weekday (Monday to Friday) outside the holidays. */
  isSchoolDay(day: Day): boolean {
    const w = weekday(day);
    return w >= 1 && w <= 5 && !this.isHoliday(day);
  }

  /**
   * The nearest day from `day` that passes `accept`, looking forwards (or backwards):
   * a meeting planned on a Sunday or during the holidays moves to the next school day.
   */
  nearest(day: Day, accept: (d: Day) => boolean, backwards = false): Day {
    for (let i = 0; i < 60; i++) {
      const d = backwards ? day - i : day + i;
      if (accept(d)) return d;
    }
    return day;
  }

  holidaysBetween(from: Day, to: Day): Holiday[] {
    return this.holidays.filter((h) => h.last >= from && h.first <= to);
  }
}
