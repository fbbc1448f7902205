/** One formatter per time zone: building an Intl.DateTimeFormat costs more than the formatting. */
const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * The last date found per time zone and the minute it was found in: every UTC offset in use
 * since 1970 is a whole number of minutes, so the local date cannot change within a UTC minute, and
 * every request of that minute reuses it (formatting costs ~10 µs, each page asks often).
 */
const lastDate = new Map<string, { minute: number; date: string }>();

/** `2026-11-23`: the calendar date at `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastDate.get(timeZone);
  if (last && last.minute === minute) return last.date;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  // From the parts, not a locale's format, which ICU versions have changed.
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  lastDate.set(timeZone, { minute, date });
  return date;
}
