/**
 * `--format github`: GitHub Actions workflow commands, one per message, which
 * GitHub shows as annotations on the files of a pull request:
 *
 *     ::error file=docs/refunds.md,line=3,col=1,endLine=3,endColumn=24,title=complaint-process-defined::The complaints section …
 *
 * - Paths are relative to `GITHUB_WORKSPACE` when it is set (the checkout),
 *   else to the working directory; a file outside it keeps its absolute path.
 * - `col` and `endColumn` are sent only for a message on one line: GitHub's
 *   annotations accept columns only when the start and end line are the same.
 * - The title is the rule id (`policylint` for a message without a rule); the
 *   rule's docs URL follows the message on its own line.
 * - Data and properties are escaped as GitHub's toolkit (`@actions/core`) does.
 */
import path from 'node:path';
import type { LintMessage } from '../types.js';
import type { Formatter } from './types.js';
import { relativeInside, ruleMetas } from './shared.js';

/** Escapes the message of a workflow command (`escapeData` in @actions/core). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (`escapeProperty` in @actions/core). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function properties(file: string, message: LintMessage, title: string): string {
  const props: Array<[string, string | number]> = [['file', file], ['line', message.line]];
  const oneLine = message.endLine === undefined || message.endLine === message.line;
  if (oneLine) props.push(['col', message.column]);
  if (message.endLine !== undefined) props.push(['endLine', message.endLine]);
  if (oneLine && message.endLine !== undefined && message.endColumn !== undefined) props.push(['endColumn', message.endColumn]);
  props.push(['title', title]);
  return props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
}

export const github: Formatter = (results, context) => {
  const env = context.env ?? process.env;
  const workspace = env['GITHUB_WORKSPACE'];
  const base = workspace === undefined || workspace === '' ? context.cwd : path.resolve(context.cwd, workspace);
  const metas = ruleMetas(context);
  const lines: string[] = [];
  for (const result of results) {
    const file = relativeInside(base, result.filePath) ?? path.resolve(context.cwd, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      const command = message.severity === 2 ? 'error' : 'warning';
      const title = message.ruleId ?? 'policylint';
      const url = message.ruleId === null ? undefined : metas.get(message.ruleId)?.url;
      const data = url === undefined ? message.message : `${message.message}\n${url}`;
      lines.push(`::${command} ${properties(file, message, title)}::${escapeData(data)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
