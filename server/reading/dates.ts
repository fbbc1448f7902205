/** One formatter per time zone: building an Intl.DateTimeFormat costs more than the formatting. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** `2026-11-23`: the calendar date at `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  // From the parts, not a locale's format, which ICU versions have changed.
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
