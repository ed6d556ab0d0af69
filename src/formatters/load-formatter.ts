/**
 * `--format <name>`: a built-in formatter, or a custom one loaded from a
 * module whose default export is a function `(results, context) => string`
 * (or a promise of a string):
 *
 * - a path: `./reports/formatter.js`, `../x.mjs`, `/abs/formatter.js`, or any
 *   name ending in `.js`, `.mjs` or `.cjs`, resolved from the working directory;
 * - otherwise an npm package name (`policylint-formatter-x`, `@org/formatter`,
 *   `pkg/subpath`), resolved from the working directory's `node_modules`.
 *
 * Every failure (no such file or package, a module that cannot be imported,
 * no function as default export, a formatter that throws or returns no
 * string) is a `UsageError` naming the format and the file (exit code 2).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import { formatters, getFormatter } from './index.js';
import type { CustomFormatter } from './types.js';

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.replace(/\.$/, '');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Whether `name` is meant as a file path rather than a package name. */
export function isFormatterPath(name: string): boolean {
  return name.startsWith('.') || path.isAbsolute(name) || name.includes('\\') || /\.[cm]?js$/i.test(name);
}

function unknownFormat(name: string, cwd: string): UsageError {
  return new UsageError(
    `Unknown format "${name}". Use one of: ${Object.keys(formatters).join(', ')}; or a formatter module: a path such as ./my-formatter.js, or an npm package installed in ${cwd}.`,
  );
}

/** The target of a package's `exports` for `import`, or null. */
function exportTarget(exports: unknown): string | null {
  if (typeof exports === 'string') return exports;
  if (Array.isArray(exports)) {
    for (const entry of exports) {
      const target = exportTarget(entry);
      if (target !== null) return target;
    }
    return null;
  }
  if (exports === null || typeof exports !== 'object') return null;
  const map = exports as Record<string, unknown>;
  if ('.' in map) return exportTarget(map['.']);
  for (const condition of ['import', 'node', 'default']) {
    if (condition in map) {
      const target = exportTarget(map[condition]);
      if (target !== null) return target;
    }
  }
  return null;
}

/** An ESM-only package (whose `exports` has no `require` target): its entry file, found from `cwd` upward. */
function resolveImportOnlyPackage(name: string, cwd: string): string | null {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', name, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports?: unknown; main?: string };
        const target = exportTarget(pkg.exports) ?? pkg.main ?? 'index.js';
        const file = path.resolve(path.dirname(manifest), target);
        return fs.existsSync(file) ? file : null;
      } catch {
        return null;
      }
    }
    if (path.dirname(dir) === dir) return null;
  }
}

function resolvePackage(name: string, cwd: string): string {
  const require = createRequire(path.join(path.resolve(cwd), '__policylint_formatter__.js'));
  try {
    return require.resolve(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const resolved = code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || code === 'MODULE_NOT_FOUND' ? resolveImportOnlyPackage(name, cwd) : null;
    if (resolved !== null) return resolved;
    if (code === 'MODULE_NOT_FOUND') throw unknownFormat(name, cwd);
    throw new UsageError(`Cannot load the formatter package "${name}": ${firstLine(error)}.`);
  }
}

/** The formatter for `--format name`, resolved against `cwd`. */
export async function loadFormatter(name: string, cwd: string): Promise<CustomFormatter> {
  const builtIn = getFormatter(name);
  if (builtIn !== undefined) return builtIn;
  if (name === '') throw unknownFormat(name, cwd);

  let file: string;
  if (isFormatterPath(name)) {
    file = path.resolve(cwd, name);
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      throw new UsageError(`Cannot load the formatter "${name}": there is no file ${file}.`);
    }
  } else {
    file = resolvePackage(name, cwd);
  }
  const label = file === name ? `"${name}"` : `"${name}" (${file})`;

  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`Cannot load the formatter ${label}: ${firstLine(error)}.`);
  }
  let candidate = module['default'];
  // A CommonJS module compiled from `export default`: { default: fn } inside module.exports.
  if (candidate !== null && typeof candidate === 'object' && typeof (candidate as Record<string, unknown>)['default'] === 'function') {
    candidate = (candidate as Record<string, unknown>)['default'];
  }
  if (typeof candidate !== 'function') {
    throw new UsageError(
      `The formatter ${label} must have a function as its default export, (results, context) => string; found ${describe(candidate)}.`,
    );
  }
  const format = candidate as CustomFormatter;
  return async (results, context) => {
    let output: unknown;
    try {
      output = await format(results, context);
    } catch (error) {
      throw new UsageError(`The formatter ${label} failed: ${firstLine(error)}.`);
    }
    if (typeof output !== 'string') throw new UsageError(`The formatter ${label} returned ${describe(output)}, not a string.`);
    return output;
  };
}
