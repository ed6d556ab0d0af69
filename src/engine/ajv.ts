/** One ajv instance for the process, and readable messages from its errors. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from '../types.js';

// ajv-formats ships CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: false });
addFormats(ajv);

const cache = new WeakMap<JsonSchema, ValidateFunction>();

export function validator(schema: JsonSchema): ValidateFunction {
  let validate = cache.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(schema);
    cache.set(schema, validate);
  }
  return validate;
}

/** `config.rules.foo: must be one of "off", "warn", "error", 0, 1, 2; config: unknown property "x"` */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, root: string): string {
  if (!errors || errors.length === 0) return `${root}: invalid`;
  // anyOf reports a failure for every branch; within one anyOf, the branch that got
  // furthest into the value (the deepest path) says most. Other errors all count.
  const shown = errors.filter((e) => e.keyword !== 'anyOf' && !e.schemaPath.includes('/anyOf/'));
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const branches = errors.filter((e) => e.keyword !== 'anyOf' && e.schemaPath.includes('/anyOf/') && e.instancePath.startsWith(anyOf.instancePath));
    const deepest = Math.max(...branches.map((e) => e.instancePath.length));
    const candidates = branches.filter((e) => e.instancePath.length === deepest);
    // A wrong type only says that branch did not apply; prefer what a branch of the right type says.
    const specific = candidates.filter((e) => e.keyword !== 'type');
    shown.push(...(specific.length > 0 ? specific : candidates));
  }
  const lines = new Set((shown.length > 0 ? shown : errors).map((error) => describeError(error, root)));
  return [...lines].join('; ');
}

function describeError(error: ErrorObject, root: string): string {
  const where = root + error.instancePath.replace(/\//g, '.').replace(/~1/g, '/').replace(/~0/g, '~');
  switch (error.keyword) {
    case 'additionalProperties':
      return `${where}: unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum':
      return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `${where}: must be ${(error.params as { type: string }).type}`;
    case 'required':
      return `${where}: missing required property "${(error.params as { missingProperty: string }).missingProperty}"`;
    default:
      return `${where}: ${error.message ?? 'is invalid'}`;
  }
}
