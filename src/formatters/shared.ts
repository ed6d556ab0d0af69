/** Helpers shared by the built-in formatters: rule metadata, paths, totals. */
import path from 'node:path';
import { builtInRules } from '../../rules/index.js';
import type { LintMessage, LintResult } from '../types.js';
import type { FormatterContext, FormatterRuleMeta } from './types.js';

let builtInMetas: ReadonlyMap<string, FormatterRuleMeta> | undefined;

/** The rule metadata of the run: `context.rules`, else the built-in rules. */
export function ruleMetas(context: FormatterContext): ReadonlyMap<string, FormatterRuleMeta> {
  return context.rules ?? (builtInMetas ??= new Map(builtInRules.map((rule) => [rule.meta.id, rule.meta])));
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function severityName(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning';
}

/**
 * `filePath` relative to `base` with `/` separators, or `null` when the file
 * is not inside `base` (another drive, or `..` needed).
 */
export function relativeInside(base: string, filePath: string): string | null {
  const relative = path.relative(base, path.resolve(base, filePath));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join('/');
}

/** A path for people: relative to `cwd` when inside it, else absolute; always with `/`. */
export function displayPath(cwd: string, filePath: string): string {
  return relativeInside(cwd, filePath) ?? filePath.split(path.sep).join('/');
}

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  fixable: number;
}

export function totals(results: readonly LintResult[]): Totals {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
  }
  return { files: results.length, errors, warnings, fixable };
}

/** The stylish summary sentence without its mark: `5 problems (4 errors, 1 warning) in 3 files checked`. */
export function summarySentence({ files, errors, warnings }: Totals): string {
  if (errors + warnings === 0) return `No problems in ${plural(files, 'file')} checked.`;
  return `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')} checked`;
}
