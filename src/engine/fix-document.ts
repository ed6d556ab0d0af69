/**
 * The fix loop of one file, ESLint's way: lint, apply every fix that applies
 * (`applyFixes` skips overlapping ones), lint the new text again, and repeat
 * until no fix applies or `MAX_FIX_PASSES` passes changed the text. The
 * messages returned are those of the final text: what remains.
 *
 * Pure: text in, outcome and fixed text out. No I/O and no shared state, so
 * it can run in a worker thread.
 */
import type { LintMessage } from '../types.js';
import { applyFixes } from './apply-fixes.js';
import { applyDirectives } from './directives.js';
import { lintDocument, type DocumentOutcome, type LintDocumentOptions } from './lint-document.js';

/** At most this many passes apply fixes (then the text is linted once more for what remains). */
export const MAX_FIX_PASSES = 10;

/** Which fixable messages to fix; `true` fixes all of them. */
export type FixFilter = (message: LintMessage) => boolean;

export interface FixDocumentOptions {
  /** Only fixes of messages this accepts are applied (the CLI's `--quiet` fixes errors only). */
  filter?: FixFilter | undefined;
  /** The file's line ending: with `\r\n`, line breaks in fix text are written as `\r\n` so no bare LF gets in. */
  lineEnding?: '\n' | '\r\n' | undefined;
  maxPasses?: number;
}

export interface FixedDocument {
  /** The outcome of linting the final text. */
  outcome: DocumentOutcome;
  /** The final text (the source when nothing was fixed). */
  text: string;
  /** How many passes applied fixes. */
  passes: number;
}

/** The line ending a text uses, told from its first line break (as `decode` in read-file.ts does). */
export function lineEndingOf(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

function withLineEnding(message: LintMessage, lineEnding: '\n' | '\r\n'): LintMessage {
  if (lineEnding === '\n' || message.fix === undefined || !/(?<!\r)\n/.test(message.fix.text)) return message;
  return { ...message, fix: { range: message.fix.range, text: message.fix.text.replace(/\r?\n/g, '\r\n') } };
}

/** The messages whose fix a pass applies: not turned off by a directive, and accepted by the filter. */
export function fixesToApply(outcome: DocumentOutcome, filter?: FixFilter): LintMessage[] {
  const { messages } = applyDirectives(outcome.messages, outcome.directives ?? []);
  return messages.filter((message) => message.fix !== undefined && (filter === undefined || filter(message)));
}

/**
 * Fix a text with any linting function (the engine's is `lintDocument`).
 * @param lint lints one version of the text
 */
export function fixText(source: string, lint: (text: string) => DocumentOutcome, options: FixDocumentOptions = {}): FixedDocument {
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  const lineEnding = options.lineEnding ?? '\n';
  let text = source;
  let outcome = lint(text);
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = fixesToApply(outcome, options.filter).map((message) => withLineEnding(message, lineEnding));
    if (fixes.length === 0) break;
    const { output, fixed } = applyFixes(text, fixes);
    if (fixed.length === 0 || output === text) break;
    text = output;
    passes++;
    outcome = lint(text);
  }
  return { outcome, text, passes };
}

/**
 * Lint one document and, with `fix`, fix it in memory.
 * @returns the outcome of the final text, and `output` (the fixed text) only when a fix changed it
 */
export function lintAndFix(
  source: string,
  options: LintDocumentOptions,
  fix: { filter?: FixFilter | undefined; lineEnding?: '\n' | '\r\n' | undefined } | null,
): { outcome: DocumentOutcome; output?: string } {
  if (fix === null) return { outcome: lintDocument(source, options) };
  // A tree parsed by the caller belongs to the source text only; fixed text is parsed again.
  const reparse: LintDocumentOptions = { ...options };
  delete reparse.tree;
  const fixed = fixText(source, (text) => lintDocument(text, text === source ? options : reparse), {
    filter: fix.filter,
    lineEnding: fix.lineEnding ?? lineEndingOf(source),
  });
  return fixed.text === source ? { outcome: fixed.outcome } : { outcome: fixed.outcome, output: fixed.text };
}
