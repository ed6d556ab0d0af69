/**
 * frontmatter-schema: a document's frontmatter must match a JSON Schema, by
 * default policylint's schema of common policy metadata (title, lang, owner,
 * effective_date, last_reviewed, version, applies_to). Validated with ajv,
 * formats included; every problem is reported at the exact key or value in
 * the YAML (TOML: the line of the key).
 */
import ignore, { type Ignore } from 'ignore';
import type { ErrorObject } from 'ajv';
import path from 'node:path';
import type { FileRule, Range, RuleContext } from '../src/types.js';
import { docsUrl, truncate } from '../src/rule-kit.js';
import { frontmatterValidator } from '../src/config/frontmatter-config.js';

export interface FrontmatterSchemaOptions {
  /** JSON Schema file (absolute once the config is loaded; relative paths resolve against the config file). Default: policylint's schema. */
  schema?: string;
  /** Documents the rule applies to: globs in .gitignore syntax, relative to the project root. Default: every document. */
  files?: string | string[];
  /** Keys every document must have, on top of the schema's `required`. */
  required?: string[];
}

type Path = Array<string | number>;

/**
 * A copy of frontmatter data as JSON Schema sees it: dates (YAML 1.1
 * timestamps, TOML dates) become `YYYY-MM-DD` strings, date-times ISO strings.
 */
export function normaliseFrontmatterValue(value: unknown): unknown {
  if (value instanceof Date) {
    // smol-toml's TomlDate prints each TOML kind as written: a local date as YYYY-MM-DD.
    if (typeof (value as { isDate?: unknown }).isDate === 'function') return value.toISOString();
    if (Number.isNaN(value.getTime())) return String(value);
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(normaliseFrontmatterValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normaliseFrontmatterValue(item)]));
  }
  return value;
}

const FORMAT_WORDS: Record<string, string> = {
  date: 'a date (YYYY-MM-DD)',
  'date-time': 'a date and time (YYYY-MM-DDThh:mm:ssZ)',
  time: 'a time (hh:mm:ss with a time zone)',
  duration: 'an ISO 8601 duration (P3D)',
  email: 'an e-mail address',
  uri: 'an absolute URI (https://…)',
  url: 'an absolute URL (https://…)',
  'uri-reference': 'a URI or a relative link',
  iri: 'an absolute IRI',
  'iri-reference': 'an IRI or a relative link',
  hostname: 'a host name (example.com)',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  uuid: 'a UUID',
  regex: 'a regular expression',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list',
  null: 'empty',
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(',');
  return types.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(truncate(value, 60));
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** JSON pointer (`/owner/email`) to path segments. */
function pointerPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(data: unknown, at: Path): unknown {
  let current = data;
  for (const segment of at) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return current;
}

/** `"owner.email"`, `"applies_to" item 2` (items counted from 1). */
function describePath(data: unknown, at: Path): string {
  const parts: string[] = [];
  let keys: string[] = [];
  let current = data;
  for (const segment of at) {
    if (Array.isArray(current)) {
      if (keys.length > 0) parts.push(`"${keys.join('.')}"`);
      keys = [];
      parts.push(`item ${Number(segment) + 1}`);
    } else {
      keys.push(String(segment));
    }
    current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[String(segment)] : undefined;
  }
  if (keys.length > 0) parts.push(`"${keys.join('.')}"`);
  return parts.join(' ');
}

function expectedWords(error: ErrorObject): string | null {
  const params = error.params as Record<string, unknown>;
  const custom = (error.parentSchema as Record<string, unknown> | undefined)?.['x-expected'];
  if (error.keyword === 'format') return FORMAT_WORDS[String(params['format'])] ?? `in the "${String(params['format'])}" format`;
  if (typeof custom === 'string') return custom;
  switch (error.keyword) {
    case 'type':
      return typeWords(params['type']);
    case 'enum':
      return `one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return JSON.stringify(params['allowedValue']);
    case 'pattern':
      return `text matching the pattern ${String(params['pattern'])}`;
    case 'minLength':
      return Number(params['limit']) === 1 ? 'text that is not empty' : `at least ${String(params['limit'])} characters long`;
    case 'maxLength':
      return `at most ${String(params['limit'])} characters long`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${String(params['comparison']).startsWith('>') ? (params['comparison'] === '>' ? 'more than' : 'at least') : params['comparison'] === '<' ? 'less than' : 'at most'} ${String(params['limit'])}`;
    case 'multipleOf':
      return `a multiple of ${String(params['multipleOf'])}`;
    case 'minItems':
      return `a list of at least ${String(params['limit'])} item${Number(params['limit']) === 1 ? '' : 's'}`;
    case 'maxItems':
      return `a list of at most ${String(params['limit'])} item${Number(params['limit']) === 1 ? '' : 's'}`;
    case 'uniqueItems':
      return 'a list without repeated items';
    case 'minProperties':
      return `a mapping with at least ${String(params['limit'])} key${Number(params['limit']) === 1 ? '' : 's'}`;
    case 'maxProperties':
      return `a mapping with at most ${String(params['limit'])} key${Number(params['limit']) === 1 ? '' : 's'}`;
    default:
      return null;
  }
}

const BRANCHING = new Set(['anyOf', 'oneOf']);

/**
 * The errors worth reporting. An anyOf/oneOf fails with an error for every
 * branch; the branch that got deepest into the value says most, and when every
 * branch only failed on its type, one error says what the value may be.
 */
function selectErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const underBranch = (e: ErrorObject) => errors.some((b) => BRANCHING.has(b.keyword) && b !== e && e.schemaPath.startsWith(`${b.schemaPath}/`));
  const shown = errors.filter((e) => !BRANCHING.has(e.keyword) && e.keyword !== 'if' && !underBranch(e));
  for (const branch of errors.filter((e) => BRANCHING.has(e.keyword) && !underBranch(e))) {
    const inside = errors.filter((e) => !BRANCHING.has(e.keyword) && e.keyword !== 'if' && e.schemaPath.startsWith(`${branch.schemaPath}/`));
    if (inside.length === 0) {
      shown.push(branch);
      continue;
    }
    const depth = (e: ErrorObject) => pointerPath(e.instancePath).length;
    const deepest = Math.max(...inside.map(depth));
    const candidates = inside.filter((e) => depth(e) === deepest);
    const specific = candidates.filter((e) => e.keyword !== 'type');
    if (specific.length > 0) {
      shown.push(...specific);
    } else if (candidates.length === 1 && candidates[0]!.instancePath !== branch.instancePath) {
      shown.push(candidates[0]!);
    } else {
      // Only type errors: one message listing every type the value may have there.
      const types = [...new Set(candidates.flatMap((e) => String((e.params as { type: unknown }).type).split(',')))];
      const custom = candidates[0]!.instancePath === branch.instancePath ? (branch.parentSchema as Record<string, unknown> | undefined)?.['x-expected'] : undefined;
      shown.push({ ...candidates[0]!, params: { type: types.join(',') }, parentSchema: typeof custom === 'string' ? { 'x-expected': custom } : {} });
    }
  }
  return shown;
}

const matchers = new WeakMap<object, Ignore>();

function appliesTo(context: RuleContext<FrontmatterSchemaOptions>): boolean {
  const files = context.options.files;
  if (files === undefined) return true;
  const list = Array.isArray(files) ? files : [files];
  if (list.length === 0) return true;
  let matcher = matchers.get(context.options);
  if (matcher === undefined) {
    matcher = ignore().add(list);
    matchers.set(context.options, matcher);
  }
  const relative = path.relative(context.root, context.document.filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return matcher.ignores(relative.split(path.sep).join('/'));
}

const rule: FileRule<FrontmatterSchemaOptions> = {
  meta: {
    id: 'frontmatter-schema',
    type: 'problem',
    description: 'Require frontmatter that matches a JSON Schema: by default title, owner and effective_date, with lang, last_reviewed, version and applies_to checked when present.',
    url: docsUrl('frontmatter-schema'),
    fixable: false,
    schema: {
      type: 'object',
      properties: {
        schema: { type: 'string', minLength: 1 },
        files: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
        required: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
    defaultOptions: {},
    messages: {
      noFrontmatter: 'No frontmatter: start the document with a --- block that has {{keys}}.',
      missingKey: '{{subject}} is missing "{{key}}", which is required.',
      unknownKey: '{{subject}} has the key "{{key}}", which the schema does not allow.',
      invalidValue: '{{subject}} must be {{expected}}; found {{found}}.',
      invalid: '{{subject}} {{problem}}; found {{found}}.',
    },
  },

  check(context) {
    if (!appliesTo(context)) return;
    const { document, options } = context;
    const frontmatter = document.frontmatter;
    const data = normaliseFrontmatterValue(frontmatter?.data ?? {}) as Record<string, unknown>;
    const validate = frontmatterValidator(options.schema);
    const errors: ErrorObject[] = validate(data) ? [] : [...(validate.errors ?? [])];
    for (const key of options.required ?? []) {
      const already = errors.some((e) => e.keyword === 'required' && e.instancePath === '' && (e.params as { missingProperty?: string }).missingProperty === key);
      if (data[key] === undefined && !already) {
        errors.push({ keyword: 'required', instancePath: '', schemaPath: '#/required', params: { missingProperty: key }, message: `must have required property '${key}'` });
      }
    }
    if (errors.length === 0) return;

    if (frontmatter === null) {
      const keys = [...new Set(errors.filter((e) => e.keyword === 'required' && e.instancePath === '').map((e) => `"${String((e.params as { missingProperty: string }).missingProperty)}"`))];
      context.report({ messageId: 'noFrontmatter', data: { keys: keys.length > 0 ? keys.join(', ') : 'the keys the schema asks for' }, at: document.rangeOf({ start: 0, end: 0 }) });
      return;
    }

    // The opening fence line: where a problem of the whole block is shown.
    const fenceEnd = document.source.indexOf('\n', frontmatter.range.start.offset);
    const fence = document.rangeOf({ start: frontmatter.range.start.offset, end: fenceEnd < 0 ? frontmatter.range.end.offset : fenceEnd - (document.source[fenceEnd - 1] === '\r' ? 1 : 0) });
    const rangeAt = (at: Path, part: 'value' | 'key'): Range => {
      if (at.length === 0) return fence;
      return frontmatter.rangeAt(at, part) ?? frontmatter.rangeAt([at[0]!], 'key') ?? fence;
    };
    const subject = (at: Path) => (at.length === 0 ? 'The frontmatter' : `Frontmatter ${describePath(data, at)}`);

    const seen = new Set<string>();
    for (const error of selectErrors(errors)) {
      const at = pointerPath(error.instancePath);
      const params = error.params as Record<string, unknown>;
      let descriptor: Parameters<typeof context.report>[0];
      if (error.keyword === 'required' || error.keyword === 'dependentRequired' || error.keyword === 'dependencies') {
        descriptor = { messageId: 'missingKey', data: { subject: subject(at), key: String(params['missingProperty']) }, at: rangeAt(at, 'key') };
      } else if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties' || error.keyword === 'propertyNames') {
        const key = String(params['additionalProperty'] ?? params['unevaluatedProperty'] ?? params['propertyName']);
        descriptor = { messageId: 'unknownKey', data: { subject: subject(at), key }, at: rangeAt([...at, key], 'key') };
      } else {
        const expected = expectedWords(error);
        const value = found(valueAt(data, at));
        descriptor =
          expected === null
            ? { messageId: 'invalid', data: { subject: subject(at), problem: error.message ?? 'is not valid', found: value }, at: rangeAt(at, 'value') }
            : { messageId: 'invalidValue', data: { subject: subject(at), expected, found: value }, at: rangeAt(at, 'value') };
      }
      const key = `${descriptor.messageId}\0${JSON.stringify(descriptor.data)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      context.report(descriptor);
    }
  },
};

export default rule;
