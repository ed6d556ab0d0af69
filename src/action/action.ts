/**
 * The GitHub Action: inputs from `INPUT_*` variables (as the runner sets them),
 * lint, annotations as workflow commands on stdout, a Markdown job summary
 * appended to `$GITHUB_STEP_SUMMARY`, and the `errors` / `warnings` outputs
 * written to `$GITHUB_OUTPUT`. No `@actions/*` package: the bundle in
 * `dist/action.js` runs without `npm install`.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../lint.js';
import { loadConfig } from '../config/load-config.js';
import { discoverFiles } from '../discover.js';
import { PolicylintError } from '../errors.js';
import { getFormatter, type Formatter, type FormatterContext } from '../formatters/index.js';
import { loadFormatter } from '../formatters/load-formatter.js';
import { escapeData } from '../formatters/github.js';
import type { LintResult } from '../types.js';

export type ActionEnv = Record<string, string | undefined>;

export interface ActionIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  paths: string[];
  config: string | undefined;
  format: string;
  failOn: FailOn;
  onlyChanged: boolean;
}

/** A problem with the action's inputs or setup: shown as an `::error::` and the step fails. */
export class ActionInputError extends PolicylintError {}

/** An input as the runner passes it: `INPUT_<NAME>` upper-cased, spaces as `_`, dashes kept. */
export function getInput(env: ActionEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** @throws {ActionInputError} naming the input and the values it accepts */
export function readInputs(env: ActionEnv): ActionInputs {
  const paths = getInput(env, 'paths')
    .split(/\s+/)
    .filter((p) => p !== '');
  const config = getInput(env, 'config');
  const format = getInput(env, 'format') || 'stylish';
  const failOn = getInput(env, 'fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new ActionInputError(`Input "fail-on" is "${failOn}"; use error, warning or never.`);
  }
  const onlyChangedText = getInput(env, 'only-changed') || 'false';
  if (!TRUE.includes(onlyChangedText) && !FALSE.includes(onlyChangedText)) {
    throw new ActionInputError(`Input "only-changed" is "${onlyChangedText}"; use true or false.`);
  }
  return { paths: paths.length === 0 ? ['.'] : paths, config: config === '' ? undefined : config, format, failOn, onlyChanged: TRUE.includes(onlyChangedText) };
}

/** A formatter this action needs from src/formatters (`github`, `markdown`). */
function builtIn(name: string): Formatter {
  const formatter = getFormatter(name);
  if (formatter === undefined) throw new Error(`the built-in "${name}" formatter is missing`);
  return formatter;
}

/** Append `name=value` to `$GITHUB_OUTPUT`, in the heredoc form so that any value is safe. */
function writeOutputs(env: ActionEnv, io: ActionIo, outputs: Record<string, string>): void {
  const file = env['GITHUB_OUTPUT'];
  if (file === undefined || file === '') {
    io.stdout('::warning::GITHUB_OUTPUT is not set, so the errors and warnings outputs are not written.\n');
    return;
  }
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  fs.appendFileSync(file, text, 'utf8');
}

function appendSummary(env: ActionEnv, text: string): void {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (file === undefined || file === '') return;
  fs.appendFileSync(file, text.endsWith('\n') ? text : `${text}\n`, 'utf8');
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

const ZERO_SHA = /^0+$/;

/** The commits to compare for `only-changed`: a pull request's base and head, or a push's before and after. */
export function changeRange(env: ActionEnv): { base: string; head: string } | null {
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath === undefined || eventPath === '') throw new ActionInputError('only-changed needs the event payload, but GITHUB_EVENT_PATH is not set.');
  let event: {
    pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } };
    before?: unknown;
    after?: unknown;
  };
  try {
    event = JSON.parse(fs.readFileSync(eventPath, 'utf8')) as typeof event;
  } catch (error) {
    throw new ActionInputError(`only-changed: cannot read the event payload ${eventPath}: ${(error as Error).message}`);
  }
  const base = event.pull_request?.base?.sha;
  const head = event.pull_request?.head?.sha;
  if (typeof base === 'string' && typeof head === 'string') return { base, head };
  if (typeof event.before === 'string' && typeof event.after === 'string' && !ZERO_SHA.test(event.before)) {
    return { base: event.before, head: event.after };
  }
  return null;
}

/** Files added, copied, modified or renamed between `base` and `head` (merge base of the two), as absolute paths. */
function changedFiles(cwd: string, base: string, head: string): Set<string> {
  let top: string;
  let names: string;
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
    names = git(cwd, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMR', `${base}...${head}`, '--']);
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim().split('\n')[0];
    throw new ActionInputError(
      `only-changed: git cannot compare ${base.slice(0, 12)}...${head.slice(0, 12)} (${stderr}). Check out the full history with actions/checkout's \`fetch-depth: 0\`.`,
    );
  }
  return new Set(
    names
      .split('\0')
      .filter((name) => name !== '')
      .map((name) => path.resolve(top, name)),
  );
}

function realpath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function total(results: readonly LintResult[], key: 'errorCount' | 'warningCount'): number {
  return results.reduce((sum, r) => sum + r[key], 0);
}

/** Run the action; returns the process exit code (0 pass, 1 failed on findings, 2 bad input or setup). */
export async function runAction(env: ActionEnv, io: ActionIo): Promise<number> {
  const cwd = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  try {
    const inputs = readInputs(env);
    // Config and formatter first: a mistake in either fails the step even when no file changed.
    const config = await loadConfig({ cwd, ...(inputs.config === undefined ? {} : { configFile: inputs.config }) });
    const report = inputs.format === 'github' ? null : await loadFormatter(inputs.format, cwd);
    let patterns = inputs.paths;
    if (inputs.onlyChanged) {
      const range = changeRange(env);
      if (range === null) {
        io.stdout(`::notice::only-changed: the ${env['GITHUB_EVENT_NAME'] ?? ''} event names no base commit; linting every file in paths.\n`);
      } else {
        const changed = new Set([...changedFiles(cwd, range.base, range.head)].map(realpath));
        const inScope = await discoverFiles(inputs.paths, { cwd });
        patterns = inScope.filter((file) => changed.has(realpath(file)));
        io.stdout(`policylint: ${patterns.length} changed Markdown file(s) in ${inputs.paths.join(' ')} between ${range.base.slice(0, 7)} and ${range.head.slice(0, 7)}.\n`);
        if (patterns.length === 0) {
          writeOutputs(env, io, { errors: '0', warnings: '0' });
          appendSummary(env, `### policylint\n\n✔ No changed Markdown files to lint in ${inputs.paths.join(' ')}.\n`);
          return 0;
        }
      }
    }

    const results = await lint(patterns, { cwd, resolvedConfig: config });
    const errors = total(results, 'errorCount');
    const warnings = total(results, 'warningCount');
    const context: FormatterContext = { cwd, color: false, env, rules: new Map(config.registry.all().map((rule) => [rule.meta.id, rule.meta])) };

    const print = (text: string) => io.stdout(text === '' || text.endsWith('\n') ? text : `${text}\n`);
    print(builtIn('github')(results, context));
    if (report !== null) print(await report(results, context));
    appendSummary(env, builtIn('markdown')(results, context));
    writeOutputs(env, io, { errors: String(errors), warnings: String(warnings) });

    if (inputs.failOn === 'never') return 0;
    if (errors > 0) {
      io.stdout(`::error::policylint found ${errors} error(s) and ${warnings} warning(s).\n`);
      return 1;
    }
    if (inputs.failOn === 'warning' && warnings > 0) {
      io.stdout(`::error::policylint found ${warnings} warning(s), and fail-on is warning.\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof PolicylintError) {
      io.stdout(`::error::policylint: ${escapeData(error.message)}\n`);
      return error.exitCode;
    }
    io.stdout(`::error::policylint: internal error: ${escapeData((error as Error).stack ?? (error as Error).message)}\n`);
    return 2;
  }
}
