/**
 * Finds the entry file of an npm package (a plugin or a shareable config) as
 * Node would import it from a folder: `node_modules` upward, then the package's
 * `exports` (import/default) or `main`.
 */
import fs from 'node:fs';
import path from 'node:path';

type Exports = string | { [condition: string]: Exports } | null | undefined;

function entryOf(exportsField: Exports): string | undefined {
  if (typeof exportsField === 'string') return exportsField;
  if (exportsField === null || exportsField === undefined) return undefined;
  const root = '.' in exportsField ? exportsField['.'] : exportsField;
  if (typeof root === 'string') return root;
  if (root === null || root === undefined) return undefined;
  for (const condition of ['import', 'node', 'default', 'require']) {
    const entry = entryOf(root[condition]);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/** Absolute path of a package's entry file, or null when it is not installed below `fromDir`. */
export function resolvePackage(name: string, fromDir: string): string | null {
  let dir = path.resolve(fromDir);
  for (;;) {
    const packageDir = path.join(dir, 'node_modules', name);
    const manifest = path.join(packageDir, 'package.json');
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports?: Exports; main?: string };
      const entry = entryOf(pkg.exports) ?? pkg.main ?? 'index.js';
      return path.resolve(packageDir, entry);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The package names a short name may stand for, most specific first:
 * `acme` -> `<prefix>-acme`, `acme`; `@acme` -> `@acme/<prefix>`;
 * `@acme/x` -> `@acme/<prefix>-x`, `@acme/x`.
 */
export function candidateNames(name: string, prefix: string): string[] {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/');
    if (rest === undefined) return [`${scope}/${prefix}`];
    return rest.startsWith(prefix) ? [name] : [`${scope}/${prefix}-${rest}`, name];
  }
  return name.startsWith(prefix) ? [name] : [`${prefix}-${name}`, name];
}
