/**
 * Turns paths and globs into the list of Markdown files to lint: folders are
 * searched for `*.md` / `*.markdown`, `node_modules` and `.git` are skipped,
 * and what `.gitignore` files ignore is left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from './errors.js';

export const MARKDOWN_EXTENSIONS = ['md', 'markdown'] as const;
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The `.gitignore` rules that apply under `cwd`, each scoped to its own folder. */
async function gitignoreFilter(cwd: string): Promise<(file: string) => boolean> {
  const files = await glob('**/.gitignore', { cwd, ignore: ALWAYS_IGNORED, dot: true, absolute: true, followSymbolicLinks: false });
  const scoped: Array<{ dir: string; rules: Ignore }> = [];
  for (const file of files) {
    try {
      scoped.push({ dir: path.dirname(file), rules: ignore().add(fs.readFileSync(file, 'utf8')) });
    } catch {
      // An unreadable .gitignore ignores nothing, as git does.
    }
  }
  return (file) =>
    scoped.some(({ dir, rules }) => {
      const relative = path.relative(dir, file);
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && rules.ignores(toPosix(relative));
    });
}

export interface DiscoverOptions {
  cwd: string;
  /** Honour `.gitignore` files (default true). */
  gitignore?: boolean;
}

/**
 * @throws {UsageError} when a named file or folder does not exist or a glob matches nothing
 */
export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Promise<string[]> {
  const cwd = path.resolve(options.cwd);
  const wanted = patterns.length === 0 ? ['.'] : patterns;
  const found = new Set<string>();
  const explicit = new Set<string>();
  for (const pattern of wanted) {
    const absolute = path.resolve(cwd, pattern);
    if (!isDynamicPattern(toPosix(pattern)) || fs.existsSync(absolute)) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(absolute);
      } catch {
        throw new UsageError(`No such file or folder: ${pattern}`);
      }
      if (stat.isFile()) {
        // A file named on the command line is linted whatever its extension or ignore rules.
        found.add(absolute);
        explicit.add(absolute);
        continue;
      }
      const files = await glob(`**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`, {
        cwd: absolute,
        ignore: ALWAYS_IGNORED,
        absolute: true,
        dot: false,
        followSymbolicLinks: false,
        caseSensitiveMatch: false,
      });
      for (const file of files) found.add(path.resolve(file));
      continue;
    }
    const files = await glob(toPosix(pattern), { cwd, ignore: ALWAYS_IGNORED, absolute: true, followSymbolicLinks: false });
    if (files.length === 0) throw new UsageError(`No files matched the pattern: ${pattern}`);
    for (const file of files) found.add(path.resolve(file));
  }
  const ignored = options.gitignore === false ? () => false : await gitignoreFilter(cwd);
  return [...found].filter((file) => explicit.has(file) || !ignored(file)).sort();
}
