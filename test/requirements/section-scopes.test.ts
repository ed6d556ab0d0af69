/** Periods stated with a term: the nearest duration, and whether it is in the term's own sentence. */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/model/build-document.js';
import { periodsNear } from '../../src/requirements/section-scopes.js';
import type { RuleContext } from '../../src/types.js';

function periods(markdown: string, language: string): Array<[string, boolean]> {
  const { document, text } = buildDocument(markdown, { filePath: '/p/terms.md', root: '/p', language });
  const context = { document, text, options: {}, settings: {}, cwd: '/p', root: '/p', exists: () => false, report: () => {} } as RuleContext<object>;
  return periodsNear(context, ['consumer.withdrawal'], { start: 0, end: markdown.length }).map((p) => [markdown.slice(p.duration.start, p.duration.end), p.inSentence]);
}

describe('periodsNear', () => {
  it('ends a sentence at a full stop before a space', () => {
    expect(periods('# Terms\n\nYou may withdraw from the contract. We refund you within 30 days.\n', 'en')).toEqual([['30 days', false]]);
  });

  it('ends a Chinese or Japanese sentence at 。 with no space after it', () => {
    expect(periods('# 条款\n\n您可以无理由退货。我们将在30天内退款。\n', 'zh')).toEqual([['30天', false]]);
    expect(periods('# 条款\n\n您可以在7天内无理由退货。\n', 'zh')).toEqual([['7天', true]]);
  });
});
