import { describe, expect, it } from 'vitest';
import { json, stylish } from '../../src/formatters/index.js';
import type { LintResult } from '../../src/types.js';
import { toResult } from '../../src/engine/messages.js';

const results: LintResult[] = [
  toResult('/repo/policies/ur/service.md', 'ur', [
    { ruleId: 'complaint-process-defined', messageId: 'noChannel', severity: 2, message: 'The complaints section "شکایات" does not say how to complain.', line: 7, column: 1, endLine: 7, endColumn: 10 },
    { ruleId: 'policy-linked-from-footer', messageId: 'noFooter', severity: 1, message: 'No site footer was found.', line: 1, column: 1 },
  ]),
  toResult('/repo/policies/th/service.md', 'th', [
    { ruleId: 'escalation-list-ordered', messageId: 'numbering', severity: 2, message: 'Escalation step "ผู้จัดการตัดสิน" is numbered 2 where 3 was expected.', line: 12, column: 1, fix: { range: [10, 12], text: '3.' } },
  ]),
  toResult('/repo/policies/en/ok.md', 'en', []),
];

describe('stylish', () => {
  it('groups by file, aligns columns, isolates right-to-left text and sums up', () => {
    expect(stylish(results, { cwd: '/repo', color: false })).toBe(
      [
        'policies/ur/service.md',
        '  1:1  warning  No site footer was found.  policy-linked-from-footer',
        '  7:1  error    \u2068The complaints section "شکایات" does not say how to complain.\u2069  complaint-process-defined',
        '',
        'policies/th/service.md',
        '  12:1  error    Escalation step "ผู้จัดการตัดสิน" is numbered 2 where 3 was expected.  escalation-list-ordered',
        '',
        '✖ 3 problems (2 errors, 1 warning) in 3 files checked',
        '  1 problem can be fixed with the --fix option.',
        '',
      ].join('\n'),
    );
  });

  it('uses colour only when asked', () => {
    expect(stylish(results, { cwd: '/repo', color: true })).toMatch(/\u001b\[31m/);
    expect(stylish(results, { cwd: '/repo', color: false })).not.toMatch(/\u001b\[/);
  });

  it('says when there is nothing to report', () => {
    expect(stylish([results[2]!], { cwd: '/repo', color: false })).toBe('✔ No problems in 1 file checked.\n');
  });
});

describe('json', () => {
  it('prints the results array unchanged', () => {
    expect(JSON.parse(json(results, { cwd: '/repo', color: false }))).toEqual(results);
  });
});
