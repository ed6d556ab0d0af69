/**
 * The file phase: build the model of one document and run every enabled file
 * rule over it; run rules get to `collect` what they need from it.
 * Nothing here touches shared state, so files can be linted in any order.
 */
import type { Root } from 'mdast';
import type { LintMessage, ResolvedConfig, Rule, RuleContext } from '../types.js';
import { buildDocument } from '../model/build-document.js';
import { DocumentError } from '../errors.js';
import { fatalMessage, toMessage } from './messages.js';
import { readDirectives, type Directive } from './directives.js';

export interface DocumentOutcome {
  filePath: string;
  language: string;
  messages: LintMessage[];
  /** What each run rule collected from this document, keyed by rule id. */
  collected: Record<string, unknown>;
  /** Inline `policylint-disable` comments and the frontmatter switch, applied after the run phase. */
  directives: Directive[];
}

export interface LintDocumentOptions {
  filePath: string;
  config: ResolvedConfig;
  /** Project root for language folders and site-absolute links. */
  root: string;
  cwd: string;
  exists: (path: string) => boolean;
  /** The mdast tree of `source` when a unified pipeline already parsed it (the remark plugin); else it is parsed here. */
  tree?: Root;
}

export function enabledRules(config: ResolvedConfig): Array<{ rule: Rule; severity: 1 | 2; options: Record<string, unknown> }> {
  const enabled: Array<{ rule: Rule; severity: 1 | 2; options: Record<string, unknown> }> = [];
  for (const [id, setting] of Object.entries(config.rules)) {
    const rule = config.registry.get(id);
    if (rule !== undefined && setting.severity !== 0) enabled.push({ rule, severity: setting.severity, options: setting.options });
  }
  return enabled;
}

export function lintDocument(source: string, options: LintDocumentOptions): DocumentOutcome {
  let built;
  try {
    built = buildDocument(source, { filePath: options.filePath, root: options.root, language: options.config.language }, options.tree);
  } catch (error) {
    if (error instanceof DocumentError) {
      return { filePath: options.filePath, language: 'und', messages: [fatalMessage(error.message, error.line, error.column)], collected: {}, directives: [] };
    }
    const reason = error instanceof RangeError && /call stack/i.test(error.message) ? 'it nests too deeply (the parser ran out of stack)' : (error as Error).message;
    return { filePath: options.filePath, language: 'und', messages: [fatalMessage(`Cannot parse the file: ${reason}.`)], collected: {}, directives: [] };
  }
  const { document, text } = built;
  const messages: LintMessage[] = [];
  const collected: Record<string, unknown> = {};
  for (const { rule, severity, options: ruleOptions } of enabledRules(options.config)) {
    const context: RuleContext = {
      document,
      text,
      options: ruleOptions,
      settings: options.config.settings,
      cwd: options.cwd,
      root: options.root,
      exists: options.exists,
      report: (descriptor) => messages.push(toMessage(rule.meta, severity, descriptor, document.title?.range ?? null)),
    };
    try {
      if (rule.meta.scope === 'run') collected[rule.meta.id] = (rule as Extract<Rule, { collect: unknown }>).collect(context);
      else (rule as Extract<Rule, { check: unknown }>).check(context);
    } catch (error) {
      // A rule bug must not stop the other rules or files; say where it happened.
      messages.push({
        ruleId: rule.meta.id,
        severity: 2,
        message: `Internal error in rule "${rule.meta.id}": ${(error as Error).message}. Please report this with the file.`,
        line: 1,
        column: 1,
      });
    }
  }
  const directives = readDirectives(document.tree, document.frontmatter?.data);
  return { filePath: options.filePath, language: document.language.tag, messages, collected, directives };
}
