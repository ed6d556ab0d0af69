/** The shared policy corpus (../shared/corpus) that the real-world regression tests lint. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

export const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

/** Whether the corpus is there: the regression tests skip without it, after one failing test that says why. */
export const corpusPresent = fs.existsSync(path.join(CORPUS, 'index.json'));

/** A test that fails, with how to fix it, when the corpus is missing. */
export function itFindsTheCorpus(): void {
  it('finds the shared corpus', () => {
    expect(
      corpusPresent,
      `The policy corpus is missing: expected ${path.join(CORPUS, 'index.json')}. ` +
        'This test lints real documents from ../shared/corpus (a folder next to this repository, holding index.json ' +
        'and one folder per source repository). CI has it; locally, put the corpus at that path to run this test.',
    ).toBe(true);
  });
}
