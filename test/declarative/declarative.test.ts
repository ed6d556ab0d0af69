import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { loadConfig } from '../../src/config/load-config.js';
import { catastrophicReason } from '../../src/declarative/safe-regex.js';
import type { ConfigInput } from '../../src/types.js';

const REFUND_RULE: ConfigInput = {
  rules: {
    'acme/refund-window': {
      severity: 'error',
      'require-section': { heading: { en: ['Refunds'], ta: ['பணத்தைத் திரும்பப் பெறுதல்'] } },
      'within-section': { 'require-pattern': '\\d+ (days|நாட்கள்)', message: 'State the refund window' },
    },
  },
};

async function found(text: string, config: ConfigInput, filePath = 'policy.md') {
  const [result] = await lintText(text, { filePath, config });
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
}

describe('declarative rules', () => {
  it('requires a section by multilingual heading terms and a pattern within it', async () => {
    expect(await found('# Policy\n\n## Refunds\n\nWithin 14 days.\n', REFUND_RULE)).toEqual([]);
    expect(await found('# Policy\n\n## Refunds\n\nAsk us.\n', REFUND_RULE)).toEqual(['3:1 acme/refund-window State the refund window']);
    expect(await found('# Policy\n\nNothing.\n', REFUND_RULE)).toEqual(['1:1 acme/refund-window Add a section titled like "Refunds".']);
    // Tamil: its own heading term, native digits folded before the pattern runs.
    expect(await found('# கொள்கை\n\n## பணத்தைத் திரும்பப் பெறுதல்\n\n௧௪ நாட்கள் உள்ளே.\n', REFUND_RULE, 'policy.ta.md')).toEqual([]);
    expect(await found('# கொள்கை\n\n## பணத்தைத் திரும்பப் பெறுதல்\n\nதொடர்பு கொள்ளவும்.\n', REFUND_RULE, 'policy.ta.md')).toEqual(['3:1 acme/refund-window State the refund window']);
  });

  it('checks patterns, frontmatter fields, links, list order and dates', async () => {
    const config: ConfigInput = {
      settings: { now: '2026-11-25' },
      rules: {
        'acme/no-odr': { severity: 'warn', 'forbid-pattern': { pattern: 'ec\\.europa\\.eu/consumers/odr', message: 'The EU ODR platform closed on 2025-07-20.' } },
        'acme/contact': { severity: 'error', 'require-pattern': '[\\w.]+@example\\.com' },
        'acme/metadata': { severity: 'error', 'require-frontmatter': ['owner', 'effective_date'] },
        'acme/privacy-link': { severity: 'error', 'require-link': { text: 'privacy', url: '^https://' } },
        'acme/reviewed': { severity: 'error', 'max-age': { field: 'last_reviewed', days: 365 } },
        'acme/steps': { severity: 'error', 'require-section': { heading: ['Escalation'] }, 'within-section': { 'list-ordered': true } },
      },
    };
    const text = [
      '---',
      'owner: Legal',
      'last_reviewed: 2025-01-10',
      '---',
      '# Policy',
      '',
      'Disputes: see https://ec.europa.eu/consumers/odr or [privacy](/privacy).',
      '',
      '## Escalation',
      '',
      '- Agent',
      '- Manager',
      '',
    ].join('\n');
    expect(await found(text, config)).toEqual([
      '3:16 acme/reviewed "last_reviewed" is 684 days old; review the policy at least every 365 days and update the date.',
      // Messages about the whole document point at its title.
      '5:1 acme/contact The document must contain text matching [\\w.]+@example\\.com.',
      '5:1 acme/metadata Add "effective_date" to the frontmatter.',
      '5:1 acme/privacy-link Add a link whose text matches privacy to ^https://.',
      '7:23 acme/no-odr The EU ODR platform closed on 2025-07-20.',
      '11:1 acme/steps The list in "Escalation" must be a numbered list.',
    ]);
  });

  it('rejects patterns that can backtrack catastrophically, and bad definitions, naming the path', async () => {
    expect(catastrophicReason('\\d+ days')).toBeNull();
    expect(catastrophicReason('(a+)+$')).toMatch(/nested quantifiers/);
    expect(catastrophicReason('(\\w*\\s?)*x')).toMatch(/nested quantifiers/);
    expect(catastrophicReason('(a|ab)*c')).toMatch(/alternatives/);
    expect(catastrophicReason('(?:refund|return)s? within \\d{1,3} days')).toBeNull();
    await expect(loadConfig({ config: { rules: { 'acme/x': { severity: 'error', 'require-pattern': '(a+)+$' } } } })).rejects.toThrow(
      'rules.acme/x.require-pattern: the pattern "(a+)+$" could take forever on some texts: a repeated group contains another repetition (nested quantifiers such as (a+)+). Rewrite it without the nested repetition.',
    );
    await expect(loadConfig({ config: { rules: { 'acme/x': { severity: 'error', 'require-pattern': '(' } } } })).rejects.toThrow(/rules\.acme\/x\.require-pattern: invalid pattern "\("/);
    await expect(loadConfig({ config: { rules: { 'acme/x': { severity: 'error', 'require-sektion': { heading: ['A'] } } as never } } })).rejects.toThrow('rules.acme/x: unknown property "require-sektion"');
    await expect(loadConfig({ config: { rules: { 'acme/x': { severity: 'error', 'within-section': { 'list-ordered': true } } } } })).rejects.toThrow('rules.acme/x.within-section: needs a "require-section" that says which section');
    await expect(loadConfig({ config: { rules: { 'privacy-statement-present': { severity: 'error', 'require-pattern': 'x' } } } })).rejects.toThrow(/already the id of a built-in or plugin rule/);
  });
});
