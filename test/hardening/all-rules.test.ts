/**
 * Every built-in rule (policylint:all) on Markdown mixed from the pack rules'
 * inputs: periods, dates (impossible ones too), phone numbers, mailto: links,
 * ODR links, frontmatter fields of the wrong type, CJK and Thai text and
 * random Unicode. A rule that throws turns into an "Internal error" message.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { lintText } from '../../src/index.js';

const pieces = [
  '# Privacy policy\n', '# Terms of sale\n', '# Complaints policy\n', '# Customer service policy\n', '## Complaints\n', '## Right of withdrawal\n', '## Contact us\n',
  'You may withdraw within 14 days. We refund you within 30 days.\n', 'Last reviewed: 31/02/2025. Next review 2099-01-01.\n', 'Last updated: grammar 2025\n',
  'Our data protection officer can be reached.\n', 'Call +44 20 7946 0958 or 0000000 or +999 1234.\n', '[x](mailto:%E0%A4%A)\n', '[y](mailto:a@@b..c,,)\n', '[odr](https://ec.europa.eu/consumers/odr)\n',
  'https://ec.europa.eu/odr\n', '1. We acknowledge\n2. We respond\n', '- Tier 1\n- Tier 2\n', 'We reply within 24 hours a day.\n', '£ GBP shop.co.uk reject faulty goods within 7 days\n',
  'health data HIPAA\n', '| a | b |\n| - | - |\n| c | d |\n', '```\ncode 2025-13-45\n```\n', '> quote\n', 'ปรับปรุงเมื่อ ๕ มีนาคม ๒๕๖๘\n', '您可以在7天内无理由退货。\n', '\uFEFF', '\r\n', '',
  'Reviewed 5 March 2025.\n', 'We do not sell your personal information.\n', 'Feedback by e-mail.\n', 'The right of withdrawal does not apply.\n', 'only for business customers\n',
];
const frontmatters = ['', '---\nlast_reviewed: 2025-02-30\n---\n', '---\nlast_reviewed: [1, 2]\nowner: {a: {b: x@y.co}}\n---\n', '---\neffective_date: null\nupdated: 2025\n---\n', '---\nlast_reviewed: 2025-03-01T10:00\ntype: privacy policy\n---\n', '---\n: bad\n---\n', '---\ndate: {}\n---\n'];
const md = fc.tuple(fc.constantFrom(...frontmatters), fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 15 })).map(([f, p]) => f + p.join(''));

it('no built-in rule throws on any of it', async () => {
  await fc.assert(
    fc.asyncProperty(md, fc.constantFrom('policy.md', 'privacy-policy.md', 'terms.fr.md', 'complaints.zh.md'), async (text, filePath) => {
      const [result] = await lintText(text, { noConfig: true, config: { root: true, extends: ['policylint:all'], settings: { now: '2026-01-01', country: 'GB' } }, filePath });
      expect(result!.messages.filter((m) => m.ruleId === null && m.fatal === true)).toEqual([]);
      expect(result!.messages.filter((m) => m.message.startsWith('Internal error'))).toEqual([]);
    }),
    { seed: 20261125, numRuns: 300, interruptAfterTimeLimit: 20_000 },
  );
}, 60_000);
