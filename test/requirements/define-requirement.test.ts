/**
 * The requirement kit: evidence kinds, companions in the same block, scope to
 * sections, applicability by document kind and by mention, and where it reports.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/model/build-document.js';
import { defineRequirement, type RequirementSpec } from '../../src/requirements/define-requirement.js';
import type { ReportDescriptor } from '../../src/types.js';

function run(spec: Omit<RequirementSpec, 'id' | 'description' | 'messages'>, markdown: string, filePath = '/p/policy.md', language = 'auto'): string[] {
  const rule = defineRequirement({ id: 'test-rule', description: 'test', messages: { missing: 'missing in {{section}}', other: 'other' }, ...spec });
  const { document, text } = buildDocument(markdown, { filePath, root: '/p', language });
  const reports: ReportDescriptor[] = [];
  rule.check({ document, text, options: {}, settings: {}, cwd: '/p', root: '/p', exists: () => false, report: (d) => reports.push(d) });
  return reports.map((r) => `${r.at === undefined ? '-' : `${r.at.start.line}:${r.at.start.column}`} ${r.messageId} ${r.data?.['section'] ?? ''}`.trim());
}

const missing = [{ messageId: 'missing', anyOf: [{ term: 'privacy.retention' }] }] as const;

describe('defineRequirement', () => {
  it('builds a rule with the contract: meta, empty options schema, concepts used', () => {
    const rule = defineRequirement({ id: 'x', description: 'd', messages: { missing: 'm' }, appliesTo: ['privacyPolicy'], checks: missing });
    expect(rule.meta).toMatchObject({ id: 'x', type: 'problem', fixable: false, defaultOptions: {}, concepts: ['privacyPolicy', 'privacy.retention'] });
    expect(rule.meta.url).toMatch(/rules\/x\.md$/);
  });

  it('reports a missing term at the title, and passes when the term is there', () => {
    expect(run({ checks: missing }, '# Privacy\n\nWe collect data.\n')).toEqual(['1:1 missing Privacy']);
    expect(run({ checks: missing }, '# Privacy\n\nWe retain data for a year.\n')).toEqual([]);
  });

  it('a heading counts only when its section has text', () => {
    const checks = [{ messageId: 'missing', anyOf: [{ heading: 'privacy.retention' }] }];
    expect(run({ checks }, '# P\n\n## Data retention\n\n## Other\n\nText.\n')).toEqual(['1:1 missing P']);
    expect(run({ checks }, '# P\n\n## Data retention\n\nTwo years.\n')).toEqual([]);
  });

  it('a companion must sit in the same block as the term, or in the section the heading term names', () => {
    const checks = [{ messageId: 'missing', anyOf: [{ term: 'response', with: { duration: true } as const }] }];
    expect(run({ checks }, '# S\n\nWe respond to every e-mail.\n\nOffice closed for 2 days at Easter.\n')).toEqual(['1:1 missing S']);
    expect(run({ checks }, '# S\n\nWe respond to every e-mail within 2 days.\n')).toEqual([]);
    expect(run({ checks }, '# S\n\n## Response times\n\n- E-mail: 2 days\n')).toEqual([]);
    // Thai: no spaces, Thai digits.
    expect(run({ checks }, '# บริการ\n\nเราจะตอบกลับภายใน๒วันทำการ\n', '/p/x.md', 'th')).toEqual([]);
  });

  it('applies only to the kinds of document named (title, frontmatter type or file name)', () => {
    const spec = { appliesTo: ['privacyPolicy'], checks: missing };
    expect(run(spec, '# Customer service\n\nText.\n')).toEqual([]);
    expect(run(spec, '# Our notice\n\nText.\n', '/p/privacy-policy.md')).toEqual(['1:1 missing Our notice']);
    expect(run(spec, '---\ntype: Privacy notice\n---\n# Notice\n\nText.\n')).toEqual(['4:1 missing Notice']);
    expect(run(spec, '# گوپنیتا\n\nText.\n', '/p/x.md', 'ur')).toEqual([]);
  });

  it('applies only when the document mentions a concept', () => {
    const spec = { when: ['privacy.dpo'], checks: [{ messageId: 'missing', anyOf: [{ term: 'privacy.dpo', with: { contact: true } as const }] }] };
    expect(run(spec, '# P\n\nText.\n')).toEqual([]);
    expect(run(spec, '# P\n\nWe have a data protection officer.\n')).toEqual(['1:1 missing P']);
    expect(run(spec, '# P\n\nOur data protection officer: dpo@example.com.\n')).toEqual([]);
  });

  it('does not apply when the document states an `unless` concept', () => {
    const spec = { appliesTo: ['privacyPolicy'], unless: ['privacy.noSale'], checks: [{ messageId: 'missing', anyOf: [{ link: 'privacy.optOut' }] }] };
    expect(run(spec, '# Privacy notice\n\nWe collect your e-mail address.\n')).toEqual(['1:1 missing Privacy notice']);
    expect(run(spec, '# Privacy notice\n\nWe do not sell your personal information.\n')).toEqual([]);
    expect(defineRequirement({ id: 'x', description: 'd', messages: { missing: 'm' }, ...spec }).meta.concepts).not.toContain('privacy.noSale');
  });

  it('within sections: silent without one, passes on one complete section, else reports on the most complete', () => {
    const spec = {
      withinSections: 'complaint',
      checks: [
        { messageId: 'missing', anyOf: [{ term: 'complaint.acknowledge' }] },
        { messageId: 'other', anyOf: [{ term: 'complaint.reference' }] },
      ],
    };
    expect(run(spec, '# Service\n\nNo such section.\n')).toEqual([]);
    expect(run(spec, '# Service\n\n## Complaints\n\nWe acknowledge it and give a case number.\n')).toEqual([]);
    expect(run(spec, '# Service\n\n## Complaints\n\nWrite to us.\n\n## Disputes\n\nWe acknowledge disputes.\n')).toEqual(['7:1 other Disputes']);
    // Acknowledgement outside every complaints section does not count.
    expect(run(spec, '# Service\n\nWe acknowledge all mail.\n\n## Complaints\n\nWrite to us.\n')).toEqual(['5:1 missing Complaints', '5:1 other Complaints']);
  });

  it('links, frontmatter fields, ordered lists and levels are evidence', () => {
    const one = (evidence: object) => [{ messageId: 'missing', anyOf: [evidence] }] as RequirementSpec['checks'];
    expect(run({ checks: one({ link: 'returns' }) }, '# S\n\nSee [our returns policy](returns.md).\n')).toEqual([]);
    expect(run({ checks: one({ frontmatter: ['owner'] }) }, '---\nowner: Jane\n---\n# S\n')).toEqual([]);
    expect(run({ checks: one({ frontmatter: ['owner'] }) }, '---\nowner: ""\n---\n# S\n')).toEqual(['4:1 missing S']);
    expect(run({ checks: one({ orderedList: { min: 2 } }) }, '# S\n\n1. One\n2. Two\n')).toEqual([]);
    expect(run({ checks: one({ levels: { min: 2 } }) }, '# S\n\nTier 1 answers; Tier 2 takes over.\n')).toEqual([]);
  });
});
