/**
 * The school's wall clock (Europe/Paris) for the admin forms: a `datetime-local` input
 * holds a local time without zone, the API wants an offset on every date-time
 * (docs/authoring.md). Conversions go through Intl, so summer time is right whatever
 * the browser's own time zone.
 */
const ZONE = 'Europe/Paris';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Paris's offset at an instant, as `+01:00` or `+02:00`. */
export function parisOffset(at: Date): string {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name);
  return match ? match[1] : '+00:00';
}

const minutesOf = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/**
 * `2026-11-23T14:30` (Paris wall clock) → `2026-11-23T14:30:00+01:00`; empty → null.
 * The offset is looked up at the instant it names (checked twice, for the hours around
 * a change of time).
 */
export function parisLocalToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  const wall = `${local.slice(0, 16)}:00`;
  const asUtc = Date.parse(`${wall}Z`);
  let offset = parisOffset(new Date(asUtc));
  offset = parisOffset(new Date(asUtc - minutesOf(offset) * 60_000));
  return `${wall}${offset}`;
}

/** An instant → the Paris wall clock as a `datetime-local` value (`2026-11-23T14:30`); '' for none. */
export function isoToParisLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const p = Object.fromEntries(partsFormat.formatToParts(at).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const longDate = new Intl.DateTimeFormat('fr-FR', { timeZone: ZONE, dateStyle: 'long' });
const longDateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: ZONE, dateStyle: 'long', timeStyle: 'short' });

/** « 23 novembre 2026 à 14:30 » in Paris; the date alone with `dateOnly`. */
export function parisDate(iso: string, dateOnly = false): string {
  return (dateOnly ? longDate : longDateTime).format(new Date(iso));
}
