/** Command-line options: parsed with node's own parser, checked, and turned into lint options. */
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../errors.js';
import type { RuleEntry } from '../types.js';
import { parseShard, type Shard } from '../shard.js';

export interface CliOptions {
  patterns: string[];
  config?: string;
  noConfig: boolean;
  format: string;
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  rules: Record<string, RuleEntry>;
  gitignore: boolean;
  reportUnusedDisableDirectives: boolean;
  /** Fix and write the files. */
  fix: boolean;
  /** Fix in memory, report, write nothing. */
  fixDryRun: boolean;
  /** Lint standard input instead of files. */
  stdin: boolean;
  stdinFilename?: string;
  cache: boolean;
  cacheLocation?: string;
  help: boolean;
  version: boolean;
  /** `--print-config <file>`: print the config that applies to this file and exit. */
  printConfig?: string;
  /** `--list-rules`: print the built-in rules (with `--format json` or `markdown`) and exit. */
  listRules: boolean;
  /** `--concurrency <n|auto|off>` (default auto). */
  concurrency: number | 'auto' | 'off';
  /** `--shard <i>/<n>`. */
  shard?: Shard;
}

export const HELP = `Usage: policylint [options] [paths or globs...]
       policylint init [--yes]   Write a commented policylint.config.yaml here
       policylint merge <shard reports...> [options]
                                 Merge the --format json or sarif reports of --shard runs
                                 into one report (run rules run once, over all)

Lints Markdown policy documents (customer service, complaints, refunds, privacy,
escalation). With no path, every *.md and *.markdown file under the current
folder is linted, skipping node_modules, .git and what .gitignore ignores.

Options:
  -c, --config <file>       Use this config file (no search)
      --no-config           Ignore config files; use the recommended preset
  -f, --format <name>       Output format: stylish (default), json, sarif, github,
                            junit, markdown, or a formatter module (./formatter.js
                            or an npm package name)
  -o, --output-file <file>  Write the report to a file instead of stdout
      --quiet               Report errors only, not warnings
      --max-warnings <n>    Exit with 1 when there are more than n warnings
      --rule '<id>: <sev>'  Set a rule, e.g. --rule 'escalation-list-ordered: warn'
                            or --rule 'complaint-process-defined: [error, {minSteps: 3}]'
      --no-gitignore        Lint files that .gitignore ignores
      --print-config <file> Print the config that applies to a file, and exit
      --list-rules          List the built-in rules with their presets, fix
                            support and languages (--format json or markdown too)
      --report-unused-disable-directives
                            Report policylint-disable comments that turn nothing off
      --fix                 Fix what can be fixed (escalation numbering, bullets to
                            numbers), write the files and report what remains
      --fix-dry-run         Fix in memory and report what remains, writing nothing
                            (with --format json, "output" holds the fixed text)
      --stdin               Lint the text on standard input
      --stdin-filename <name>
                            Name of the text on stdin (its language comes from it,
                            e.g. policy.ta.md)
      --cache               Lint only what changed since the last run
      --cache-location <path>
                            Cache file, or folder for it (default .policylintcache)
      --concurrency <n|auto|off>
                            Lint in n worker threads; auto (default) uses
                            max(2, cores - 1) when there are more than 50 files
      --shard <i>/<n>       Lint only part i of n (split by a stable hash of each
                            path); use --format json and merge the reports with
                            policylint merge
  -v, --version             Print the version
  -h, --help                Print this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or internal error.
Config: policylint.config.{json,yaml,yml,js,mjs} or .policylintrc.{json,yaml,yml},
found from the current folder upward. Docs: https://github.com/policylint/policylint
`;

/** `id: severity` or `id: [severity, {options}]`, read as YAML so both spellings work. */
export function parseRuleOption(value: string): Record<string, RuleEntry> {
  let parsed: unknown;
  try {
    parsed = parseYaml(value.includes(':') ? value : `${value}:`);
  } catch (cause) {
    throw new UsageError(`--rule '${value}': cannot read it (${(cause as Error).message.split('\n')[0]}). Write it as 'rule-id: error' or 'rule-id: [warn, {option: value}]'.`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError(`--rule '${value}': write it as 'rule-id: error' or 'rule-id: [warn, {option: value}]'.`);
  }
  for (const [id, entry] of Object.entries(parsed)) {
    if (entry === null || entry === undefined) throw new UsageError(`--rule '${value}': give a severity for "${id}" (off, warn or error).`);
  }
  return parsed as Record<string, RuleEntry>;
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean', default: false },
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        rule: { type: 'string', multiple: true },
        'no-gitignore': { type: 'boolean', default: false },
        'print-config': { type: 'string' },
        'list-rules': { type: 'boolean', default: false },
        'report-unused-disable-directives': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string' },
        shard: { type: 'string' },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (cause) {
    throw new UsageError(`${(cause as Error).message.split('\n')[0]}. Run policylint --help for the options.`);
  }
  const { values, positionals } = parsed;
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings takes a whole number, not "${raw}".`);
    maxWarnings = Number(raw);
  }
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together.');
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  if (values.fix && values.stdin) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run --format json to get the fixed text.');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin.');
  if (values.stdin && positionals.length > 0) throw new UsageError(`--stdin lints standard input; do not name files with it (got ${positionals.join(', ')}).`);
  const rules: Record<string, RuleEntry> = {};
  for (const value of values.rule ?? []) Object.assign(rules, parseRuleOption(value));
  const concurrency = parseConcurrency(values.concurrency);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard !== undefined && values.stdin) throw new UsageError('--shard splits files; it cannot be used with --stdin.');
  return {
    patterns: positionals,
    ...(values.config === undefined ? {} : { config: values.config }),
    noConfig: values['no-config'] === true,
    format: values.format ?? 'stylish',
    ...(values['output-file'] === undefined ? {} : { outputFile: values['output-file'] }),
    quiet: values.quiet === true,
    maxWarnings,
    rules,
    gitignore: values['no-gitignore'] !== true,
    ...(values['print-config'] === undefined ? {} : { printConfig: values['print-config'] }),
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] === true,
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
    stdin: values.stdin === true,
    ...(values['stdin-filename'] === undefined ? {} : { stdinFilename: values['stdin-filename'] }),
    cache: values.cache === true,
    ...(values['cache-location'] === undefined ? {} : { cacheLocation: values['cache-location'] }),
    help: values.help === true,
    listRules: values['list-rules'] === true,
    version: values.version === true,
    concurrency,
    ...(shard === undefined ? {} : { shard }),
  };
}

/** `--concurrency`: a whole number of worker threads, `auto` or `off`. */
export function parseConcurrency(raw: string | undefined): number | 'auto' | 'off' {
  if (raw === undefined || raw === 'auto') return 'auto';
  if (raw === 'off') return 'off';
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`--concurrency takes a number of threads, auto or off, not "${raw}".`);
  return Number(raw);
}
