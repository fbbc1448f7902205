/**
 * Dates as a school community reads them: "lun. 3 mars", "il y a 2 h" for the last
 * day's news; "Mon, Mar 3", "2 hr. ago" in English. Times are shown in the viewer's
 * time zone, except all-day events, which the server sends as midnight UTC of their
 * first and last days and which are therefore formatted in UTC.
 */
import type { Lang } from './i18n.ts';
import { messagesFor } from './i18n.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formats.set(key, format);
  }
  return format;
}

function dayOptions(date: Date, now: Date, timeZone?: string): Intl.DateTimeFormatOptions {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone };
  const year = (d: Date) => dateFormat('fr', { year: 'numeric', timeZone }).format(d);
  if (year(date) !== year(now)) options.year = 'numeric';
  return options;
}

/** "lun. 3 mars" (with the year when it is not this year's). */
export function formatDay(iso: string, lang: Lang, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat(lang, dayOptions(date, now)).format(date);
}

/** A publication date: relative within the last 24 hours ("il y a 2 h"), else the day. */
export function formatPublished(iso: string, lang: Lang, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const age = now.getTime() - date.getTime();
  if (age >= -MINUTE && age < MINUTE) return messagesFor(lang).justNow;
  if (age >= MINUTE && age < DAY) {
    const relative = new Intl.RelativeTimeFormat(lang, { style: 'short', numeric: 'always' });
    return age < HOUR
      ? relative.format(-Math.floor(age / MINUTE), 'minute')
      : relative.format(-Math.floor(age / HOUR), 'hour');
  }
  return formatDay(iso, lang, now);
}

export interface EventTimes {
  start: string;
  end: string;
  allDay: boolean;
}

/**
 * An event's dates: "sam. 5 – lun. 7 déc." for all-day events,
 * "lun. 30 nov., 18:00 – 20:00" for timed ones.
 */
export function formatEvent({ start, end, allDay }: EventTimes, lang: Lang, now: Date = new Date()): string {
  const from = new Date(start);
  const to = new Date(end);
  if (Number.isNaN(from.getTime())) return '';
  const timeZone = allDay ? 'UTC' : undefined;
  const options = dayOptions(from, now, timeZone);
  if (!allDay) Object.assign(options, { hour: '2-digit', minute: '2-digit' });
  const format = dateFormat(lang, options);
  if (Number.isNaN(to.getTime()) || to.getTime() <= from.getTime()) {
    const day = format.format(from);
    return allDay ? `${day}, ${messagesFor(lang).allDay}` : day;
  }
  return format.formatRange(from, to);
}

/** Day of month and short month of an event's start, for its calendar badge. */
export function eventBadge({ start, allDay }: EventTimes, lang: Lang): { day: string; month: string } {
  const date = new Date(start);
  if (Number.isNaN(date.getTime())) return { day: '', month: '' };
  const timeZone = allDay ? 'UTC' : undefined;
  return {
    day: dateFormat(lang, { day: 'numeric', timeZone }).format(date),
    month: dateFormat(lang, { month: 'short', timeZone }).format(date).replace(/\.$/, ''),
  };
}
