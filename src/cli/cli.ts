/**
 * The command line: parse options, lint, print with a formatter, and return
 * the exit code. Errors become one clear line on stderr, never a stack trace.
 */
import path from 'node:path';
import { lint } from '../lint.js';
import { PolicylintError, UsageError } from '../errors.js';
import { getFormatter, formatters } from '../formatters/index.js';
import type { LintResult } from '../types.js';
import { HELP, parseCliArgs } from './args.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from '../write-file.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

function onlyErrors(results: LintResult[]): LintResult[] {
  return results.map((result) => ({
    ...result,
    messages: result.messages.filter((message) => message.severity === 2),
    warningCount: 0,
    fixableWarningCount: 0,
  }));
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout(HELP);
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const formatter = getFormatter(options.format);
    if (formatter === undefined) {
      throw new UsageError(`Unknown format "${options.format}". Use one of: ${Object.keys(formatters).join(', ')}.`);
    }
    let results = await lint(options.patterns, {
      cwd: io.cwd,
      ...(options.config === undefined ? {} : { configFile: options.config }),
      noConfig: options.noConfig,
      rules: options.rules,
      gitignore: options.gitignore,
      reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ? 'error' : 'off',
    });
    if (options.quiet) results = onlyErrors(results);
    const color = io.isTTY && options.outputFile === undefined && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb';
    const output = formatter(results, { cwd: io.cwd, color });
    if (options.outputFile !== undefined) writeFileAtomic(path.resolve(io.cwd, options.outputFile), output);
    else io.stdout(output);

    const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
    const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
    if (errors > 0) return 1;
    if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
      io.stderr(`policylint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof PolicylintError) {
      io.stderr(`policylint: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = io.env['DEBUG']?.includes('policylint') ? `\n${(error as Error).stack}` : ' (set DEBUG=policylint for details)';
    io.stderr(`policylint: internal error: ${(error as Error).message}${detail}\n`);
    return 2;
  }
}

/** Process wiring for the `policylint` binary. */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  });
  process.exitCode = code;
}
