/**
 * Applies the fixes of a result to its text, ESLint's way: in order of their
 * ranges, skipping any fix that overlaps one already applied (the next pass
 * picks it up).
 */
import type { LintMessage } from '../types.js';

export interface FixOutcome {
  output: string;
  /** Messages whose fix was applied. */
  fixed: LintMessage[];
  /** Messages with a fix that overlapped another and was left for the next pass. */
  remaining: LintMessage[];
}

export function applyFixes(text: string, messages: readonly LintMessage[]): FixOutcome {
  const withFix = messages.filter((m) => m.fix !== undefined).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const fixed: LintMessage[] = [];
  const remaining: LintMessage[] = [];
  let output = '';
  let cursor = 0;
  for (const message of withFix) {
    const [start, end] = message.fix!.range;
    if (start < cursor || start > end || end > text.length) {
      remaining.push(message);
      continue;
    }
    output += text.slice(cursor, start) + message.fix!.text;
    cursor = end;
    fixed.push(message);
  }
  return { output: output + text.slice(cursor), fixed, remaining };
}
