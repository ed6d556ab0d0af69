/** Command-line options: parsed with node's own parser, checked, and turned into lint options. */
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../errors.js';
import type { RuleEntry } from '../types.js';

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
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: policylint [options] [paths or globs...]

Lints Markdown policy documents (customer service, complaints, refunds, privacy,
escalation). With no path, every *.md and *.markdown file under the current
folder is linted, skipping node_modules, .git and what .gitignore ignores.

Options:
  -c, --config <file>       Use this config file (no search)
      --no-config           Ignore config files; use the recommended preset
  -f, --format <name>       Output format: stylish (default) or json
  -o, --output-file <file>  Write the report to a file instead of stdout
      --quiet               Report errors only, not warnings
      --max-warnings <n>    Exit with 1 when there are more than n warnings
      --rule '<id>: <sev>'  Set a rule, e.g. --rule 'escalation-list-ordered: warn'
                            or --rule 'complaint-process-defined: [error, {minSteps: 3}]'
      --no-gitignore        Lint files that .gitignore ignores
      --report-unused-disable-directives
                            Report policylint-disable comments that turn nothing off
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
        'report-unused-disable-directives': { type: 'boolean', default: false },
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
  const rules: Record<string, RuleEntry> = {};
  for (const value of values.rule ?? []) Object.assign(rules, parseRuleOption(value));
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
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] === true,
    help: values.help === true,
    version: values.version === true,
  };
}
