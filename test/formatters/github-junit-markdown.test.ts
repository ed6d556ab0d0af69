/** `github`, `junit` and `markdown` beyond the golden files: escaping, paths, XML well-formedness. */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { junit, xmlAttribute, xmlText } from '../../src/formatters/junit.js';
import { markdown, markdownCell } from '../../src/formatters/markdown.js';
import { toResult } from '../../src/engine/messages.js';
import { CWD, RESULTS } from './result-set.js';

/** Parses XML strictly (XML 1.0 well-formedness, valid characters); returns the elements seen. */
function parseXml(xml: string): Array<{ name: string; attributes: Record<string, string>; text: string }> {
  const parser = new SaxesParser({ xmlns: false });
  const elements: Array<{ name: string; attributes: Record<string, string>; text: string }> = [];
  const stack: Array<{ name: string; attributes: Record<string, string>; text: string }> = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' };
    elements.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return elements;
}

describe('github', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    // `%` first, so an escape sequence already in the text is not decoded by GitHub.
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('makes paths relative to GITHUB_WORKSPACE when it is set', () => {
    const results = [toResult(`${CWD}/docs/a.md`, 'en', [{ ruleId: 'privacy-statement-present', severity: 2, message: 'm', line: 1, column: 1 }])];
    expect(github(results, { cwd: CWD, color: false, env: { GITHUB_WORKSPACE: '/home/dev' } })).toMatch(/^::error file=site\/docs\/a\.md,line=1,col=1,title=privacy-statement-present::m%0Ahttps:/);
    expect(github(results, { cwd: CWD, color: false, env: {} })).toMatch(/^::error file=docs\/a\.md,/);
    expect(github(results, { cwd: CWD, color: false, env: { GITHUB_WORKSPACE: '/elsewhere' } })).toMatch(/^::error file=\/home\/dev\/site\/docs\/a\.md,/);
  });

  it('sends columns only for a message on one line, and prints nothing without messages', () => {
    const lines = github(RESULTS, { cwd: CWD, color: false, env: {} }).trimEnd().split('\n');
    expect(lines).toHaveLength(RESULTS.reduce((n, r) => n + r.messages.length, 0));
    expect(lines.find((l) => l.includes('line=14,'))).toMatch(/^::error file=docs\/en\/refunds%2C returns\.md,line=14,endLine=17,title=escalation-list-ordered::/);
    expect(github([toResult(`${CWD}/a.md`, 'en', [])], { cwd: CWD, color: false, env: {} })).toBe('');
  });
});

describe('junit', () => {
  it('is well-formed XML with one testsuite and one testcase per file, even with right-to-left text and control characters', () => {
    const elements = parseXml(junit(RESULTS, { cwd: CWD, color: false }));
    expect(elements.filter((e) => e.name === 'testsuite')).toHaveLength(1);
    const cases = elements.filter((e) => e.name === 'testcase');
    expect(cases.map((c) => c.attributes['name'])).toEqual(['docs/en/customer-service.md', 'docs/en/refunds, returns.md', 'docs/th/privacy.th.md', 'docs/ur/شکایات.md', 'docs/ta/புகார்.md']);
    expect(elements.filter((e) => e.name === 'failure')).toHaveLength(10);
    expect(elements.filter((e) => e.name === 'error')).toHaveLength(1);
    const bare = elements.find((e) => e.attributes['type'] === 'acme/contact-links')!;
    // The message survives the round trip: CR LF and tab kept, the bell written as \u0007.
    expect(bare.attributes['message']).toBe('The e-mail address complaints@example.co.th is not a link & cannot be clicked.\r\nWrite it as <mailto:complaints@example.co.th> (bell: \\u0007, tab:\t, 100%).');
    expect(bare.text).toContain('cannot be clicked.\r\nWrite it as <mailto:');
  });

  it('writes characters XML cannot hold as \\uXXXX, lone surrogates included', () => {
    expect(xmlText('a\u0000b\u001Fc\uFFFEd\uD800e <&>')).toBe('a\\u0000b\\u001Fc\\uFFFEd\\uD800e &lt;&amp;&gt;');
    expect(xmlAttribute('"it\'s"\n')).toBe('&quot;it&apos;s&quot;&#10;');
    const results = [toResult('/x/\u0001.md', 'und', [{ ruleId: null, severity: 2, fatal: true, message: 'bad \u0000 \uDFFF ]]> text', line: 1, column: 1 }])];
    expect(() => parseXml(junit(results, { cwd: '/x', color: false }))).not.toThrow();
  });

  it('has no testcase for an empty run', () => {
    const elements = parseXml(junit([], { cwd: CWD, color: false }));
    expect(elements.map((e) => e.name)).toEqual(['testsuites', 'testsuite']);
    expect(elements[1]!.attributes).toMatchObject({ tests: '0', failures: '0', errors: '0' });
  });
});

describe('markdown', () => {
  it('escapes cell text so that no message can end a cell or a row, or become markup', () => {
    expect(markdownCell('a | b\nc\r\nd <b>x</b> *y* [l](u) `c` &amp;')).toBe('a \\| b<br>c<br>d \\<b\\>x\\</b\\> \\*y\\* \\[l\\](u) \\`c\\` \\&amp;');
  });

  it('has one table row per message, each with five cells', () => {
    const lines = markdown(RESULTS, { cwd: CWD, color: false }).split('\n');
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| File') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(11);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });

  it('says so when there is nothing to report', () => {
    expect(markdown([toResult(`${CWD}/a.md`, 'en', [])], { cwd: CWD, color: false })).toBe('### policylint\n\n✔ No problems in 1 file checked.\n');
  });
});
