/**
 * `--cache`: what the file phase produced for each file (its messages,
 * language, directives and what run rules collected), so an unchanged file is
 * not parsed and linted again. The run phase still runs every time, over the
 * cached collected data, because run rules (the footer) depend on files
 * outside the linted set.
 *
 * An entry is used when all of these still hold:
 * - the file's text has the same SHA-256 (content, not mtime: a checkout or a
 *   copy that keeps the text keeps the entry);
 * - the run's key is the same: policylint's version, the cache format, the
 *   rules the config can name (id, meta and code), the resolved config
 *   (language, rules with options, settings) and the text of its file, the
 *   project root and working directory, and the site generator config the
 *   footer rule reads; any change drops every entry;
 * - every path the rules asked `exists()` about gives the same answer (a
 *   link to a privacy page that was created or deleted since).
 *
 * The file is JSON, written atomically at the end of the run. A corrupt or
 * unreadable cache file is ignored with one warning, never a crash; entries of
 * files that no longer exist are dropped when it is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LintMessage, ResolvedConfig } from './types.js';
import type { DocumentOutcome } from './engine/lint-document.js';
import { writeFileAtomic } from './write-file.js';
import { nodeCrypto } from './node-builtins.js';

/** The cache file name in the working directory, or inside a folder given as `cacheLocation`. */
export const DEFAULT_CACHE_FILE = '.policylintcache';

/** Bump when the shape of `DocumentOutcome` (or of this file) changes: older caches are then dropped. */
export const CACHE_FORMAT = 1;

/** What a cache entry keeps of a file's outcome (the file path is its key). */
export type CachedOutcome = Omit<DocumentOutcome, 'filePath'>;

interface CacheEntry {
  /** SHA-256 of the text that was linted (without BOM). */
  hash: string;
  outcome: CachedOutcome;
  /** What `exists()` answered for each path the rules asked about. */
  exists: Record<string, boolean>;
}

interface CacheFile {
  policylintCache: number;
  version: string;
  key: string;
  files: Record<string, CacheEntry>;
}

/** SHA-256 (hex) of a text. */
export function hashText(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, so equal values hash equally whatever their key order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

export interface CacheKeyInput {
  version: string;
  config: ResolvedConfig;
  root: string;
  cwd: string;
  /** What else the file phase reads from outside the file (the site generator's config). */
  site?: unknown;
}

/** The key of a run: entries made under another key are not used. */
export function cacheKey({ version, config, root, cwd, site }: CacheKeyInput): string {
  const rules = config.registry.all().map((rule) => {
    const code = rule as { check?: unknown; collect?: unknown; checkRun?: unknown };
    return {
      meta: rule.meta,
      // Rules from plugins change without policylint's version changing; their code says when.
      code: hashText([code.check, code.collect, code.checkRun].map((fn) => (typeof fn === 'function' ? fn.toString() : '')).join('\0')),
    };
  });
  const resolved = { language: config.language, rules: config.rules, settings: config.settings, filePath: config.filePath };
  // Declarative rules keep their definition in code, not in the resolved config: the config file's text covers them.
  let configText: string | null = null;
  try {
    if (config.filePath !== null) configText = hashText(fs.readFileSync(config.filePath, 'utf8'));
  } catch {
    // Loaded a moment ago; if it is gone now the key simply differs.
  }
  return hashText(stableStringify({ format: CACHE_FORMAT, version, rules, config: resolved, configText, root, cwd, site: site ?? null }));
}

/**
 * Where the cache file is: `location` (relative to `cwd`), or `.policylintcache`
 * inside it when it is a folder or ends with a slash; default `.policylintcache` in `cwd`.
 */
export function resolveCacheLocation(location: string | undefined, cwd: string): string {
  if (location === undefined || location === '') return path.resolve(cwd, DEFAULT_CACHE_FILE);
  const target = path.resolve(cwd, location);
  let isDirectory = /[\\/]$/.test(location);
  try {
    isDirectory ||= fs.statSync(target).isDirectory();
  } catch {
    // Not there yet: a file, unless the name ends with a slash.
  }
  return isDirectory ? path.join(target, DEFAULT_CACHE_FILE) : target;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isMessage(value: unknown): value is LintMessage {
  return (
    isRecord(value) &&
    (value.ruleId === null || typeof value.ruleId === 'string') &&
    (value.severity === 1 || value.severity === 2) &&
    typeof value.message === 'string' &&
    typeof value.line === 'number' &&
    typeof value.column === 'number'
  );
}

function isEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value) || typeof value.hash !== 'string' || !isRecord(value.outcome) || !isRecord(value.exists)) return false;
  const { outcome } = value;
  return (
    typeof outcome.language === 'string' &&
    Array.isArray(outcome.messages) &&
    outcome.messages.every(isMessage) &&
    isRecord(outcome.collected) &&
    Array.isArray(outcome.directives) &&
    Object.values(value.exists).every((known) => typeof known === 'boolean')
  );
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  // mkdir -p reports EEXIST when a part of the path is a file.
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of its path is not a folder';
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EROFS') return 'the file system is read-only';
  return (error as Error).message;
}

export interface LoadCacheOptions {
  /** Receives one line (without newline) when the cache file is ignored or cannot be written. */
  warn: (line: string) => void;
  version: string;
}

/** The cache of one run: entries read at the start, entries made during the run, written at the end. */
export class LintCache {
  private readonly made = new Map<string, CacheEntry>();

  private constructor(
    /** The cache file. */
    readonly filePath: string,
    private readonly key: string,
    private readonly version: string,
    private readonly previous: ReadonlyMap<string, CacheEntry>,
    /** The file's text as read, to skip writing an unchanged cache. */
    private readonly raw: string | null,
    private readonly warn: (line: string) => void,
  ) {}

  /** Read the cache file; a missing file is an empty cache, a corrupt one is ignored with a warning. */
  static load(filePath: string, key: string, options: LoadCacheOptions): LintCache {
    const empty = (raw: string | null) => new LintCache(filePath, key, options.version, new Map(), raw, options.warn);
    let raw: string;
    try {
      raw = fs.readFileSync(filePath, 'utf8');
    } catch (error) {
      // No cache yet (or it cannot exist there: writing it will say so).
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') options.warn(`policylint: ignoring the cache file ${filePath}: ${reasonOf(error)}`);
      return empty(null);
    }
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      options.warn(`policylint: ignoring the cache file ${filePath}: it is not valid JSON (${(error as Error).message})`);
      return empty(null);
    }
    if (!isRecord(data) || typeof data.policylintCache !== 'number' || !isRecord(data.files)) {
      options.warn(`policylint: ignoring the cache file ${filePath}: it is not a policylint cache file`);
      return empty(null);
    }
    // Another format, version or config: not corrupt, just out of date.
    if (data.policylintCache !== CACHE_FORMAT || data.version !== options.version || data.key !== key) return empty(raw);
    const entries = new Map<string, CacheEntry>();
    for (const [file, entry] of Object.entries(data.files)) {
      if (!isEntry(entry)) {
        options.warn(`policylint: ignoring the cache file ${filePath}: its entry for ${file} is malformed`);
        return empty(null);
      }
      entries.set(file, entry);
    }
    return new LintCache(filePath, key, options.version, entries, raw, options.warn);
  }

  /**
   * The cached outcome of a file whose text has this hash, or undefined.
   * @param exists answers whether a path exists now, to check what the rules relied on
   */
  get(filePath: string, hash: string, exists: (target: string) => boolean): DocumentOutcome | undefined {
    const entry = this.made.get(filePath) ?? this.previous.get(filePath);
    if (entry === undefined || entry.hash !== hash) return undefined;
    for (const [target, known] of Object.entries(entry.exists)) if (exists(target) !== known) return undefined;
    this.made.set(filePath, entry);
    return { filePath, ...structuredClone(entry.outcome) };
  }

  /** Keep a file's outcome for the text with this hash. */
  set(filePath: string, hash: string, outcome: DocumentOutcome, exists: Record<string, boolean>): void {
    const { filePath: _ignored, ...kept } = outcome;
    this.made.set(filePath, { hash, outcome: structuredClone(kept), exists: { ...exists } });
  }

  /** Write the cache file atomically: this run's entries, and earlier ones whose file still exists. */
  save(): void {
    const files: Record<string, CacheEntry> = {};
    const paths = new Set([...this.made.keys(), ...this.previous.keys()]);
    for (const file of [...paths].sort()) {
      const entry = this.made.get(file);
      if (entry !== undefined) files[file] = entry;
      else if (fs.existsSync(file)) files[file] = this.previous.get(file)!;
    }
    const data: CacheFile = { policylintCache: CACHE_FORMAT, version: this.version, key: this.key, files };
    const text = JSON.stringify(data);
    if (text === this.raw) return;
    try {
      fs.mkdirSync(path.dirname(this.filePath), { recursive: true });
      writeFileAtomic(this.filePath, text);
    } catch (error) {
      this.warn(`policylint: cannot write the cache file ${this.filePath}: ${reasonOf(error)}`);
    }
  }
}

/**
 * An `exists` that records what it answered, for one file's cache entry.
 * @param exists the run's shared `exists`
 */
export function recordingExists(exists: (target: string) => boolean): { exists: (target: string) => boolean; asked: Record<string, boolean> } {
  const asked: Record<string, boolean> = {};
  return {
    asked,
    exists: (target) => {
      const known = exists(target);
      asked[target] = known;
      return known;
    },
  };
}
