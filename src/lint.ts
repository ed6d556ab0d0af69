/**
 * The library entry points: `lint` for paths and globs, `lintText` for a
 * string. Both return the same `LintResult` objects the CLI prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ConfigInput, LintResult, ResolvedConfig, RuleEntry } from './types.js';
import { loadConfig } from './config/load-config.js';
import { discoverFiles } from './discover.js';
import { readDocumentFile } from './read-file.js';
import { DocumentError } from './errors.js';
import { lintDocument, type DocumentOutcome } from './engine/lint-document.js';
import { runRunRules } from './engine/run-phase.js';
import { fatalMessage, toResult } from './engine/messages.js';
import { controlMessages } from './engine/control-messages.js';

export interface LintOptions {
  /** Working directory: where paths, globs and the config search start (default `process.cwd()`). */
  cwd?: string;
  /** A config object used instead of any config file. */
  config?: ConfigInput;
  /** An explicit config file. */
  configFile?: string;
  /** Ignore config files; use the recommended preset. */
  noConfig?: boolean;
  /** Rule entries applied over the config (like the CLI's `--rule`). */
  rules?: Record<string, RuleEntry>;
  /** Honour `.gitignore` files when searching folders (default true). */
  gitignore?: boolean;
  /** A config already resolved with `loadConfig` (skips loading). */
  resolvedConfig?: ResolvedConfig;
  /** Report `policylint-disable` comments that turn nothing off (default `off`). */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
}

export interface LintTextOptions extends Omit<LintOptions, 'gitignore'> {
  /** The name the text is reported under; relative names resolve against `cwd`. Default `<text>.md`. */
  filePath?: string;
}

async function resolveConfig(options: LintOptions): Promise<ResolvedConfig> {
  if (options.resolvedConfig !== undefined) return options.resolvedConfig;
  return loadConfig({
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.config === undefined ? {} : { config: options.config }),
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
    ...(options.noConfig === undefined ? {} : { noConfig: options.noConfig }),
    ...(options.rules === undefined ? {} : { ruleOverrides: options.rules }),
  });
}

/** The project root: the site root if set, else the config file's folder, else the working directory. */
function projectRoot(config: ResolvedConfig, cwd: string): string {
  if (typeof config.settings.siteRoot === 'string') return config.settings.siteRoot;
  return config.filePath === null ? cwd : path.dirname(config.filePath);
}

function existsCache(): (target: string) => boolean {
  const cache = new Map<string, boolean>();
  return (target) => {
    let known = cache.get(target);
    if (known === undefined) {
      known = fs.existsSync(target);
      cache.set(target, known);
    }
    return known;
  };
}

async function finish(outcomes: DocumentOutcome[], config: ResolvedConfig, cwd: string, options: LintOptions): Promise<LintResult[]> {
  const extra = await runRunRules(outcomes, config, cwd, projectRoot(config, cwd));
  const results = outcomes.map((outcome) => {
    const messages = [...outcome.messages, ...(extra.get(outcome.filePath) ?? [])];
    extra.delete(outcome.filePath);
    const controlled = controlMessages(messages, outcome.directives, options.reportUnusedDisableDirectives ?? 'off', (id) => config.registry.has(id));
    return toResult(outcome.filePath, outcome.language, controlled);
  });
  // Run-level messages about files that were not linted (the config file).
  for (const [filePath, messages] of extra) results.push(toResult(filePath, 'und', messages));
  return results.sort((a, b) => a.filePath.localeCompare(b.filePath));
}

/** How many files are read and linted at once (I/O overlaps; the rules are synchronous). */
const READ_CONCURRENCY = 16;

/**
 * Lint files and folders.
 * @param patterns files, folders or globs (default: the working directory)
 * @throws {ConfigError} for an invalid config, before any file is read
 * @throws {UsageError} when a named path does not exist or a glob matches nothing
 */
export async function lint(patterns: string | readonly string[] = [], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = await resolveConfig({ ...options, cwd });
  const files = await discoverFiles(typeof patterns === 'string' ? [patterns] : patterns, {
    cwd,
    ...(options.gitignore === undefined ? {} : { gitignore: options.gitignore }),
  });
  const root = projectRoot(config, cwd);
  const exists = existsCache();
  const outcomes: DocumentOutcome[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const filePath = files[index]!;
      try {
        const decoded = await readDocumentFile(filePath);
        outcomes[index] = lintDocument(decoded.text, { filePath, config, root, cwd, exists });
      } catch (error) {
        const message = error instanceof DocumentError ? error.message : `Cannot lint the file: ${(error as Error).message}`;
        outcomes[index] = { filePath, language: 'und', messages: [fatalMessage(message)], collected: {}, directives: [] };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return finish(outcomes, config, cwd, options);
}

/**
 * Lint a string as if it were a file.
 * @throws {ConfigError} for an invalid config
 */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = await resolveConfig({ ...options, cwd });
  const filePath = path.resolve(cwd, options.filePath ?? '<text>.md');
  const outcome = lintDocument(text.replace(/^\uFEFF/, ''), { filePath, config, root: projectRoot(config, cwd), cwd, exists: existsCache() });
  return finish([outcome], config, cwd, options);
}
