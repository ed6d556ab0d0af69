/**
 * Regression test over real documents (the markdownlint way): a sample of the
 * shared policy corpus is linted with `policylint:recommended` minus
 * `policy-linked-from-footer`, and each document's detected language and
 * findings ("line:column ruleId/messageId") must match test/corpus/expected.json.
 *
 * Every stored finding was checked by reading the document; the verdicts, and
 * the findings known to be wrong pending a fix, are listed in
 * docs/accuracy-core.md ("Corpus regression sample"). When a change moves a
 * finding, check the document, update that table, and regenerate:
 *
 *   node test/corpus/update-expected.mjs --dist <a build>    (see the script)
 *   UPDATE_EXPECTED=1 npx vitest run test/corpus             (re-record from the sources)
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import type { LintMessage, LintResult } from '../../src/types.js';
import { CORPUS, corpusPresent, itFindsTheCorpus } from '../support/corpus.js';

const EXPECTED_FILE = path.join(import.meta.dirname, 'expected.json');
const UPDATE = process.env['UPDATE_EXPECTED'] === '1';

interface Expected {
  language: string;
  findings: string[];
}

const expected = JSON.parse(fs.readFileSync(EXPECTED_FILE, 'utf8')) as Record<string, Expected>;
const documents = Object.keys(expected);

function findingKey(message: LintMessage): string {
  const id = (message as { messageId?: string }).messageId ?? (message.fatal === true ? 'fatal' : '?');
  return `${message.line}:${message.column} ${message.ruleId ?? '(fatal)'}/${id}`;
}

/** By position, then by id: the order update-expected.mjs writes. */
function sortFindings(keys: string[]): string[] {
  const parse = (key: string): [number, number, string] => {
    const m = /^(\d+):(\d+) (.*)$/.exec(key);
    return m === null ? [0, 0, key] : [Number(m[1]), Number(m[2]), m[3]!];
  };
  return [...keys].sort((a, b) => {
    const [la, ca, ra] = parse(a);
    const [lb, cb, rb] = parse(b);
    return la - lb || ca - cb || (ra < rb ? -1 : ra > rb ? 1 : 0);
  });
}

/** A readable diff of one document: what went, what came, in position order. */
function describeDiff(document: string, want: Expected, got: Expected): string {
  const lines: string[] = [];
  if (want.language !== got.language) lines.push(`  language: expected ${want.language}, got ${got.language}`);
  const gone = want.findings.filter((f) => !got.findings.includes(f));
  const added = got.findings.filter((f) => !want.findings.includes(f));
  for (const f of sortFindings([...gone, ...added])) lines.push(`  ${gone.includes(f) ? '-' : '+'} ${f}${gone.includes(f) ? '   (expected, no longer reported)' : '   (reported, not expected)'}`);
  if (lines.length === 0) return '';
  return [
    `${document}: findings differ from test/corpus/expected.json`,
    ...lines,
    '  Read the document and check docs/accuracy-core.md (known-wrong findings are listed there);',
    '  if the change is right, regenerate expected.json (node test/corpus/update-expected.mjs) and update that table.',
  ].join('\n');
}

describe('corpus regression (real documents)', () => {
  itFindsTheCorpus();

  describe.skipIf(!corpusPresent)('sampled documents', () => {
    let actual = new Map<string, Expected>();

    beforeAll(async () => {
      const index = new Set((JSON.parse(fs.readFileSync(path.join(CORPUS, 'index.json'), 'utf8')) as Array<{ path: string }>).map((d) => d.path));
      const unknown = documents.filter((d) => !index.has(d));
      if (unknown.length > 0) throw new Error(`expected.json names documents that are not in the corpus index:\n  ${unknown.join('\n  ')}`);
      const results: LintResult[] = await lint(
        documents.map((d) => path.join(CORPUS, d)),
        { cwd: CORPUS, noConfig: true, gitignore: false, rules: { 'policy-linked-from-footer': 'off' } },
      );
      actual = new Map(
        results.map((r) => [
          path.relative(CORPUS, r.filePath).split(path.sep).join('/'),
          { language: r.language, findings: sortFindings(r.messages.map(findingKey)) },
        ]),
      );
      if (UPDATE) {
        const updated = Object.fromEntries(documents.map((d) => [d, actual.get(d)!]));
        fs.writeFileSync(EXPECTED_FILE, `${JSON.stringify(updated, null, 2)}\n`);
      }
    });

    it('lints every sampled document', () => {
      expect(documents.length).toBeGreaterThanOrEqual(30);
      expect(documents.filter((d) => !actual.has(d))).toEqual([]);
    });

    it.each(documents)('%s', (document) => {
      const got = actual.get(document);
      expect(got, `${document} was not linted`).toBeDefined();
      const report = describeDiff(document, expected[document]!, got!);
      if (report !== '' && !UPDATE) expect.fail(report);
    });

    it('matches expected.json as a whole', () => {
      if (UPDATE) return;
      const reports = documents.map((d) => describeDiff(d, expected[d]!, actual.get(d) ?? { language: '(not linted)', findings: [] })).filter((r) => r !== '');
      expect(reports.join('\n\n'), `${reports.length} of ${documents.length} documents differ:\n\n${reports.join('\n\n')}`).toBe('');
    });
  });
});
