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

/** `rules.foo: must be equal to one of the allowed values ("off", "warn", "error", 0, 1, 2)` */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, root: string): string {
  if (!errors || errors.length === 0) return `${root}: invalid`;
  // anyOf reports every branch; the most specific error (deepest path) says most.
  const deepest = Math.max(...errors.map((e) => e.instancePath.length));
  const chosen = errors.filter((e) => e.instancePath.length === deepest && e.keyword !== 'anyOf');
  const shown = chosen.length > 0 ? chosen : errors;
  const lines = new Set(shown.map((error) => describeError(error, root)));
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
