/**
 * The in-memory fix loop: passes until stable (bounded), directives and
 * filters respected, line endings and BOM kept, idempotent.
 */
import { describe, expect, it } from 'vitest';
import { fixText, lineEndingOf, MAX_FIX_PASSES } from '../../src/engine/fix-document.js';
import type { DocumentOutcome } from '../../src/engine/lint-document.js';
import { lintText } from '../../src/lint.js';
import type { LintMessage } from '../../src/types.js';

const QUIET = { rules: { 'policy-linked-from-footer': 'off' as const } };

function outcome(messages: LintMessage[]): DocumentOutcome {
  return { filePath: '/x.md', language: 'en', messages, collected: {}, directives: [] };
}

function fixable(start: number, end: number, text: string, severity: 1 | 2 = 2): LintMessage {
  return { ruleId: 'fake', severity, message: 'fake', line: 1, column: start + 1, fix: { range: [start, end], text } };
}

const BULLETS = '# Support policy\n\n## Escalation\n\n- Contact the support team.\n- Ask for a manager.\n';
const NUMBERED = '# Support policy\n\n## Escalation\n\n1. Contact the support team.\n2. Ask for a manager.\n';

describe('fixText', () => {
  it('re-lints after each pass until no fix applies', () => {
    // One fix per "a", each replacing the text up to it: they overlap, so one applies per pass.
    let calls = 0;
    const lint = (text: string) => {
      calls++;
      const fixes = [...text.matchAll(/a/g)].map((m) => fixable(0, m.index + 1, `${text.slice(0, m.index)}b`));
      return outcome(fixes);
    };
    const fixed = fixText('aaa', lint);
    expect(fixed.text).toBe('bbb');
    expect(fixed.passes).toBe(3);
    expect(fixed.outcome.messages).toEqual([]);
    expect(calls).toBe(4);
  });

  it(`stops after ${MAX_FIX_PASSES} passes when fixes never settle, with what remains`, () => {
    let calls = 0;
    const flip = (text: string) => {
      calls++;
      return outcome([fixable(0, 1, text[0] === 'x' ? 'y' : 'x')]);
    };
    const fixed = fixText('x', flip);
    expect(fixed.passes).toBe(MAX_FIX_PASSES);
    expect(calls).toBe(MAX_FIX_PASSES + 1);
    expect(fixed.outcome.messages).toHaveLength(1);
  });

  it('skips fixes that directives turn off and fixes the filter refuses', () => {
    const lint = () => ({ ...outcome([fixable(0, 1, 'X', 1), { ...fixable(2, 3, 'Y'), line: 3 }]), directives: [{ kind: 'disable-line' as const, rules: null, line: 3, column: 1 }] });
    expect(fixText('a\nb\n', lint, { maxPasses: 1 }).text).toBe('X\nb\n');
    expect(fixText('a\nb\n', lint, { maxPasses: 1, filter: (m) => m.severity === 2 }).text).toBe('a\nb\n');
  });

  it('writes line breaks of fix text as CRLF in a CRLF text, so no bare LF gets in', () => {
    const lint = (text: string) => outcome(text.includes('new') ? [] : [fixable(3, 3, 'new\nline\r\n')]);
    const fixed = fixText('a\r\nb\r\n', lint, { lineEnding: lineEndingOf('a\r\nb\r\n') });
    expect(fixed.text).toBe('a\r\nnew\r\nline\r\nb\r\n');
    expect(fixed.text).not.toMatch(/(?<!\r)\n/);
  });

  it('tells the line ending from the first line break', () => {
    expect(lineEndingOf('a\r\nb\n')).toBe('\r\n');
    expect(lineEndingOf('a\nb\r\n')).toBe('\n');
    expect(lineEndingOf('no break')).toBe('\n');
  });
});

describe('lintText with fix', () => {
  it('returns the fixed text as output and only the problems that remain', async () => {
    const [result] = await lintText(BULLETS, { filePath: 'support.md', noConfig: true, ...QUIET, fix: true });
    expect(result!.output).toBe(NUMBERED);
    expect(result!.messages.filter((m) => m.ruleId === 'escalation-list-ordered')).toEqual([]);
    expect(result!.fixableErrorCount + result!.fixableWarningCount).toBe(0);
  });

  it('has no output when nothing changed, and is idempotent', async () => {
    const [again] = await lintText(NUMBERED, { filePath: 'support.md', noConfig: true, ...QUIET, fix: true });
    expect(again).not.toHaveProperty('output');
    const [plain] = await lintText(BULLETS, { filePath: 'support.md', noConfig: true, ...QUIET });
    expect(plain).not.toHaveProperty('output');
    expect(plain!.fixableErrorCount).toBe(1);
  });

  it('keeps a BOM and CRLF line endings', async () => {
    const crlf = `\uFEFF${BULLETS.replace(/\n/g, '\r\n')}`;
    const [result] = await lintText(crlf, { filePath: 'support.md', noConfig: true, ...QUIET, fix: true });
    expect(result!.output).toBe(`\uFEFF${NUMBERED.replace(/\n/g, '\r\n')}`);
    expect(result!.output).not.toMatch(/(?<!\r)\n/);
  });

  it('fixes only what the fix function accepts', async () => {
    const warn = { rules: { 'policy-linked-from-footer': 'off' as const, 'escalation-list-ordered': 'warn' as const } };
    const [errorsOnly] = await lintText(BULLETS, { filePath: 'support.md', noConfig: true, ...warn, fix: (m) => m.severity === 2 });
    expect(errorsOnly).not.toHaveProperty('output');
    const [all] = await lintText(BULLETS, { filePath: 'support.md', noConfig: true, ...warn, fix: true });
    expect(all!.output).toBe(NUMBERED);
  });

  it('renumbers Thai and Urdu lists', async () => {
    const thai = '# นโยบายการบริการลูกค้า\n\n## รายการการเลื่อนระดับ\n\n1. ติดต่อเจ้าหน้าที่บริการ\n2. หัวหน้าทีมตรวจสอบ\n2. ผู้จัดการตัดสิน\n';
    const [th] = await lintText(thai, { filePath: 'service.th.md', noConfig: true, ...QUIET, fix: true });
    expect(th!.output).toBe(thai.replace('2. ผู้จัดการ', '3. ผู้จัดการ'));
    const urdu = '# کسٹمر سروس پالیسی\n\nاگر آپ ہمارے جواب سے مطمئن نہیں ہیں تو:\n\n- سپروائزر سے بات کریں۔\n- مینیجر کو لکھیں۔\n';
    const [ur] = await lintText(urdu, { filePath: 'policy.ur.md', noConfig: true, ...QUIET, fix: true });
    expect(ur!.output).toBe(urdu.replace('- سپروائزر', '1. سپروائزر').replace('- مینیجر', '2. مینیجر'));
  });
});
