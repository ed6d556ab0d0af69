/** Applies a file's inline directives to its messages and reports directives that are wrong or unused. */
import type { LintMessage } from '../types.js';
import { applyDirectives, type Directive } from './directives.js';

function comment(directive: Directive): string {
  return directive.kind === 'disable-file' ? 'policylint: { disable } in frontmatter' : `policylint-${directive.kind} comment`;
}

/**
 * @param knownRule whether a rule id exists in the run's registry
 */
export function controlMessages(
  messages: readonly LintMessage[],
  directives: readonly Directive[],
  reportUnused: 'off' | 'warn' | 'error',
  knownRule: (id: string) => boolean,
): LintMessage[] {
  const { messages: kept, unused } = applyDirectives(messages, directives);
  for (const directive of directives) {
    for (const rule of directive.rules ?? []) {
      if (!knownRule(rule)) {
        kept.push({ ruleId: null, severity: 1, message: `Unknown rule "${rule}" in a ${comment(directive)}.`, line: directive.line, column: directive.column });
      }
    }
  }
  if (reportUnused !== 'off') {
    for (const directive of unused) {
      const what = directive.rules === null ? 'any rule' : directive.rules.map((r) => `"${r}"`).join(', ');
      kept.push({
        ruleId: null,
        severity: reportUnused === 'error' ? 2 : 1,
        message: `Unused ${comment(directive)}: no problem from ${what} was reported here. Remove it.`,
        line: directive.line,
        column: directive.column,
      });
    }
  }
  return kept;
}
