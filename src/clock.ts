/** The run's clock: `settings.now` (an ISO date) makes every date check reproducible. */

const DAY_MS = 24 * 60 * 60 * 1000;

/** `2025-03-01`, optionally followed by a time: `T10:00`, ` 10:00:00.5`, with or without an offset. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A date from a YAML value or an ISO string (`2025-03-01`, `2025-03-01T10:00:00Z`); null otherwise.
 * A time without an offset is read as UTC, like a date alone: `new Date` would read it in the
 * machine's zone, so the same file would age differently on a laptop and on CI. A day that does
 * not exist (`2025-02-30`) is not a date: `new Date` would roll it over to 2 March.
 */
export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value.trim());
  if (m === null) return null;
  const [, year, month, day, time, offset] = m;
  const calendarDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendarDay.getUTCMonth() !== Number(month) - 1) return null;
  if (time === undefined) return calendarDay;
  const date = new Date(`${year}-${month}-${day}T${time}${offset ?? 'Z'}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `settings.now` when set, else the current time. */
export function now(settings: Readonly<Record<string, unknown>>): Date {
  return toDate(settings['now']) ?? new Date();
}

/** Whole days from `date` to the run's clock (negative for a date in the future). */
export function ageInDays(date: Date, settings: Readonly<Record<string, unknown>>): number {
  return Math.floor((now(settings).getTime() - date.getTime()) / DAY_MS);
}
