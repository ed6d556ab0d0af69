/**
 * Public types of policylint: results, messages, fixes, rules and configuration.
 */
import type { PolicyDocument } from './model/document-types.js';
import type { TextLayer } from './text/text-layer.js';
import type { RuleRegistry } from './engine/rule-registry.js';

/** 0 = off, 1 = warning, 2 = error (ESLint's numbering). */
export type SeverityLevel = 0 | 1 | 2;
export type SeverityName = 'off' | 'warn' | 'error';
export type Severity = SeverityLevel | SeverityName;

/** A point in a file: 1-based line and column, 0-based offset into the text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in a file; `end` is exclusive. */
export interface Range {
  start: Point;
  end: Point;
}

/** Replace the text between two offsets (of the file's text without BOM). */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface LintMessage {
  /** `null` for fatal read or parse errors. */
  ruleId: string | null;
  messageId?: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** True when the file could not be read or parsed; no rule ran on it. */
  fatal?: boolean;
  fix?: Fix;
}

export interface LintResult {
  filePath: string;
  /** BCP-47 tag of the language the rules used for this file. */
  language: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /**
   * With the `fix` option: the fixed text of the file, present only when a fix
   * changed it (with a leading U+FEFF when the file had a BOM). `messages` are
   * then the problems that remain in it. `writeFixes` writes it to the file.
   */
  output?: string;
  /**
   * With the `shard` option (`--shard`): what the file phase produced, so that
   * `mergeShards` (`policylint merge`) can run the run rules over all shards.
   */
  shard?: ShardRecord;
}

/** A shard's record of one file: its messages before directives, its directives and what run rules collected. */
export interface ShardRecord {
  index: number;
  count: number;
  messages: LintMessage[];
  collected: Record<string, unknown>;
  directives: unknown[];
}

/** A check written in a declarative rule: a pattern, with an optional message. */
export type PatternCheck = string | { pattern: string; message?: string };

/**
 * A policy requirement written as data in a config (no code), compiled into a
 * rule. Patterns match normalised text: lower case, native digits as ASCII.
 */
export interface DeclarativeRuleDefinition {
  severity: Severity;
  description?: string;
  url?: string;
  /** A section whose heading contains one of these terms (a list, or lists by language tag). */
  'require-section'?: { heading: string[] | Record<string, string[]>; message?: string };
  /** Checks inside the required section. */
  'within-section'?: { 'require-pattern'?: string; 'forbid-pattern'?: string; 'list-ordered'?: boolean; message?: string };
  'require-pattern'?: PatternCheck;
  'forbid-pattern'?: PatternCheck;
  'require-frontmatter'?: string[] | { fields: string[]; message?: string };
  'require-link'?: { text?: string; url?: string; message?: string };
  /** A frontmatter date no older than `days` (clock: `settings.now`, else today). */
  'max-age'?: { field: string; days: number; message?: string };
}

/** A rule as written in a config: a severity, `[severity, options]`, or a declarative rule. */
export type RuleEntry = Severity | [Severity] | [Severity, Record<string, unknown>] | DeclarativeRuleDefinition;

export interface Settings {
  /** Footer partials, built pages or nav data files that must link every policy. */
  footer?: string[];
  /** The site's public base URL; stripped from footer links before matching. */
  baseUrl?: string;
  /** Site root that document URLs are computed from (default: the config's folder). */
  siteRoot?: string;
  /** The site's default language, whose pages are served without a language folder (`content/en/x.md` = `/x/`). */
  defaultLanguage?: string;
  [key: string]: unknown;
}

/** A config as written in a file (before `extends` is resolved). */
/** Rules, settings or language for the files that match `files` (gitignore syntax, relative to the config's folder). */
export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  /** Presets or shareable configs for these files only (applied before this override's `rules`). */
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  settings?: Settings;
  language?: string;
}

export interface ConfigInput {
  /** Stop looking for config files in parent folders. */
  root?: boolean;
  /** Files never linted (gitignore syntax, relative to the config's folder). */
  ignores?: string[];
  overrides?: ConfigOverride[];
  extends?: string | string[];
  /** Plugins (package names or relative paths) whose rules this config uses. */
  plugins?: string[];
  language?: string;
  rules?: Record<string, RuleEntry>;
  settings?: Settings;
  /** Frontmatter validation: shorthand for the `frontmatter-schema` rule at `error` with these options. */
  frontmatter?: FrontmatterConfig;
}

/** The config's `frontmatter` key (see rules/frontmatter-schema.md). */
export interface FrontmatterConfig {
  /** JSON Schema file, relative to the config file; default: policylint's schema of common policy metadata. */
  schema?: string;
  /** Documents it applies to: globs in .gitignore syntax relative to the project root (default: every document). */
  files?: string | string[];
  /** Keys every document must have, on top of the schema's `required`. */
  required?: string[];
}

/** A config with `extends` resolved and every rule entry normalised. */
export interface ResolvedConfig {
  /** The file it came from, if any. */
  filePath: string | null;
  /** `auto`, or the BCP-47 tag that every file is linted as. */
  language: string;
  rules: Record<string, { severity: SeverityLevel; options: Record<string, unknown> }>;
  settings: Settings;
  /** Every rule this config can name: built-in, plugin and declarative rules. */
  registry: RuleRegistry;
}

export type RuleType = 'problem' | 'suggestion' | 'layout';

/** JSON Schema (draft-07) of a rule's options object. */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta<Options extends object = Record<string, unknown>> {
  id: string;
  type: RuleType;
  description: string;
  /** Documentation page of the rule. */
  url: string;
  fixable: boolean;
  /** JSON Schema of the options object; validated with ajv before any file is read. */
  schema: JsonSchema;
  defaultOptions: Options;
  /** Message templates keyed by message id; `{{name}}` is replaced with data. */
  messages: Record<string, string>;
  /** `file` rules see one document; `run` rules also see every file of the run. */
  scope?: 'file' | 'run';
  /**
   * The language-data concepts the rule asks the text layer for: a language
   * supports the rule when its data file has them all (`policylint --list-rules`).
   */
  concepts?: readonly string[];
}

/** What a rule reports. `at` is a range; without it the message points at the title. */
export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  at?: Range;
  fix?: Fix;
  /**
   * `warn` reports at most a warning whatever the rule's severity: for advice
   * about the setup (no footer configured) rather than a problem in a document.
   */
  severity?: 'warn';
}

export interface RuleContext<Options extends object = Record<string, unknown>> {
  readonly document: PolicyDocument;
  /** Normalised, language-aware text matching for this document. */
  readonly text: TextLayer;
  readonly options: Options;
  readonly settings: Settings;
  /** Working directory of the run. */
  readonly cwd: string;
  /** Project (site) root: `settings.siteRoot`, else the config file's folder, else `cwd`. */
  readonly root: string;
  /** Whether a path exists on disk (cached for the run). */
  exists(path: string): boolean;
  report(descriptor: ReportDescriptor): void;
}

/** A file as a run rule sees it: what its `collect` returned for that file. */
export interface CollectedFile<Data> {
  filePath: string;
  data: Data;
}

export interface RunContext<Options extends object = Record<string, unknown>, Data = unknown> {
  readonly files: ReadonlyArray<CollectedFile<Data>>;
  readonly options: Options;
  readonly settings: Settings;
  readonly cwd: string;
  /** Project (site) root, as in `RuleContext`. */
  readonly root: string;
  /** The config file of the run, if any (run-level messages are reported there). */
  readonly configFile: string | null;
  report(filePath: string, descriptor: ReportDescriptor): void;
}

/** Loads what a rule needs before any file is checked (a large library), once per process. */
export type PrepareRule = () => Promise<void>;

export interface FileRule<Options extends object = Record<string, unknown>> {
  meta: RuleMeta<Options> & { scope?: 'file' };
  /** Awaited once a config enables the rule, before `check` runs: `check` stays synchronous. */
  prepare?: PrepareRule;
  check(context: RuleContext<Options>): void;
}

/**
 * A rule that needs more than one file (or site artefacts such as a footer).
 * `collect` runs per file and returns plain, serialisable data; `checkRun`
 * runs once after every file was collected.
 */
export interface RunRule<Options extends object = Record<string, unknown>, Data = unknown> {
  meta: RuleMeta<Options> & { scope: 'run' };
  /** Awaited once a config enables the rule, before `collect` runs. */
  prepare?: PrepareRule;
  collect(context: RuleContext<Options>): Data;
  checkRun(context: RunContext<Options, Data>): void | Promise<void>;
}

export type Rule<Options extends object = Record<string, unknown>> = FileRule<Options> | RunRule<Options, unknown>;
