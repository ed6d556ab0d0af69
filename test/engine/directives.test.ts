import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';

const config = { rules: { 'escalation-list-ordered': 'error' as const, 'privacy-statement-present': 'error' as const } };
const ESCALATION = ['## Escalation', '', '- Agent', '- Manager', ''].join('\n');

async function lines(text: string, reportUnusedDisableDirectives: 'off' | 'warn' | 'error' = 'off') {
  const [result] = await lintText(text, { filePath: 'policy.md', config, reportUnusedDisableDirectives });
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? '-'} ${m.ruleId === null ? m.message : m.messageId}`);
}

describe('inline directives', () => {
  it('reports without directives', async () => {
    expect(await lines(`# Policy\n\n${ESCALATION}`)).toEqual(['1:1 privacy-statement-present missing', '5:1 escalation-list-ordered notOrdered']);
  });

  it('disables named rules until enabled, with a reason after --', async () => {
    const text = `# Policy\n\n<!-- policylint-disable escalation-list-ordered -- the regulator's wording -->\n\n${ESCALATION}\n<!-- policylint-enable escalation-list-ordered -->\n\n${ESCALATION}`;
    expect(await lines(text)).toEqual(['1:1 privacy-statement-present missing', '14:1 escalation-list-ordered notOrdered']);
  });

  it('disables every rule with a bare comment, and re-enables one', async () => {
    const text = `<!-- policylint-disable -->\n# Policy\n\n<!-- policylint-enable escalation-list-ordered -->\n\n${ESCALATION}`;
    expect(await lines(text)).toEqual(['8:1 escalation-list-ordered notOrdered']);
  });

  it('disables the next line or its own line', async () => {
    const nextLine = `# Policy\n\n## Escalation\n\n<!-- policylint-disable-next-line escalation-list-ordered -->\n- Agent\n- Manager\n`;
    expect(await lines(nextLine)).toEqual(['1:1 privacy-statement-present missing']);
    const sameLine = `# Policy <!-- policylint-disable-line privacy-statement-present -->\n`;
    expect(await lines(sameLine)).toEqual([]);
  });

  it('disables rules for the whole file from frontmatter', async () => {
    expect(await lines(`---\npolicylint:\n  disable: [privacy-statement-present]\n---\n# Policy\n\n${ESCALATION}`)).toEqual(['9:1 escalation-list-ordered notOrdered']);
    expect(await lines(`---\npolicylint:\n  disable: all\n---\n# Policy\n\n${ESCALATION}`)).toEqual([]);
  });

  it('warns about unknown rules and reports unused directives when asked', async () => {
    const text = `# Policy\n\n## Privacy\n\nWe keep your data safe.\n\n<!-- policylint-disable privacy-statement-present, no-such-rule -->\n`;
    expect(await lines(text)).toEqual(['7:1 - Unknown rule "no-such-rule" in a policylint-disable comment.']);
    expect(await lines(text, 'error')).toEqual([
      '7:1 - Unknown rule "no-such-rule" in a policylint-disable comment.',
      '7:1 - Unused policylint-disable comment: no problem from "privacy-statement-present", "no-such-rule" was reported here. Remove it.',
    ]);
  });
});
