/** `2026-11-23`: the calendar date at `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  // From the parts, not a locale's format, which ICU versions have changed.
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
