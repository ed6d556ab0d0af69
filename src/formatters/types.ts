import type { LintResult, RuleMeta } from '../types.js';

/** What a formatter may know about a rule: enough for titles, links and SARIF rule descriptors. */
export type FormatterRuleMeta = Pick<RuleMeta, 'id' | 'type' | 'description' | 'url' | 'fixable'>;

export interface FormatterContext {
  /** Paths are shown relative to this folder where a formatter prints paths for people. */
  cwd: string;
  /** Whether to use ANSI colours. */
  color: boolean;
  /**
   * Metadata of the rules of the run, keyed by rule id (SARIF `tool.driver.rules`,
   * annotation titles, links to rule docs). When absent, formatters use the built-in rules.
   * A message whose rule is not in the map is still reported, without a docs link.
   */
  rules?: ReadonlyMap<string, FormatterRuleMeta>;
  /** Environment variables (`GITHUB_WORKSPACE` for `github`); when absent, `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Turns results into the text printed on stdout. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;

/**
 * A formatter loaded with `--format <path or package>`: the module's default
 * export. It may return a promise; the CLI waits for it.
 */
export type CustomFormatter = (results: readonly LintResult[], context: FormatterContext) => string | Promise<string>;
