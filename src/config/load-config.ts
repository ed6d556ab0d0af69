/**
 * Finds, reads, validates and resolves configuration: config files found from
 * the working directory upward, `extends` of built-in presets and relative
 * files, and rule options checked against each rule's JSON Schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import ignore from 'ignore';
import { ConfigError } from '../errors.js';
import type { ConfigInput, ConfigOverride, PrepareRule, ResolvedConfig, RuleEntry, Rule, SeverityLevel } from '../types.js';
import { describeErrors, loadAjv, validator } from '../engine/ajv.js';
// CONFIG_SCHEMA compiled ahead of time at build (ajv standalone): checking a config file does not load ajv.
import validateConfig from '../generated/config-validator.js';
import { getPreset, PRESET_PREFIX, presetNames } from './presets.js';
import { builtInRules } from '../../rules/index.js';
import { RuleRegistry } from '../engine/rule-registry.js';
import { applyFrontmatterKey, resolveFrontmatterSchema } from './frontmatter-config.js';
import { compileDeclarativeRule, isDeclarativeEntry } from '../declarative/compile-rule.js';
import { pluginProblem, pluginRules, type Plugin } from '../plugins.js';
import { candidateNames, resolvePackage } from './resolve-package.js';
import { globProblem, patternLists } from './glob-check.js';

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = [
  'policylint.config.json',
  'policylint.config.yaml',
  'policylint.config.yml',
  'policylint.config.js',
  'policylint.config.mjs',
  '.policylintrc.json',
  '.policylintrc.yaml',
  '.policylintrc.yml',
] as const;

export const DEFAULT_EXTENDS = `${PRESET_PREFIX}recommended`;

/** The nearest config file from `cwd` upward, or null. */
export function findConfigFile(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Read and parse one config file (no validation, no extends). */
export async function readConfigFile(filePath: string): Promise<unknown> {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (cause) {
    throw new ConfigError(`cannot read the config file (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`, filePath);
  }
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') {
    try {
      const module = (await import(pathToFileURL(filePath).href)) as { default?: unknown };
      return module.default;
    } catch (cause) {
      throw new ConfigError(`cannot load the config module: ${(cause as Error).message}`, filePath);
    }
  }
  if (ext === '.json') {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    } catch (cause) {
      throw new ConfigError(`invalid JSON: ${(cause as Error).message}`, filePath);
    }
  }
  try {
    return parseYaml(text, { prettyErrors: true, maxAliasCount: 100 }) as unknown;
  } catch (cause) {
    throw new ConfigError(`invalid YAML: ${(cause as Error).message.split('\n')[0]!.replace(/:$/, '')}`, filePath);
  }
}

async function validateShape(value: unknown, filePath: string | null): Promise<ConfigInput> {
  if (value === null || value === undefined) return {};
  if (!validateConfig(value)) throw new ConfigError(describeErrors(validateConfig.errors, 'config'), filePath);
  const input = value as ConfigInput;
  for (const { where, patterns } of patternLists(input)) {
    patterns.forEach((pattern, i) => {
      const problem = globProblem(pattern);
      if (problem !== null) throw new ConfigError(`${where}.${i}: the pattern "${pattern}" cannot be used: ${problem}`, filePath);
    });
  }
  return input;
}

/** `off`/`warn`/`error` or 0/1/2 as a level; anything else is an error (entries are validated before). */
export function severityLevel(severity: unknown): SeverityLevel {
  switch (severity) {
    case 'off':
    case 0:
      return 0;
    case 'warn':
    case 1:
      return 1;
    default:
      return 2;
  }
}

type RuleSettings = ResolvedConfig['rules'];
/** Rule settings while layers merge, with the file that last set each rule (null: given in code or on the command line). */
type RuleLayers = Record<string, ResolvedConfig['rules'][string] & { origin: string | null }>;

/** Apply one layer of rule entries over another; a bare severity keeps earlier options (as ESLint does). */
function mergeRules(base: RuleLayers, entries: Record<string, RuleEntry> | undefined, filePath: string | null, registry: RuleRegistry): RuleLayers {
  const merged: RuleLayers = { ...base };
  for (const [id, entry] of Object.entries(entries ?? {})) {
    if (isDeclarativeEntry(entry)) {
      const { rule, severity } = compileDeclarativeRule(id, entry, filePath);
      try {
        registry.define(rule);
      } catch (cause) {
        throw new ConfigError(`rules.${id}: ${(cause as Error).message}; give the declarative rule its own id, such as "acme/${id}"`, filePath);
      }
      merged[id] = { severity: severityLevel(severity), options: {}, origin: filePath };
      continue;
    }
    if (!registry.has(id)) throw new ConfigError(`unknown rule "${id}"${suggest(id, registry)}`, filePath);
    const [severity, options] = Array.isArray(entry) ? entry : [entry];
    merged[id] = {
      severity: severityLevel(severity),
      options: options === undefined ? (base[id]?.options ?? {}) : { ...options },
      origin: options === undefined ? (base[id]?.origin ?? filePath) : filePath,
    };
  }
  return merged;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A near-miss rule id, for "did you mean". */
function suggest(id: string, registry: RuleRegistry): string {
  let best: { id: string; distance: number } | null = null;
  for (const rule of registry.all()) {
    const distance = editDistance(id, rule.meta.id);
    if (distance <= 3 && (best === null || distance < best.distance)) best = { id: rule.meta.id, distance };
  }
  return best === null ? '' : ` (did you mean "${best.id}"?)`;
}

/** Check each rule's options against its schema, naming the file that set them; fills in defaults. */
function validateRuleOptions(rules: RuleLayers, registry: RuleRegistry): RuleSettings {
  const checked: RuleSettings = {};
  for (const [id, setting] of Object.entries(rules)) {
    const rule = registry.get(id) as Rule;
    const options = { ...(rule.meta.defaultOptions as Record<string, unknown>), ...setting.options };
    // A rule's own defaults are not checked (so a run with the default config never loads ajv).
    if (Object.keys(setting.options).length === 0) {
      checked[id] = { severity: setting.severity, options };
      continue;
    }
    const validate = validator(rule.meta.schema);
    if (!validate(options)) {
      throw new ConfigError(`invalid options for rule "${id}": ${describeErrors(validate.errors, 'options')}`, setting.origin);
    }
    checked[id] = { severity: setting.severity, options };
  }
  return checked;
}

/** Paths in settings are relative to the config file that names them. */
function resolveSettingPaths(settings: ConfigInput['settings'], dir: string): ResolvedConfig['settings'] {
  if (settings === undefined) return {};
  const resolved: ResolvedConfig['settings'] = { ...settings };
  if (settings.footer !== undefined) {
    const footer = settings.footer as string | string[];
    resolved.footer = (Array.isArray(footer) ? footer : [footer]).map((file) => path.resolve(dir, file));
  }
  if (typeof settings.siteRoot === 'string') resolved.siteRoot = path.resolve(dir, settings.siteRoot);
  return resolved;
}

interface Layer {
  input: ConfigInput;
  filePath: string | null;
}

/** State shared while one config and everything it extends is read. */
interface ExpandContext {
  cwd: string;
  /** Plugins loaded so far, by name. */
  plugins: Map<string, { plugin: Plugin; entry: string }>;
}

const PLUGIN_PREFIX = 'plugin:';

function folderOf(filePath: string | null, context: ExpandContext): string {
  return filePath === null ? context.cwd : path.dirname(filePath);
}

/** Load a plugin named in `plugins` (a package name or a relative path) once per run. */
async function loadPlugin(spec: string, filePath: string | null, context: ExpandContext): Promise<Plugin> {
  const dir = folderOf(filePath, context);
  let entry: string | null;
  if (spec.startsWith('.') || path.isAbsolute(spec)) {
    entry = path.resolve(dir, spec);
    if (!fs.existsSync(entry)) throw new ConfigError(`plugin "${spec}": no such file (${entry})`, filePath);
  } else {
    const names = candidateNames(spec, 'policylint-plugin');
    entry = names.map((name) => resolvePackage(name, dir)).find((found) => found !== null) ?? null;
    if (entry === null) throw new ConfigError(`plugin "${spec}" is not installed: run npm install --save-dev ${names[0]}`, filePath);
  }
  for (const loaded of context.plugins.values()) if (loaded.entry === entry) return loaded.plugin;
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(entry).href)) as { default?: unknown };
  } catch (cause) {
    throw new ConfigError(`plugin "${spec}" cannot be loaded: ${(cause as Error).message.split('\n')[0]}`, filePath);
  }
  const plugin = module.default ?? module;
  const problem = pluginProblem(plugin);
  if (problem !== null) throw new ConfigError(`plugin "${spec}" is not a policylint plugin: ${problem}`, filePath);
  const typed = plugin as Plugin;
  if (context.plugins.has(typed.name)) throw new ConfigError(`two plugins are named "${typed.name}" (${context.plugins.get(typed.name)!.entry} and ${entry})`, filePath);
  context.plugins.set(typed.name, { plugin: typed, entry });
  return typed;
}

/** `policylint:recommended`, `plugin:acme/recommended`, a package (`policylint-config-acme`) or a file. */
async function expandParent(name: string, filePath: string | null, seen: readonly string[], context: ExpandContext): Promise<Layer[]> {
  if (name.startsWith(PRESET_PREFIX)) {
    const preset = getPreset(name.slice(PRESET_PREFIX.length));
    if (preset === undefined) {
      throw new ConfigError(`unknown preset "${name}" in extends (built-in presets: ${presetNames().join(', ')})`, filePath);
    }
    return [{ input: preset, filePath }];
  }
  if (name.startsWith(PLUGIN_PREFIX)) {
    const [pluginName, configName] = splitPluginConfig(name.slice(PLUGIN_PREFIX.length));
    const plugin = await loadPlugin(pluginName, filePath, context);
    const config = plugin.configs?.[configName];
    if (config === undefined) {
      throw new ConfigError(`plugin "${pluginName}" has no config "${configName}" (it has: ${Object.keys(plugin.configs ?? {}).join(', ') || 'none'})`, filePath);
    }
    return expand(await validateShape(config, filePath), filePath, seen, context);
  }
  let target: string;
  if (name.startsWith('.') || path.isAbsolute(name)) {
    target = path.resolve(folderOf(filePath, context), name);
    if (!fs.existsSync(target)) throw new ConfigError(`extends "${name}": no such file`, filePath);
  } else {
    const names = candidateNames(name, 'policylint-config');
    const found = names.map((candidate) => resolvePackage(candidate, folderOf(filePath, context))).find((entry) => entry !== null);
    if (found === undefined || found === null) {
      throw new ConfigError(`cannot extend "${name}": no such shareable config is installed (run npm install --save-dev ${names[0]}); built-in presets are ${presetNames().join(', ')}`, filePath);
    }
    target = found;
  }
  if (seen.includes(target)) {
    throw new ConfigError(`extends forms a cycle: ${[...seen, target].map((p) => path.basename(p)).join(' -> ')}`, filePath);
  }
  const parent = await validateShape(await readConfigFile(target), target);
  return expand(parent, target, [...seen, target], context);
}

/** `acme/recommended` -> [`acme`, `recommended`]; `@acme/recommended` -> [`@acme`, `recommended`]. */
function splitPluginConfig(spec: string): [string, string] {
  const slash = spec.lastIndexOf('/');
  return slash <= 0 ? [spec, 'recommended'] : [spec.slice(0, slash), spec.slice(slash + 1)];
}

async function expand(input: ConfigInput, filePath: string | null, seen: readonly string[], context: ExpandContext): Promise<Layer[]> {
  for (const spec of input.plugins ?? []) await loadPlugin(spec, filePath, context);
  const layers: Layer[] = [];
  const parents = input.extends === undefined ? [] : Array.isArray(input.extends) ? input.extends : [input.extends];
  for (const name of parents) layers.push(...(await expandParent(name, filePath, seen, context)));
  layers.push({ input, filePath });
  return layers;
}

export interface LoadConfigOptions {
  /** Folder to search from (default: `process.cwd()`). */
  cwd?: string;
  /** An explicit config file; no search, no cascade. */
  configFile?: string;
  /** Use no config file at all: only the recommended preset and rule overrides. */
  noConfig?: boolean;
  /** A config given in code, used instead of any file. */
  config?: ConfigInput;
  /** Rule entries applied last (the CLI's `--rule`). */
  ruleOverrides?: Record<string, RuleEntry>;
  /**
   * The document the config is for: config files are searched from its folder
   * upward (nearest wins, `root: true` stops the search) and the `overrides`
   * that match it apply. Without it: the config for `cwd`, without overrides.
   */
  filePath?: string;
}

/** One config file (or an in-code config) of a cascade, outermost first. */
export interface ConfigLink {
  input: ConfigInput;
  filePath: string | null;
}

/** Config files from a folder upward, nearest first, up to one that says `root: true`. */
export async function findConfigChain(dir: string, read: (file: string) => Promise<ConfigInput> = readValidConfig): Promise<ConfigLink[]> {
  const chain: ConfigLink[] = [];
  let current = path.resolve(dir);
  for (;;) {
    const file = CONFIG_FILE_NAMES.map((name) => path.join(current, name)).find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    if (file !== undefined) {
      const input = await read(file);
      chain.push({ input, filePath: file });
      if (input.root === true) break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return chain;
}

/** Read and validate one config file. */
export async function readValidConfig(file: string): Promise<ConfigInput> {
  return await validateShape(await readConfigFile(file), file);
}

/** The config links a run starts from: an in-code config, an explicit file, none, or the cascade. */
export async function configLinks(options: LoadConfigOptions, cwd: string, read: (file: string) => Promise<ConfigInput> = readValidConfig): Promise<ConfigLink[]> {
  if (options.config !== undefined) return [{ input: await validateShape(options.config, null), filePath: null }];
  if (options.configFile !== undefined) {
    const filePath = path.resolve(cwd, options.configFile);
    if (!fs.existsSync(filePath)) throw new ConfigError('config file not found', filePath);
    return [{ input: await read(filePath), filePath }];
  }
  if (options.noConfig === true) return [{ input: {}, filePath: null }];
  const start = options.filePath === undefined ? cwd : path.dirname(path.resolve(cwd, options.filePath));
  const chain = (await findConfigChain(start, read)).reverse();
  return chain.length > 0 ? chain : [{ input: {}, filePath: null }];
}

/** Whether a config's override applies to a file (patterns relative to the config's folder, gitignore syntax). */
export function overrideMatches(override: ConfigOverride, file: string, base: string): boolean {
  const relative = path.relative(base, file).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  return ignore().add(list(override.files)).ignores(relative) && !ignore().add(list(override.excludedFiles)).ignores(relative);
}

/** Keyed by the function: plugin rules are re-wrapped (prefixed ids) for every config that loads them. */
const prepared = new WeakMap<PrepareRule, Promise<void>>();

/** Run a rule's `prepare` once per process, however many configs enable it. */
function prepareRule(rule: Rule | undefined): Promise<void> | undefined {
  const prepare = rule?.prepare;
  if (prepare === undefined) return undefined;
  let pending = prepared.get(prepare);
  if (pending === undefined) {
    // A rule that cannot load what it needs stops the run with its name, not a stack trace.
    pending = Promise.resolve()
      .then(prepare)
      .catch((cause: unknown) => {
        throw new ConfigError(`rule "${rule!.meta.id}" cannot load what it needs: ${(cause as Error)?.message?.split('\n')[0] ?? String(cause)}`, null);
      });
    prepared.set(prepare, pending);
  }
  return pending;
}

/**
 * Resolve a cascade of config links into the config of one file (or of the run
 * when `forFile` is null).
 */
export async function buildConfig(
  links: readonly ConfigLink[],
  cwd: string,
  ruleOverrides: Record<string, RuleEntry> | undefined,
  forFile: string | null,
): Promise<ResolvedConfig> {
  const chain = [...links];
  // With neither `extends` nor `rules` anywhere, the recommended preset applies.
  if (!chain.some((link) => link.input.extends !== undefined || link.input.rules !== undefined)) {
    chain[0] = { ...chain[0]!, input: { ...chain[0]!.input, extends: DEFAULT_EXTENDS } };
  }
  const context: ExpandContext = { cwd, plugins: new Map() };
  const layers: Layer[] = [];
  for (const link of chain) {
    layers.push(...(await expand(link.input, link.filePath, link.filePath === null ? [] : [link.filePath], context)));
    if (forFile === null) continue;
    for (const override of link.input.overrides ?? []) {
      if (!overrideMatches(override, forFile, folderOf(link.filePath, context))) continue;
      const { rules, settings, language } = override;
      // A preset for one kind of document: `overrides: [{ files: privacy/**, extends: policylint:privacy }]`.
      const parents = override.extends === undefined ? [] : Array.isArray(override.extends) ? override.extends : [override.extends];
      for (const name of parents) layers.push(...(await expandParent(name, link.filePath, link.filePath === null ? [] : [link.filePath], context)));
      layers.push({ input: { ...(rules === undefined ? {} : { rules }), ...(settings === undefined ? {} : { settings }), ...(language === undefined ? {} : { language }) }, filePath: link.filePath });
    }
  }
  applyFrontmatterKey(layers, cwd); // the `frontmatter` key becomes frontmatter-schema rule options
  const registry = new RuleRegistry(builtInRules);
  for (const { plugin } of context.plugins.values()) for (const rule of pluginRules(plugin)) registry.add(rule);
  let rules: RuleLayers = {};
  let settings: ResolvedConfig['settings'] = {};
  let language = 'auto';
  // ajv is needed for declarative rules, rule options and the frontmatter schema: load it only then.
  const entries = [...layers.map((layer) => layer.input.rules), ruleOverrides].flatMap((r) => Object.values(r ?? {}));
  if (entries.some((entry) => isDeclarativeEntry(entry) || (Array.isArray(entry) && entry.length > 1) || typeof entry === 'object')) await loadAjv();
  for (const layer of layers) {
    rules = mergeRules(rules, layer.input.rules, layer.filePath, registry);
    settings = { ...settings, ...resolveSettingPaths(layer.input.settings, layer.filePath === null ? cwd : path.dirname(layer.filePath)) };
    if (layer.input.language !== undefined) language = layer.input.language;
  }
  rules = mergeRules(rules, ruleOverrides, null, registry);
  rules = resolveFrontmatterSchema(rules, cwd); // schema path against its config file; compiled now (ConfigError)
  const filePath = [...chain].reverse().find((link) => link.filePath !== null)?.filePath ?? null;
  const resolved = validateRuleOptions(rules, registry);
  await Promise.all(Object.entries(resolved).map(([id, { severity }]) => (severity > 0 ? prepareRule(registry.get(id)) : undefined)));
  return { filePath, language, rules: resolved, settings, registry };
}

/**
 * Find and resolve the configuration for a run (or, with `filePath`, for one
 * document). With no config file the recommended preset applies.
 * @throws {ConfigError} naming the file, the rule and what is wrong
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const links = await configLinks(options, cwd);
  const forFile = options.filePath === undefined ? null : path.resolve(cwd, options.filePath);
  return buildConfig(links, cwd, options.ruleOverrides, forFile);
}
