/** The run's clock: `settings.now` (an ISO date) makes every date check reproducible. */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A date from a YAML value or an ISO string (`2025-03-01`, `2025-03-01T10:00:00Z`); null otherwise. */
export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

/** `settings.now` when set, else the current time. */
export function now(settings: Readonly<Record<string, unknown>>): Date {
  return toDate(settings['now']) ?? new Date();
}

/** Whole days from `date` to the run's clock (negative for a date in the future). */
export function ageInDays(date: Date, settings: Readonly<Record<string, unknown>>): number {
  return Math.floor((now(settings).getTime() - date.getTime()) / DAY_MS);
}
