/**
 * `--format junit`: JUnit XML for CI test reports. One `<testsuite>` for the
 * run and one `<testcase>` per linted file (named by its path relative to the
 * working directory). Each problem is a `<failure>` of its file's testcase
 * (warnings too, with `type` the rule id); a fatal message (the file could not
 * be read or parsed) is an `<error>`. `failures` and `errors` count testcases,
 * as JUnit does. Text is XML-escaped; characters XML 1.0 cannot hold (control
 * characters, lone surrogates) are written as `\uXXXX`.
 */
import type { LintMessage } from '../types.js';
import type { Formatter } from './types.js';
import { displayPath, ruleMetas, severityName } from './shared.js';

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

function visible(value: string): string {
  return value.replace(NOT_XML, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Escapes element text; `\r` is a character reference, or XML parsers would turn `\r\n` into `\n`. */
export function xmlText(value: string): string {
  return visible(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value (in double quotes); line breaks and tabs survive as character references. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function position(message: LintMessage): string {
  const start = `${message.line}:${message.column}`;
  if (message.endLine === undefined) return start;
  return `${start}-${message.endLine}:${message.endColumn ?? message.column}`;
}

export const junit: Formatter = (results, context) => {
  const metas = ruleMetas(context);
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  for (const result of results) {
    const name = xmlAttribute(displayPath(context.cwd, result.filePath));
    const open = `    <testcase classname="policylint" name="${name}" file="${name}" time="0"`;
    if (result.messages.length === 0) {
      cases.push(`${open}/>`);
      continue;
    }
    const children: string[] = [];
    let fatal = false;
    for (const message of result.messages) {
      fatal ||= message.fatal === true;
      const element = message.fatal === true ? 'error' : 'failure';
      const type = message.ruleId ?? (message.fatal === true ? 'fatal' : 'policylint');
      const url = message.ruleId === null ? undefined : metas.get(message.ruleId)?.url;
      const body = `${position(message)} ${message.fatal === true ? 'fatal error' : severityName(message)}: ${message.message}${url === undefined ? '' : `\n${url}`}`;
      children.push(`      <${element} message="${xmlAttribute(message.message)}" type="${xmlAttribute(type)}">${xmlText(body)}</${element}>`);
    }
    if (fatal) errors++;
    else failures++;
    cases.push(`${open}>`, ...children, '    </testcase>');
  }
  const counts = `tests="${results.length}" failures="${failures}" errors="${errors}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="policylint" ${counts} time="0">`,
    `  <testsuite name="policylint" ${counts} skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
