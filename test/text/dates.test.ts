/** Dates in every script: numeric, CJK, and month names from the platform's Unicode data. */
import { describe, expect, it } from 'vitest';
import { TextLayer } from '../../src/text/text-layer.js';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`).toISOString();
const dates = (text: string, language: string) => TextLayer.fromString(text, language).dates().map((d) => [d.date.toISOString(), text.slice(d.start, d.end)]);

describe('text.dates', () => {
  it.each([
    ['Last reviewed: 2025-03-05.', 'en', '2025-03-05', '2025-03-05'],
    ['Reviewed on March 5, 2025', 'en', '2025-03-05', 'March 5, 2025'],
    ['le 5 mars 2025', 'fr', '2025-03-05', '5 mars 2025'],
    ['ทบทวนเมื่อ๕ มีนาคม ๒๕๖๘', 'th', '2025-03-05', '๕ มีนาคม ๒๕๖๘'],
    ['վերանայվել է 5 մարտի, 2025 թ.', 'hy', '2025-03-05', '5 մարտի, 2025'],
    ['2025年3月5日改定', 'ja', '2025-03-05', '2025年3月5日'],
    ['نظرثانی: ۵ مارچ ۲۰۲۵', 'ur', '2025-03-05', '۵ مارچ ۲۰۲۵'],
    ['மதிப்பாய்வு: 5 மார்ச் 2025', 'ta', '2025-03-05', '5 மார்ச் 2025'],
    ['5 марта 2025 г.', 'ru', '2025-03-05', '5 марта 2025'],
    ['Last revised APRIL-2024', 'en', '2024-04-01', 'APRIL-2024'],
  ])('%s (%s)', (text, language, iso, written) => {
    expect(dates(text, language)).toEqual([[day(iso), written]]);
  });

  it('reads day first, and the later date when both readings are valid', () => {
    expect(dates('13/04/2024', 'en')).toEqual([[day('2024-04-13'), '13/04/2024']]);
    expect(dates('05/03/2025', 'en')).toEqual([[day('2025-05-03'), '05/03/2025']]);
  });

  it('ignores impossible dates and numbers that are not dates', () => {
    expect(dates('2025-02-30, 31.13.2025, version 10, 5 March', 'en')).toEqual([]);
    // A month name inside a word: "mar" in grammar, "may" in dismay.
    expect(dates('the grammar 2025 guide, to our dismay 2025', 'en')).toEqual([]);
    expect(dates('ปรับปรุงเมื่อมีนาคม 2568', 'th')).toEqual([[day('2025-03-01'), 'มีนาคม 2568']]);
  });
});
