/**
 * Regression test of the rule packs over real documents (the markdownlint way):
 * every item of the human precision review in docs/accuracy.md is replayed.
 *
 * test/corpus/packs-judged.json holds one entry per judged item: the preset,
 * the document (relative to ../shared/corpus), the rule, and the outcome the
 * rule SHOULD give by the human verdict as it stands after the fixes the doc
 * describes ("finding": a TRUE finding or a FALSE pass; "pass": a FALSE
 * finding or a TRUE pass). Each document is linted once per preset with
 * `policylint:<preset>`, `policy-linked-from-footer` off (the corpus has no
 * sites) and the review's clock (`settings.now`, 2026-11-25).
 *
 * How an item is checked:
 * - "finding" with a messageId: the rule reports that messageId on the file;
 *   without one: the rule reports on the file.
 * - "pass" with a messageId (a judged FALSE finding): the rule does not report
 *   that messageId (another message of the same rule may be a separate, TRUE
 *   item, e.g. Decathlon noReference vs noAcknowledgement); without one: the
 *   rule reports nothing on the file.
 * - `known: "false-finding" | "false-pass"`: the review lists the item as still
 *   wrong after its fixes ("What is left"). The test asserts the CURRENT, wrong
 *   behaviour, so that a fix makes the test fail: then re-read the document,
 *   drop `known` from the item, and update docs/accuracy.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import type { LintMessage } from '../../src/types.js';
import { CORPUS, corpusPresent, itFindsTheCorpus } from '../support/corpus.js';

const JUDGED_FILE = path.join(import.meta.dirname, 'packs-judged.json');
const NOW = '2026-11-25';

interface Judged {
  preset: string;
  file: string;
  rule: string;
  outcome: 'finding' | 'pass';
  messageId?: string;
  note: string;
  known?: 'false-finding' | 'false-pass';
}

const judged = JSON.parse(fs.readFileSync(JUDGED_FILE, 'utf8')) as Judged[];
const presets = [...new Set(judged.map((j) => j.preset))];

/** `rule/messageId` keys reported per document, for one preset. */
type Reported = Map<string, Set<string>>;

function keyOf(message: LintMessage): string {
  return `${message.ruleId ?? '(fatal)'}/${(message as { messageId?: string }).messageId ?? '?'}`;
}

function reports(got: Set<string>, item: Judged): boolean {
  const keys = [...got];
  return item.messageId === undefined ? keys.some((k) => k.startsWith(`${item.rule}/`)) : got.has(`${item.rule}/${item.messageId}`);
}

function title(item: Judged): string {
  const what = `${item.rule}${item.messageId === undefined ? '' : `/${item.messageId}`}`;
  const should = item.outcome === 'finding' ? 'reports' : 'does not report';
  if (item.known === undefined) return `${should} ${what} on ${item.file}`;
  const current = item.known === 'false-finding' ? 'still reports' : 'still does not report';
  return `KNOWN ${item.known.toUpperCase()} (a fix should flip this): ${current} ${what} on ${item.file}`;
}

describe('rule packs on judged corpus documents (docs/accuracy.md)', () => {
  itFindsTheCorpus();

  it('has well-formed judged items', () => {
    for (const item of judged) {
      expect(['finding', 'pass'], JSON.stringify(item)).toContain(item.outcome);
      if (item.known !== undefined) {
        // A known false finding is a "pass" the rule still fails; a known false pass a "finding" it still misses.
        expect(item.known === 'false-finding' ? 'pass' : 'finding', JSON.stringify(item)).toBe(item.outcome);
      }
    }
  });

  describe.skipIf(!corpusPresent)('judged items', () => {
    const reported = new Map<string, Reported>();

    beforeAll(async () => {
      const index = new Set((JSON.parse(fs.readFileSync(path.join(CORPUS, 'index.json'), 'utf8')) as Array<{ path: string }>).map((d) => d.path));
      const unknown = [...new Set(judged.map((j) => j.file))].filter((f) => !index.has(f));
      if (unknown.length > 0) throw new Error(`packs-judged.json names documents that are not in the corpus index:\n  ${unknown.join('\n  ')}`);
      for (const preset of presets) {
        const files = [...new Set(judged.filter((j) => j.preset === preset).map((j) => j.file))];
        const results = await lint(
          files.map((f) => path.join(CORPUS, f)),
          {
            cwd: CORPUS,
            noConfig: true,
            gitignore: false,
            concurrency: 'off',
            config: { root: true, extends: [`policylint:${preset}`], rules: { 'policy-linked-from-footer': 'off' }, settings: { now: NOW } },
          },
        );
        reported.set(
          preset,
          new Map(results.map((r) => [path.relative(CORPUS, r.filePath).split(path.sep).join('/'), new Set(r.messages.map(keyOf))])),
        );
      }
    }, 300_000);

    for (const preset of presets) {
      describe(`policylint:${preset}`, () => {
        const items = judged.filter((j) => j.preset === preset);

        it('lints every judged document', () => {
          const got = reported.get(preset)!;
          expect(items.map((i) => i.file).filter((f) => !got.has(f))).toEqual([]);
        });

        it.each(items.map((item) => [title(item), item] as const))('%s', (_name, item) => {
          const got = reported.get(preset)!.get(item.file);
          expect(got, `${item.file} was not linted`).toBeDefined();
          const now = reports(got!, item);
          // What the rule gives today, by design: the human outcome, or its opposite for a known-wrong item.
          const want = (item.outcome === 'finding') !== (item.known !== undefined);
          const messages = [...got!].filter((k) => k.startsWith(`${item.rule}/`)).join(', ') || 'none';
          const hint =
            item.known === undefined
              ? `The human review judged "${item.outcome}" (${item.note}). Read the document; if the rule is wrong, fix it; ` +
                'if the verdict changed, update the item in packs-judged.json and docs/accuracy.md.'
              : `Known ${item.known} (${item.note}) no longer reproduces: the rule may have been fixed. Read the document; if the ` +
                'result is now right, remove "known" from the item in packs-judged.json and update "What is left" in docs/accuracy.md.';
          expect(now, `${preset} ${item.file}: ${item.rule} messages now: ${messages}.\n${hint}`).toBe(want);
        });
      });
    }
  });
});
