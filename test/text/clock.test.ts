/** The run's clock reads dates the same in every time zone, and only real calendar days. */
import { describe, expect, it } from 'vitest';
import { toDate } from '../../src/clock.js';

const iso = (value: unknown) => toDate(value)?.toISOString() ?? null;

describe('toDate', () => {
  it('reads a date, or a date and time without an offset, as UTC', () => {
    expect(iso('2025-03-01')).toBe('2025-03-01T00:00:00.000Z');
    expect(iso('2025-03-01T10:00:00')).toBe('2025-03-01T10:00:00.000Z');
    expect(iso('2025-03-01 10:00')).toBe('2025-03-01T10:00:00.000Z');
    expect(iso('2025-03-01T10:00:00+02:00')).toBe('2025-03-01T08:00:00.000Z');
  });

  it('rejects days that do not exist and trailing text', () => {
    expect(iso('2025-02-30')).toBeNull();
    expect(iso('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    expect(iso('2025-13-01')).toBeNull();
    expect(iso('2025-03-01 or later')).toBeNull();
    expect(iso(20250301)).toBeNull();
  });
});
