/**
 * `--format stylish` (default): problems grouped by file, one per line as
 * `line:column  severity  message  rule-id`, then a summary line.
 */
import path from 'node:path';
import { createColors } from 'picocolors';
import type { Formatter } from './types.js';
import { plural, severityName, totals } from './shared.js';

/** Display width, counting wide (CJK) characters twice and marks as nothing. */
function width(text: string): number {
  let total = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (/\p{M}|\p{Cf}/u.test(char)) continue;
    total += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000 ? 2 : 1;
  }
  return total;
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/** Bidi isolation keeps right-to-left text (Urdu, Arabic) from reordering the columns around it. */
function isolateRtl(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}

function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

export const stylish: Formatter = (results, { cwd, color }) => {
  const c = createColors(color);
  const lines: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const shown = path.relative(cwd, result.filePath) || result.filePath;
    lines.push(c.underline(shown.startsWith('..') ? result.filePath : shown));
    const rows = result.messages.map((m) => [`${m.line}:${m.column}`, severityName(m), isolateRtl(m.message), m.ruleId ?? ''] as const);
    const positionWidth = Math.max(...rows.map((r) => r[0].length));
    for (const [position, severity, message, ruleId] of rows) {
      const label = severity === 'error' ? c.red(pad(severity, 7)) : c.yellow(pad(severity, 7));
      lines.push(`  ${c.dim(pad(position, positionWidth))}  ${label}  ${message}  ${c.dim(ruleId)}`.trimEnd());
    }
    lines.push('');
  }
  const { files, errors, warnings, fixable } = totals(results);
  const problems = errors + warnings;
  if (problems === 0) {
    lines.push(c.green(`✔ No problems in ${plural(files, 'file')} checked.`));
  } else {
    const summary = `✖ ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')} checked`;
    lines.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
    if (fixable > 0) lines.push(c.dim(`  ${plural(fixable, 'problem')} can be fixed with the --fix option.`));
  }
  return `${lines.join('\n')}\n`;
};
