/**
 * One ajv instance for the process, and readable messages from its errors.
 * ajv loads on demand (`loadAjv`, awaited by config loading when something
 * needs validating): a run with the default config never loads it.
 */
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import type { Ajv2019 as Ajv2019Class } from 'ajv/dist/2019.js';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import type addFormatsModule from 'ajv-formats';
import { createRequire } from 'node:module';
import type { JsonSchema } from '../types.js';

/** The ajv classes and ajv-formats, once `loadAjv` has run. */
export interface AjvModules {
  Ajv: typeof AjvClass;
  Ajv2019: typeof Ajv2019Class;
  Ajv2020: typeof Ajv2020Class;
  addFormats: (ajv: AjvClass | Ajv2019Class | Ajv2020Class) => unknown;
}

let modules: AjvModules | undefined;
let ajv: AjvClass | undefined;

/** Load ajv and ajv-formats (once). */
export async function loadAjv(): Promise<AjvModules> {
  if (modules === undefined) {
    const [{ Ajv }, { Ajv2019 }, { Ajv2020 }, formats] = await Promise.all([import('ajv'), import('ajv/dist/2019.js'), import('ajv/dist/2020.js'), import('ajv-formats')]);
    // ajv-formats ships CommonJS; its default export arrives wrapped under ESM.
    const addFormats = ((formats.default as unknown as { default?: typeof addFormatsModule }).default ?? formats.default) as unknown as AjvModules['addFormats'];
    modules ??= { Ajv, Ajv2019, Ajv2020, addFormats };
  }
  return modules;
}

/** The ajv modules: those `loadAjv` loaded, else loaded now, synchronously (ajv is CommonJS). */
export function ajvModules(): AjvModules {
  if (modules === undefined) {
    const require = createRequire(import.meta.url);
    const formats = require('ajv-formats') as { default?: AjvModules['addFormats'] } & AjvModules['addFormats'];
    modules = {
      Ajv: (require('ajv') as { Ajv: AjvModules['Ajv'] }).Ajv,
      Ajv2019: (require('ajv/dist/2019.js') as { Ajv2019: AjvModules['Ajv2019'] }).Ajv2019,
      Ajv2020: (require('ajv/dist/2020.js') as { Ajv2020: AjvModules['Ajv2020'] }).Ajv2020,
      addFormats: formats.default ?? formats,
    };
  }
  return modules;
}

const cache = new WeakMap<JsonSchema, ValidateFunction>();

export function validator(schema: JsonSchema): ValidateFunction {
  let validate = cache.get(schema);
  if (validate === undefined) {
    if (ajv === undefined) {
      const { Ajv, addFormats } = ajvModules();
      ajv = new Ajv({ allErrors: true, strict: false, useDefaults: false });
      addFormats(ajv);
    }
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
