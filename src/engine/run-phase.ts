/**
 * The run phase: rules that span files (the site footer) run once, after every
 * file was linted, over what they collected from each file.
 */
import type { CollectedFile, LintMessage, ResolvedConfig, RunContext, RunRule } from '../types.js';
import { toMessage } from './messages.js';
import { enabledRules, type DocumentOutcome } from './lint-document.js';

export async function runRunRules(
  outcomes: readonly DocumentOutcome[],
  config: ResolvedConfig,
  cwd: string,
  root: string,
): Promise<Map<string, LintMessage[]>> {
  const extra = new Map<string, LintMessage[]>();
  const add = (filePath: string, message: LintMessage) => {
    const list = extra.get(filePath) ?? [];
    list.push(message);
    extra.set(filePath, list);
  };
  for (const { rule, severity, options } of enabledRules(config)) {
    if (rule.meta.scope !== 'run') continue;
    const runRule = rule as RunRule<Record<string, unknown>, unknown>;
    const files: Array<CollectedFile<unknown>> = outcomes
      .filter((outcome) => rule.meta.id in outcome.collected)
      .map((outcome) => ({ filePath: outcome.filePath, data: outcome.collected[rule.meta.id] }));
    if (files.length === 0) continue;
    const context: RunContext<Record<string, unknown>, unknown> = {
      files,
      options,
      settings: config.settings,
      cwd,
      root,
      configFile: config.filePath,
      report: (filePath, descriptor) => add(filePath, toMessage(rule.meta, severity, descriptor, null)),
    };
    try {
      await runRule.checkRun(context);
    } catch (error) {
      add(files[0]!.filePath, {
        ruleId: rule.meta.id,
        severity: 2,
        message: `Internal error in rule "${rule.meta.id}": ${(error as Error).message}. Please report this.`,
        line: 1,
        column: 1,
      });
    }
  }
  return extra;
}
