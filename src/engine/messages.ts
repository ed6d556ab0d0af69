/** Turns what rules report into `LintMessage`s and totals them into a `LintResult`. */
import type { LintMessage, LintResult, Range, ReportDescriptor, RuleMeta } from '../types.js';

/** Fill `{{name}}` placeholders; an unknown placeholder is left as written. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

const FILE_START: Range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

export function toMessage(meta: RuleMeta<object>, severity: 1 | 2, descriptor: ReportDescriptor, fallback: Range | null): LintMessage {
  const template = meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`rule "${meta.id}" reported an unknown messageId "${descriptor.messageId}"`);
  const range = descriptor.at ?? fallback ?? FILE_START;
  const message: LintMessage = {
    ruleId: meta.id,
    messageId: descriptor.messageId,
    severity: descriptor.severity === 'warn' ? 1 : severity,
    message: formatMessage(template, descriptor.data),
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  };
  if (descriptor.fix !== undefined) message.fix = descriptor.fix;
  return message;
}

export function fatalMessage(text: string, line = 1, column = 1): LintMessage {
  return { ruleId: null, severity: 2, fatal: true, message: text, line, column };
}

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '') || a.message.localeCompare(b.message);
}

export function toResult(filePath: string, language: string, messages: LintMessage[]): LintResult {
  const sorted = [...messages].sort(compareMessages);
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const message of sorted) {
    if (message.severity === 2) {
      errorCount++;
      if (message.fatal === true) fatalErrorCount++;
      if (message.fix !== undefined) fixableErrorCount++;
    } else {
      warningCount++;
      if (message.fix !== undefined) fixableWarningCount++;
    }
  }
  return { filePath, language, messages: sorted, errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount };
}
