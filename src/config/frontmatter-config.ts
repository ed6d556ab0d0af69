/**
 * Frontmatter schemas in the config: the top-level `frontmatter` key becomes
 * options of the `frontmatter-schema` rule, the rule's `schema` path is
 * resolved against the config file that names it, and the schema file is read
 * and compiled with ajv while the config loads, so a missing file, broken JSON
 * or an invalid JSON Schema stops the run (exit 2) before any document is read.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Ajv2019 } from 'ajv/dist/2019.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { ajvModules } from '../engine/ajv.js';
import { ConfigError } from '../errors.js';
import type { ConfigInput, RuleEntry } from '../types.js';
import defaultSchema from './default-frontmatter.schema.json' with { type: 'json' };

export const FRONTMATTER_RULE_ID = 'frontmatter-schema';

/** What messages call the built-in schema. */
export const DEFAULT_SCHEMA_NAME = "policylint's default frontmatter schema";

type AnyAjv = Ajv | Ajv2019 | Ajv2020;


/**
 * Turn each layer's `frontmatter` key into a `frontmatter-schema` rule entry of
 * that layer, its schema path resolved against the layer's config file. A
 * severity (or options) the same file gives the rule under `rules` is kept;
 * the key's options win. Layers are replaced in place, never mutated.
 */
export function applyFrontmatterKey(layers: Array<{ input: ConfigInput; filePath: string | null }>, cwd: string): void {
  for (const layer of layers) {
    const key = layer.input.frontmatter;
    if (key === undefined) continue;
    const dir = layer.filePath === null ? cwd : path.dirname(layer.filePath);
    const options: Record<string, unknown> = {};
    if (key.schema !== undefined) options['schema'] = path.resolve(dir, key.schema);
    if (key.files !== undefined) options['files'] = Array.isArray(key.files) ? key.files : [key.files];
    if (key.required !== undefined) options['required'] = key.required;
    const existing = layer.input.rules?.[FRONTMATTER_RULE_ID];
    let entry: RuleEntry = ['error', options];
    if (typeof existing === 'string' || typeof existing === 'number') entry = [existing, options];
    else if (Array.isArray(existing)) entry = [existing[0], { ...(existing[1] ?? {}), ...options }];
    layer.input = { ...layer.input, rules: { ...layer.input.rules, [FRONTMATTER_RULE_ID]: entry } };
  }
}

interface RuleSetting {
  severity: number;
  options: Record<string, unknown>;
  /** The config file that set the options; null: given in code or on the command line (relative to `cwd`). */
  origin: string | null;
}

/**
 * Resolve the `frontmatter-schema` rule's `schema` option against the config
 * file that set it (or `cwd`), and compile the schema when the rule is on.
 * @throws {ConfigError} naming the schema file, what is wrong and the config that uses it
 */
export function resolveFrontmatterSchema<T extends Record<string, RuleSetting>>(rules: T, cwd: string): T {
  const setting = rules[FRONTMATTER_RULE_ID];
  if (setting === undefined) return rules;
  let options = setting.options;
  if (typeof options['schema'] === 'string') {
    const base = setting.origin === null ? cwd : path.dirname(setting.origin);
    options = { ...options, schema: path.resolve(base, options['schema']) };
  }
  if (setting.severity !== 0 && (options['schema'] === undefined || typeof options['schema'] === 'string')) {
    compileFrontmatterSchema(options['schema'] as string | undefined, setting.origin);
  }
  return { ...rules, [FRONTMATTER_RULE_ID]: { ...setting, options } };
}

/** Compiled schemas by file path and content: each schema is compiled once, and again only when its file changes. */
const compiled = new Map<string, ValidateFunction>();
/** The validator last compiled for each schema path: what the rule uses while linting, without reading the file again. */
const latest = new Map<string, ValidateFunction>();
let compiledDefault: ValidateFunction | undefined;

function newAjv(Class: typeof Ajv | typeof Ajv2019 | typeof Ajv2020, warnings: string[]): AnyAjv {
  const ajv = new Class({
    allErrors: true,
    // Annotations (`x-expected`, `markdownDescription`) are fine; they change nothing.
    strict: false,
    // The failing schema rides along with each error, for its `x-expected` wording.
    verbose: true,
    logger: { log: () => undefined, warn: (...args: unknown[]) => warnings.push(args.map(String).join(' ')), error: () => undefined },
  });
  ajvModules().addFormats(ajv);
  return ajv;
}

function ajvClassFor(declared: unknown, where: (message: string) => ConfigError): typeof Ajv | typeof Ajv2019 | typeof Ajv2020 {
  if (declared === undefined) return ajvModules().Ajv;
  const id = String(declared).replace(/^https?:\/\//, '').replace(/#$/, '');
  if (id === 'json-schema.org/draft-07/schema' || id === 'json-schema.org/draft-06/schema') return ajvModules().Ajv;
  if (id === 'json-schema.org/draft/2019-09/schema') return ajvModules().Ajv2019;
  if (id === 'json-schema.org/draft/2020-12/schema') return ajvModules().Ajv2020;
  if (id === 'json-schema.org/draft-04/schema' || id === 'json-schema.org/schema') {
    throw where(`"$schema": "${String(declared)}" is not supported; declare draft-07, 2019-09 or 2020-12 ("http://json-schema.org/draft-07/schema#")`);
  }
  throw where(`unknown "$schema": "${String(declared)}"; expected draft-07, 2019-09 or 2020-12 (such as "http://json-schema.org/draft-07/schema#")`);
}

/** `at /properties/title/type: must be equal to one of the allowed values` */
function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string {
  const lines = new Set((errors ?? []).filter((e) => e.keyword !== 'anyOf').map((e) => `at ${e.instancePath === '' ? '/' : e.instancePath}: ${e.message ?? 'is invalid'}`));
  return [...lines].slice(0, 3).join('; ') || 'invalid';
}

/** Line and column of a JSON.parse error, from the position V8 reports. */
function jsonErrorText(text: string, cause: Error): string {
  const message = cause.message.split('\n')[0]!.replace(/\s*\(line \d+ column \d+\)$/, '');
  const at = /at position (\d+)/.exec(message);
  if (at === null) return message;
  const offset = Number(at[1]);
  const before = text.slice(0, offset).split('\n');
  return `${message.replace(/\s*in JSON at position \d+/, '')} (line ${before.length}, column ${before.at(-1)!.length + 1})`;
}

function compileSchema(schema: unknown, where: (message: string) => ConfigError): ValidateFunction {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) throw where('not a JSON Schema: the file must hold a JSON object');
  const warnings: string[] = [];
  const ajv = newAjv(ajvClassFor((schema as { $schema?: unknown }).$schema, where), warnings);
  if ((schema as { $schema?: unknown }).$schema !== undefined && String((schema as { $schema: unknown }).$schema).includes('draft-06')) {
    // Read at run time: ajv stays an external dependency of the build, and its JSON cannot be imported as a module.
    ajv.addMetaSchema(createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json') as object);
  }
  let validate: ValidateFunction;
  try {
    if (!ajv.validateSchema(schema)) throw where(`not a valid JSON Schema: ${describeSchemaErrors(ajv.errors)}`);
    validate = ajv.compile(schema);
  } catch (cause) {
    if (cause instanceof ConfigError) throw cause;
    const message = (cause as Error).message;
    if (/can't resolve reference/.test(message)) {
      throw where(`${message.replace(/ from id #$/, '')}: a frontmatter schema must be one file (put shared parts under "definitions" or "$defs")`);
    }
    throw where(`not a valid JSON Schema: ${message}`);
  }
  const unknownFormat = warnings.find((w) => w.startsWith('unknown format'));
  if (unknownFormat !== undefined) {
    throw where(`${unknownFormat.replace(/ ignored in schema/, ' in schema')}; known formats include date, date-time, time, email, uri, uri-reference, hostname, ipv4, uuid`);
  }
  return validate;
}

/**
 * The validator of a frontmatter schema file (absolute path), or of the
 * default schema when `schemaPath` is undefined. Compiled once per file content.
 * @param origin the config file that names the schema, for messages
 * @throws {ConfigError}
 */
export function compileFrontmatterSchema(schemaPath: string | undefined, origin: string | null = null): ValidateFunction {
  const usedBy = origin === null ? '' : ` (frontmatter schema of ${origin})`;
  if (schemaPath === undefined) {
    compiledDefault ??= compileSchema(defaultSchema, (message) => new ConfigError(`${message}${usedBy}`, DEFAULT_SCHEMA_NAME));
    return compiledDefault;
  }
  let text: string;
  try {
    text = fs.readFileSync(schemaPath, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'frontmatter schema file not found' : code === 'EISDIR' ? 'the frontmatter schema is a folder, not a file' : `cannot read the frontmatter schema (${code ?? (cause as Error).message})`;
    throw new ConfigError(`${problem}${usedBy}`, schemaPath);
  }
  const key = `${schemaPath}\0${text}`;
  let validate = compiled.get(key);
  if (validate !== undefined) {
    latest.set(schemaPath, validate);
    return validate;
  }
  const where = (message: string) => new ConfigError(`${message}${usedBy}`, schemaPath);
  let schema: unknown;
  try {
    schema = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw where(`invalid JSON: ${jsonErrorText(text.replace(/^\uFEFF/, ''), cause as Error)}`);
  }
  validate = compileSchema(schema, where);
  for (const old of compiled.keys()) if (old.startsWith(`${schemaPath}\0`)) compiled.delete(old);
  compiled.set(key, validate);
  latest.set(schemaPath, validate);
  return validate;
}

/**
 * The validator the `frontmatter-schema` rule uses for a document: the one
 * compiled when the config loaded (no file is read again), else compiled now.
 * @throws {ConfigError} when the schema was not loaded with the config and is broken
 */
export function frontmatterValidator(schemaPath: string | undefined): ValidateFunction {
  return (schemaPath === undefined ? compiledDefault : latest.get(schemaPath)) ?? compileFrontmatterSchema(schemaPath);
}
