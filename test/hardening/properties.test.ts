/**
 * Property tests (fast-check): Markdown built from fragments (headings, lists,
 * nested lists, links, emphasis, frontmatter, tables, code, HTML comments,
 * policylint-disable comments) mixed with random Unicode from many scripts.
 * Bounded: a fixed seed, 200 cases for the text properties, short strings.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, lintText } from '../../src/index.js';
import type { LintMessage, LintResult } from '../../src/types.js';

const SEED = 20261125;
const RUNS = 200;
const RULES = { 'escalation-list-ordered': 'error', 'frontmatter-schema': 'warn' } as const;

/** Characters from Tamil, Thai, Arabic/Urdu, Armenian, CJK, emoji, combining marks, RTL marks, NBSP and Markdown syntax. */
const RANGES: Array<[number, number]> = [
  [0x0b80, 0x0bff], [0x0e00, 0x0e7f], [0x0600, 0x06ff], [0x0530, 0x058f], [0x4e00, 0x4e80], [0x3040, 0x309f],
  [0x1f600, 0x1f64f], [0x0300, 0x036f], [0x200e, 0x200f], [0x202a, 0x202e], [0x00a0, 0x00a0], [0x0966, 0x096f], [0x20, 0x7e],
];
const unicodeChar = fc.oneof(...RANGES.map(([from, to]) => fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code))));
const words = fc.array(fc.oneof(unicodeChar, fc.constantFrom(' ', ' ', '*', '_', '`', '[', ']', '(', ')', '#', '|', '\\', '&amp;', '<', '>', '\r', '\t')), { maxLength: 30 }).map((chars) => chars.join(''));
const line = words.map((text) => text.replace(/[\r\n]/g, ' '));

/** An escalation section whose list the fixable rule renumbers (bullets, numbers out of sequence, nesting). */
const escalation = fc
  .tuple(fc.constantFrom('Escalation', 'Escalation path', 'விரிவாக்கம்', 'การยกระดับ'), fc.array(fc.tuple(fc.constantFrom('-', '*', '1.', '3.', '7)'), fc.integer({ min: 0, max: 2 }), fc.tuple(fc.constantFrom('Contact the support team.', 'Ask for a manager.', 'வாடிக்கையாளர் சேவையைத் தொடர்பு கொள்ளுங்கள்.', 'ติดต่อฝ่ายบริการลูกค้า', 'منیجر سے رابطہ کریں۔'), line).map(([a, b]) => `${a} ${b}`)), { minLength: 2, maxLength: 5 }))
  .map(([title, items]) => `## ${title}\n\n${items.map(([marker, depth, item]) => `${'   '.repeat(depth)}${marker} ${item || 'Contact support'}`).join('\n')}\n`);

const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: escalation, weight: 3 },
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([depth, text]) => `${'#'.repeat(depth)} ${text}\n`),
  fc.tuple(line, fc.constantFrom('=', '-')).map(([text, mark]) => `${text}\n${mark.repeat(3)}\n`),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n') + '\n'),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), line), { minLength: 1, maxLength: 4 }).map((items) => items.map(([n, item]) => `${n}. ${item}`).join('\n') + '\n'),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), line), { minLength: 1, maxLength: 6 }).map((items) => items.map(([depth, item]) => `${'   '.repeat(depth)}${depth % 2 ? '1.' : '*'} ${item}`).join('\n') + '\n'),
  fc.tuple(line, line).map(([text, url]) => `[${text}](${encodeURI(url).slice(0, 20) || 'x'}) and <https://example.com/${encodeURIComponent(text).slice(0, 10)}> mailto:support@example.com\n`),
  fc.tuple(line, line).map(([a, b]) => `*${a}* **${b}** _${a}_ \`${b}\`\n`),
  fc.tuple(line, line).map(([a, b]) => `| ${a} | ${b} |\n| --- | --- |\n| ${b} | ${a} |\n`),
  line.map((text) => `\`\`\`\n${text}\n\`\`\`\n`),
  line.map((text) => `<!-- ${text.replace(/-->/g, '')} -->\n`),
  fc.constantFrom(
    '<!-- policylint-disable -->\n', '<!-- policylint-enable -->\n', '<!-- policylint-disable-next-line escalation-list-ordered -->\n',
    '<!-- policylint-disable escalation-list-ordered -->\n', '## Escalation\n', '## Complaints\n', '## Privacy\n', '## முறைப்பாடுகள்\n', '## การร้องเรียน\n', '## شکایات\n',
    '\n', '\r\n', '> ', '---\n', '\u00a0\n', '\uFEFF',
  ),
  line.map((text) => `> ${text}\n`),
  line,
);

const frontmatter = fc.oneof(
  fc.constant(''),
  fc.tuple(line, line).map(([title, owner]) => `---\ntitle: ${JSON.stringify(title)}\nowner: ${JSON.stringify(owner)}\n---\n`),
  line.map((text) => `---\n${text}\n---\n`),
  line.map((text) => `+++\ntitle = ${JSON.stringify(text)}\n+++\n`),
  fc.constant('---\ntitle: unterminated\n'),
);

const markdown = fc.tuple(frontmatter, fc.array(fragment, { maxLength: 12 }), fc.boolean()).map(([fm, parts, crlf]) => {
  const text = fm + parts.join('\n');
  return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
});

function checkPositions(text: string, messages: LintMessage[]): void {
  // Lines as the reports count them: split on CRLF, CR or LF.
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (lineNo: number, column: number, what: string) => {
    expect(lineNo, what).toBeGreaterThanOrEqual(1);
    expect(lineNo, what).toBeLessThanOrEqual(lines.length);
    expect(column, what).toBeGreaterThanOrEqual(1);
    expect(column, what).toBeLessThanOrEqual(lines[lineNo - 1]!.length + 1);
  };
  for (const message of messages) {
    inside(message.line, message.column, `start of ${message.ruleId}: ${message.message}`);
    if (message.endLine !== undefined || message.endColumn !== undefined) {
      inside(message.endLine!, message.endColumn!, `end of ${message.ruleId}: ${message.message}`);
      expect(message.endLine! > message.line || (message.endLine === message.line && message.endColumn! >= message.column)).toBe(true);
    }
    if (message.fix !== undefined) {
      expect(message.fix.range[0]).toBeGreaterThanOrEqual(0);
      expect(message.fix.range[1]).toBeLessThanOrEqual(text.length);
      expect(message.fix.range[0]).toBeLessThanOrEqual(message.fix.range[1]);
    }
  }
}

const bodyOf = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

describe('properties of linting arbitrary Markdown', () => {
  it('never throws, and every reported position lies inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (text) => {
        const [result] = await lintText(text, { noConfig: true, rules: RULES, filePath: 'policy.md' });
        expect(result!.messages.filter((m) => m.message.startsWith('Internal error') || m.message.startsWith('Cannot parse'))).toEqual([]);
        checkPositions(bodyOf(text), result!.messages);
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 20_000 },
    );
  }, 30_000);

  it('--fix output re-lints with no fixable messages left', async () => {
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(markdown, async (text) => {
        const [fixed] = await lintText(text, { noConfig: true, rules: RULES, filePath: 'policy.md', fix: true });
        const output = fixed!.output ?? text;
        if (fixed!.output !== undefined) changed++;
        const [again] = await lintText(output, { noConfig: true, rules: RULES, filePath: 'policy.md' });
        expect(again!.fixableErrorCount + again!.fixableWarningCount).toBe(0);
        expect(fixed!.fixableErrorCount + fixed!.fixableWarningCount).toBe(0);
        checkPositions(bodyOf(output), again!.messages);
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 20_000 },
    );
    // The generator reaches the fixable rule: some texts were fixed.
    expect(changed).toBeGreaterThan(5);
  }, 30_000);
});

describe('determinism', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same results whatever the order, the concurrency and the file order on disk', async () => {
    const texts = fc.sample(markdown, { seed: SEED, numRuns: 60 });
    const strip = (results: LintResult[], dir: string) => results.map((r) => ({ ...r, filePath: path.relative(dir, r.filePath) }));
    const runs: unknown[] = [];
    for (const [order, concurrency] of [['forward', 'off'], ['reverse', 'off'], ['forward', 2], ['reverse', 3]] as const) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-determinism-'));
      dirs.push(dir);
      const indexes = texts.map((_, i) => i);
      if (order === 'reverse') indexes.reverse();
      // Files are created in a different order, so the directory lists them differently.
      for (const i of indexes) fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(2, '0')}.md`), texts[i]!);
      fs.writeFileSync(path.join(dir, 'policylint.config.yaml'), 'rules:\n  escalation-list-ordered: error\n  frontmatter-schema: warn\n');
      runs.push(strip(await lint(['.'], { cwd: dir, concurrency }), dir));
    }
    for (const run of runs.slice(1)) expect(run).toEqual(runs[0]);
  }, 60_000);
});
