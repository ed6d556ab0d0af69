import { describe, expect, it } from 'vitest';
import { TextLayer } from '../../src/text/text-layer.js';
import { normalize } from '../../src/text/normalize.js';

describe('normalize', () => {
  it('folds case, spaces, format marks and keeps a source map', () => {
    const source = 'Privacy\u00a0 \u200bPolicy';
    const n = normalize(source);
    expect(n.text).toBe('privacy policy');
    expect(n.map[8]).toBe(source.indexOf('P', 1));
  });
  it('composes un-normalised Tamil and maps back to the source', () => {
    const decomposed = 'கொள்கை'.normalize('NFD');
    const n = normalize(`x ${decomposed}`, 'ta');
    expect(n.text).toBe(`x ${'கொள்கை'.normalize('NFC')}`);
    expect(n.map[2]).toBe(2);
    expect(n.map[n.text.length]).toBe(decomposed.length + 2);
  });
  it('folds Arabic-script letter variants and native digits', () => {
    expect(normalize('شكايت ٥ دن', 'ur').text).toBe(normalize('شکایت 5 دن', 'ur').text);
    expect(normalize('๕ วัน', 'th').text).toBe('5 วัน');
  });
  it('drops Armenian marks inside words', () => {
    expect(normalize('ունե՞ք', 'hy').text).toBe('ունեք');
  });
});

describe('TextLayer (English)', () => {
  const layer = TextLayer.fromString('If you are not satisfied, escalate to a Team Leader within 5 business days. Tier 2 or second line; after forty-eight hours.', 'en');
  it('finds concepts with source offsets', () => {
    const [match] = layer.find('escalation');
    expect(match).toMatchObject({ start: 0 });
    expect(layer.find('role.teamLead')[0]?.start).toBe(layer.normalized.indexOf('team leader'));
  });
  it('reads durations and levels', () => {
    expect(layer.durations().map((d) => [d.value, d.unit])).toEqual([[5, 'businessDay'], [48, 'hour']]);
    expect(layer.levels().map((l) => l.value)).toEqual([2, 2]);
  });
});
