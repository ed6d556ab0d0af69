/**
 * The library entry points: `lint` for paths and globs, `lintText` for a
 * string. Both return the same `LintResult` objects the CLI prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { ConfigInput, LintMessage, LintResult, ResolvedConfig, RuleEntry } from './types.js';
import { loadConfig, type LoadConfigOptions } from './config/load-config.js';
import { ConfigResolver } from './config/config-resolver.js';
import { discoverFiles } from './discover.js';
import { readDocumentFile } from './read-file.js';
import { DocumentError, UsageError } from './errors.js';
import type { DocumentOutcome } from './engine/lint-document.js';
import { runRunRules } from './engine/run-phase.js';
import { fatalMessage, toResult } from './engine/messages.js';
import { controlMessages } from './engine/control-messages.js';
import { fixesToApply, lintAndFix, type FixFilter } from './engine/fix-document.js';
import { LintCache, cacheKey, hashText, recordingExists, resolveCacheLocation } from './cache.js';
import { readSiteConfig } from './site/site-config.js';
import { VERSION } from './version.js';
import { WorkerPool, poolSize, workerEntry } from './engine/worker-pool.js';
import { inShard, type Shard } from './shard.js';

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
  /**
   * Fix what fixable rules report, in memory: up to 10 passes, linting again
   * after each, until no fix applies. A result whose text changed gets
   * `output`; its messages are what remains. Nothing is written: pass the
   * results to `writeFixes`. A function fixes only the messages it accepts.
   */
  fix?: boolean | ((message: LintMessage) => boolean);
  /** Keep each file's results in a cache file and reuse them while the file, config and version are unchanged. */
  cache?: boolean;
  /** The cache file, or a folder to keep `.policylintcache` in (default `.policylintcache` in `cwd`). */
  cacheLocation?: string;
  /** Receives warnings, one line each (a cache file that is ignored or cannot be written). Default: stderr. */
  onWarning?: (line: string) => void;
  /** Called with how many files are done out of how many, at the start and after each file. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Run the file phase in worker threads: a number of workers, `'off'`, or
   * `'auto'` (default): `max(2, cores - 1)` workers when there are more than
   * 50 files. Results are the same either way. Runs given a `resolvedConfig`,
   * a config or rules that are not plain data, or a `fix` function stay in
   * the main thread.
   */
  concurrency?: number | 'auto' | 'off';
  /**
   * Lint only shard `index` (1-based) of `count`: files are split by a stable
   * hash of their path relative to `cwd`. Run rules are skipped; each result
   * carries `shard` with what `mergeShards` needs to run them over all shards.
   */
  shard?: Shard;
}

export interface LintTextOptions extends Omit<LintOptions, 'gitignore' | 'cache' | 'cacheLocation' | 'onProgress' | 'concurrency' | 'shard'> {
  /** The name the text is reported under; relative names resolve against `cwd`. Default `<text>.md`. */
  filePath?: string;
  /** The text's mdast tree, when a unified pipeline already parsed it (with remark-frontmatter); it is not parsed again. */
  tree?: Root;
}

function loadOptions(options: LintOptions, cwd: string): LoadConfigOptions {
  return {
    cwd,
    ...(options.config === undefined ? {} : { config: options.config }),
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
    ...(options.noConfig === undefined ? {} : { noConfig: options.noConfig }),
    ...(options.rules === undefined ? {} : { ruleOverrides: options.rules }),
  };
}

/** What a cached result depends on besides the file's text: the file's own config (it may differ by folder). */
function configFingerprint(config: ResolvedConfig): string {
  const source = config.filePath === null ? '' : fs.readFileSync(config.filePath, 'utf8');
  return hashText(JSON.stringify({ file: config.filePath, source, rules: config.rules, settings: config.settings, language: config.language }));
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

function fixSetting(fix: LintOptions['fix']): { filter?: FixFilter } | null {
  if (fix === undefined || fix === false) return null;
  return fix === true ? {} : { filter: fix };
}

async function finish(
  outcomes: DocumentOutcome[],
  config: ResolvedConfig,
  cwd: string,
  options: LintOptions,
  /** Fixed texts by file path (with `fix`). */
  outputs: ReadonlyMap<string, string> = new Map(),
  /** Each file's own config, where the cascade gave it one. */
  fileConfigs: ReadonlyMap<string, ResolvedConfig> = new Map(),
): Promise<LintResult[]> {
  if (options.shard !== undefined) return shardResults(outcomes, options.shard, outputs);
  const extra = await runRunRules(outcomes, config, cwd, projectRoot(config, cwd));
  const results = outcomes.map((outcome) => {
    const messages = [...outcome.messages, ...(extra.get(outcome.filePath) ?? [])];
    extra.delete(outcome.filePath);
    const own = fileConfigs.get(outcome.filePath) ?? config;
    const controlled = controlMessages(messages, outcome.directives, options.reportUnusedDisableDirectives ?? 'off', (id) => own.registry.has(id) || config.registry.has(id));
    const result = toResult(outcome.filePath, outcome.language, controlled);
    const output = outputs.get(outcome.filePath);
    return output === undefined ? result : { ...result, output };
  });
  // Run-level messages about files that were not linted (the config file).
  for (const [filePath, messages] of extra) results.push(toResult(filePath, 'und', messages));
  return results.sort((a, b) => a.filePath.localeCompare(b.filePath));
}

/**
 * A shard's results: run rules are not run; each result keeps the file phase's
 * outcome (messages before directives, directives, collected data) for `mergeShards`.
 */
function shardResults(outcomes: readonly DocumentOutcome[], shard: Shard, outputs: ReadonlyMap<string, string>): LintResult[] {
  const results = outcomes.map((outcome) => {
    const result: LintResult = {
      ...toResult(outcome.filePath, outcome.language, outcome.messages),
      shard: { index: shard.index, count: shard.count, messages: outcome.messages, collected: outcome.collected, directives: outcome.directives },
    };
    const output = outputs.get(outcome.filePath);
    return output === undefined ? result : { ...result, output };
  });
  return results.sort((a, b) => a.filePath.localeCompare(b.filePath));
}

/** Whether the config can be sent to worker threads: plain data only (functions stay in this thread). */
function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
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
  // The run's config is resolved (and checked) before any file is read.
  const configs = options.resolvedConfig === undefined ? await ConfigResolver.create(loadOptions(options, cwd)) : null;
  const config = options.resolvedConfig ?? configs!.run;
  const discovered = await discoverFiles(typeof patterns === 'string' ? [patterns] : patterns, {
    cwd,
    ...(options.gitignore === undefined ? {} : { gitignore: options.gitignore }),
  });
  const ignored = configs === null ? [] : await Promise.all(discovered.map((file) => configs.isIgnored(file)));
  const files = discovered.filter((_, i) => ignored[i] !== true && (options.shard === undefined || inShard(discovered[i]!, cwd, options.shard)));
  const root = projectRoot(config, cwd);
  const fileConfigs = new Map<string, ResolvedConfig>();
  const fingerprints = new Map<ResolvedConfig, string>();
  const exists = existsCache();
  const fix = fixSetting(options.fix);
  const warn = options.onWarning ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const cache =
    options.cache === true
      ? LintCache.load(resolveCacheLocation(options.cacheLocation, cwd), cacheKey({ version: VERSION, config, root, cwd, site: readSiteConfig(root) }), { version: VERSION, warn })
      : null;
  const outputs = new Map<string, string>();
  const outcomes: DocumentOutcome[] = new Array(files.length);
  const load = loadOptions(options, cwd);
  const workers = configs !== null && typeof options.fix !== 'function' ? poolSize(options.concurrency, files.length) : 0;
  const entry = workers > 0 && cloneable(load) ? workerEntry() : null;
  // Started at the first file that needs linting: a warm cache run starts no worker.
  let started: WorkerPool | null = null;
  const pool = entry === null ? null : { run: (filePath: string) => (started ??= new WorkerPool(entry, workers, { load, cwd, root, fix: fix !== null })).run(filePath) };
  let next = 0;
  let done = 0;
  options.onProgress?.(0, files.length);
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const filePath = files[index]!;
      try {
        const fileConfig = configs === null ? config : await configs.forFile(filePath);
        fileConfigs.set(filePath, fileConfig);
        if (pool !== null && cache === null) {
          const reply = await pool.run(filePath);
          outcomes[index] = reply.outcome;
          if ('output' in reply && reply.output !== undefined) outputs.set(filePath, reply.output);
          options.onProgress?.(++done, files.length);
          continue;
        }
        const decoded = await readDocumentFile(filePath);
        let fingerprint = fingerprints.get(fileConfig);
        if (cache !== null && fingerprint === undefined) {
          fingerprint = fileConfig === config ? '' : configFingerprint(fileConfig);
          fingerprints.set(fileConfig, fingerprint);
        }
        const keyOf = (text: string) => hashText(fingerprint ? `${fingerprint}\0${text}` : text);
        const hash = cache === null ? '' : keyOf(decoded.text);
        const cached = cache?.get(filePath, hash, exists);
        if (cached !== undefined && (fix === null || fixesToApply(cached, fix.filter).length === 0)) {
          outcomes[index] = cached;
        } else {
          const probe = recordingExists(exists);
          const fixing = fix === null ? null : { ...fix, lineEnding: decoded.lineEnding };
          let outcome: DocumentOutcome;
          let output: string | undefined;
          let asked: Record<string, boolean> | null = probe.asked;
          if (pool !== null) {
            const reply = await pool.run(filePath);
            outcome = reply.outcome;
            asked = 'failed' in reply ? null : reply.asked;
            // The worker adds the BOM back; the cache key is of the text without it.
            if ('output' in reply && reply.output !== undefined) output = decoded.bom ? reply.output.slice(1) : reply.output;
          } else {
            ({ outcome, output } = lintAndFix(decoded.text, { filePath, config: fileConfig, root, cwd, exists: probe.exists }, fixing));
          }
          outcomes[index] = outcome;
          if (output !== undefined) outputs.set(filePath, (decoded.bom ? '\uFEFF' : '') + output);
          // The entry belongs to the text the outcome was made from: the fixed text when a fix changed it.
          if (asked !== null) cache?.set(filePath, output === undefined ? hash : keyOf(output), outcome, asked);
        }
      } catch (error) {
        const message = error instanceof DocumentError ? error.message : `Cannot lint the file: ${(error as Error).message}`;
        outcomes[index] = { filePath, language: 'und', messages: [fatalMessage(message)], collected: {}, directives: [] };
      }
      options.onProgress?.(++done, files.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  } finally {
    await (started as WorkerPool | null)?.close();
  }
  cache?.save();
  return finish(outcomes, config, cwd, options, outputs, fileConfigs);
}

/**
 * Lint a string as if it were a file.
 * @throws {ConfigError} for an invalid config
 */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const filePath = path.resolve(cwd, options.filePath ?? '<text>.md');
  const config = options.resolvedConfig ?? (await loadConfig({ ...loadOptions(options, cwd), filePath }));
  const bom = text.startsWith('\uFEFF');
  const { outcome, output } = lintAndFix(
    bom ? text.slice(1) : text,
    {
      filePath,
      config,
      root: projectRoot(config, cwd),
      cwd,
      exists: existsCache(),
      ...(options.tree === undefined ? {} : { tree: options.tree }),
    },
    fixSetting(options.fix),
  );
  return finish([outcome], config, cwd, options, new Map(output === undefined ? [] : [[filePath, (bom ? '\uFEFF' : '') + output]]));
}

/** Options of `mergeShards`: the config options the shards were run with. */
export type MergeShardsOptions = Pick<LintOptions, 'cwd' | 'config' | 'configFile' | 'noConfig' | 'rules' | 'reportUnusedDisableDirectives' | 'onWarning'>;

/**
 * Merge the results of shards (`lint` with `shard`, or their `--format json`
 * or `--format sarif` output) into the results of one unsharded run: the run
 * rules (the footer) run once here, over what every shard collected, and
 * directives apply after.
 * @throws {UsageError} for results that are not from a shard, or a file in two shards
 */
export async function mergeShards(reports: ReadonlyArray<readonly LintResult[]>, options: MergeShardsOptions = {}): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const configs = await ConfigResolver.create(loadOptions(options, cwd));
  const outcomes: DocumentOutcome[] = [];
  const outputs = new Map<string, string>();
  const fileConfigs = new Map<string, ResolvedConfig>();
  let count: number | undefined;
  for (const results of reports) {
    for (const result of results) {
      const shard = result.shard;
      if (shard === undefined) throw new UsageError(`${result.filePath} is not from a shard's report: run each shard with --shard <i>/<n> --format json or --format sarif.`);
      if (count !== undefined && shard.count !== count) throw new UsageError(`the reports come from different splits (--shard …/${count} and …/${shard.count}).`);
      count = shard.count;
      if (fileConfigs.has(result.filePath)) throw new UsageError(`${result.filePath} is in two reports: give each shard's report once.`);
      fileConfigs.set(result.filePath, await configs.forFile(result.filePath));
      outcomes.push({ filePath: result.filePath, language: result.language, messages: shard.messages, collected: shard.collected, directives: shard.directives as DocumentOutcome['directives'] });
      if (result.output !== undefined) outputs.set(result.filePath, result.output);
    }
  }
  // In discovery order (sorted paths), as one unsharded run has them.
  outcomes.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return finish(outcomes, configs.run, cwd, options, outputs, fileConfigs);
}
