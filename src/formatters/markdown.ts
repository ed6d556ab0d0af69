/**
 * `--format markdown`: a heading, a summary line and a table of problems
 * (file, line:column, severity, rule linked to its docs, message), for a pull
 * request comment or `$GITHUB_STEP_SUMMARY`:
 *
 *     policylint --format markdown >> "$GITHUB_STEP_SUMMARY"
 *
 * Cell text is escaped so that nothing in a message or path can end a cell
 * (`|`), break the row (line breaks become `<br>`), or turn into markup or
 * HTML (Markdown punctuation is backslash-escaped); control characters are
 * written as `\uXXXX`.
 */
import type { Formatter } from './types.js';
import { displayPath, plural, ruleMetas, severityName, summarySentence, totals } from './shared.js';

/** Escapes text for one GFM table cell. */
export function markdownCell(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/[\\`*_[\]<>|~&#!]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A URL as a link destination: spaces and parentheses percent-encoded. */
function destination(url: string): string {
  return url.replace(/[\s()<>]/g, (char) => encodeURIComponent(char));
}

export const markdown: Formatter = (results, context) => {
  const metas = ruleMetas(context);
  const sum = totals(results);
  const problems = sum.errors + sum.warnings;
  const lines = ['### policylint', '', `${problems === 0 ? '✔' : '✖'} ${summarySentence(sum)}${problems === 0 ? '' : '.'}`];
  if (sum.fixable > 0) lines.push('', `${plural(sum.fixable, 'problem')} can be fixed automatically.`);
  if (problems > 0) {
    lines.push('', '| File | Line | Severity | Rule | Message |', '| --- | --- | --- | --- | --- |');
    for (const result of results) {
      const file = markdownCell(displayPath(context.cwd, result.filePath));
      for (const message of result.messages) {
        const severity = message.fatal === true ? 'error (fatal)' : severityName(message);
        let rule = '';
        if (message.ruleId !== null) {
          const url = metas.get(message.ruleId)?.url;
          rule = url === undefined ? markdownCell(message.ruleId) : `[${markdownCell(message.ruleId)}](${destination(url)})`;
        }
        lines.push(`| ${file} | ${message.line}:${message.column} | ${severity} | ${rule} | ${markdownCell(message.message)} |`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
};
