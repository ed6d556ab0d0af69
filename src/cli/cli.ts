/**
 * The command line: parse options, lint, print with a formatter, and return
 * the exit code. Errors become one clear line on stderr, never a stack trace.
 */
import path from 'node:path';
import { lint, lintText, mergeShards, type LintOptions } from '../lint.js';
import { DocumentError, PolicylintError, UsageError } from '../errors.js';
import { loadFormatter } from '../formatters/load-formatter.js';
import { builtInRules } from '../../rules/index.js';
import type { LintMessage, LintResult, ResolvedConfig } from '../types.js';
import { loadConfig } from '../config/load-config.js';
import { HELP, parseCliArgs } from './args.js';
import { runInit } from './init.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from '../write-file.js';
import { writeFixes } from '../write-fixes.js';
import { decode } from '../read-file.js';
import { fatalMessage, toResult } from '../engine/messages.js';
import { createProgress } from './progress.js';
import { readShardReport } from '../merge/read-report.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress on long runs); default false. */
  stderrIsTTY?: boolean;
  /** Reads all of standard input, for `--stdin` (default: the process's stdin). */
  readStdin?: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** `--stdin`: the text on standard input, linted under `--stdin-filename` (its language comes from the name). */
async function lintStdin(io: CliIo, filename: string | undefined, options: LintOptions): Promise<LintResult[]> {
  const bytes = await (io.readStdin ?? readProcessStdin)();
  let text: string;
  try {
    const decoded = decode(bytes);
    text = (decoded.bom ? '\uFEFF' : '') + decoded.text;
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return [toResult(path.resolve(io.cwd, filename ?? '<text>.md'), 'und', [fatalMessage(error.message)])];
  }
  const { cache: _cache, cacheLocation: _location, onProgress: _progress, gitignore: _gitignore, ...textOptions } = options;
  return lintText(text, { ...textOptions, ...(filename === undefined ? {} : { filePath: filename }) });
}

function onlyErrors(results: LintResult[]): LintResult[] {
  return results.map((result) => ({
    ...result,
    messages: result.messages.filter((message) => message.severity === 2),
    warningCount: 0,
    fixableWarningCount: 0,
  }));
}

/** A resolved config as `--print-config` shows it: plain data, rules as `[severity, options]`. */
function printable(config: ResolvedConfig): Record<string, unknown> {
  const severities = ['off', 'warn', 'error'] as const;
  return {
    configFile: config.filePath,
    language: config.language,
    rules: Object.fromEntries(Object.entries(config.rules).map(([id, rule]) => [id, [severities[rule.severity], rule.options]])),
    settings: config.settings,
  };
}

/** `policylint merge <reports...>`: the shards' `--format json` or `--format sarif` reports, read and checked. */
function readShardReports(files: readonly string[], cwd: string): LintResult[][] {
  if (files.length === 0) throw new UsageError('merge needs the --format json or --format sarif reports of the shards, e.g. policylint merge shard-*.json.');
  return files.map((file) => readShardReport(file, cwd));
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === 'init') return await runInit(argv.slice(1), io);
    const merging = argv[0] === 'merge';
    const options = parseCliArgs(merging ? argv.slice(1) : argv);
    if (merging && (options.fix || options.fixDryRun || options.stdin || options.cache || options.shard !== undefined || options.printConfig !== undefined)) {
      throw new UsageError('merge takes the shard reports and the config, format and report options only (not --fix, --stdin, --cache, --shard or --print-config).');
    }
    if (options.help) {
      io.stdout(HELP);
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (options.listRules) {
      const { ruleCatalog, renderCatalogMarkdown, renderCatalogText } = await import('../rule-catalog.js');
      const catalog = ruleCatalog();
      if (options.format === 'json') io.stdout(`${JSON.stringify(catalog, null, 2)}\n`);
      else if (options.format === 'markdown') io.stdout(renderCatalogMarkdown(catalog));
      else io.stdout(renderCatalogText(catalog));
      return 0;
    }
    if (options.printConfig !== undefined) {
      const config = await loadConfig({
        cwd: io.cwd,
        filePath: options.printConfig,
        ...(options.config === undefined ? {} : { configFile: options.config }),
        noConfig: options.noConfig,
        ruleOverrides: options.rules,
      });
      io.stdout(`${JSON.stringify(printable(config), null, 2)}\n`);
      return 0;
    }
    const formatter = await loadFormatter(options.format, io.cwd);
    const progress = createProgress({ isTTY: io.stderrIsTTY === true, write: io.stderr });
    const lintOptions: LintOptions = {
      // With --quiet only errors are fixed, as in ESLint.
      fix: options.fix || options.fixDryRun ? (options.quiet ? (message: LintMessage) => message.severity === 2 : true) : false,
      cache: options.cache,
      ...(options.cacheLocation === undefined ? {} : { cacheLocation: options.cacheLocation }),
      onWarning: (line) => {
        progress.clear();
        io.stderr(`${line}\n`);
      },
      onProgress: (done, total) => progress.update(done, total),
      cwd: io.cwd,
      ...(options.config === undefined ? {} : { configFile: options.config }),
      noConfig: options.noConfig,
      rules: options.rules,
      gitignore: options.gitignore,
      reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ? 'error' : 'off',
      concurrency: options.concurrency,
      ...(options.shard === undefined ? {} : { shard: options.shard }),
    };
    let results: LintResult[];
    try {
      if (merging) results = await mergeShards(readShardReports(options.patterns, io.cwd), lintOptions);
      else results = options.stdin ? await lintStdin(io, options.stdinFilename, lintOptions) : await lint(options.patterns, lintOptions);
    } finally {
      progress.end();
    }
    if (options.fix) {
      // SIGINT (Ctrl-C) while writing waits until every write is done, so no file is half written and no temporary file is left.
      let interrupted = false;
      const onSigint = () => void (interrupted = true);
      process.on('SIGINT', onSigint);
      try {
        results = await writeFixes(results);
        // The writes are synchronous: give a signal that arrived during them time to be delivered (a poll phase).
        await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        process.off('SIGINT', onSigint);
      }
      if (interrupted) {
        io.stderr('policylint: interrupted; the fixes were written.\n');
        return 130;
      }
    }
    if (options.quiet) results = onlyErrors(results);
    const color = io.isTTY && options.outputFile === undefined && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb';
    const rules = new Map(builtInRules.map((rule) => [rule.meta.id, rule.meta]));
    const output = await formatter(results, { cwd: io.cwd, color, rules, env: io.env });
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
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  });
  process.exitCode = code;
}
