/**
 * Checks the file patterns of a config (gitignore syntax) when it loads: the
 * pattern library accepts anything and a broken pattern silently matches
 * nothing, which would leave files linted that the user meant to skip.
 */

/** What is wrong with a pattern, or null. */
export function globProblem(pattern: string): string | null {
  if (pattern.trim() === '' || pattern.trim() === '!') return 'it is empty';
  if (/\\$/.test(pattern)) return 'it ends with a backslash';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    if (c === ']') depth--;
    if (depth < 0) return 'a "]" has no "["';
  }
  if (depth !== 0) return 'a "[" is not closed';
  if (/(?<!\\)\{[^}]*,[^}]*\}/.test(pattern) || /(?<!\\)[{}]/.test(pattern)) {
    return 'braces ({a,b}) are not supported: list each pattern on its own';
  }
  return null;
}

/** The config paths of the pattern lists a config holds, for error messages. */
export function patternLists(input: { ignores?: unknown; overrides?: unknown }): Array<{ where: string; patterns: string[] }> {
  const lists: Array<{ where: string; patterns: string[] }> = [];
  const asList = (value: unknown) => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  lists.push({ where: 'config.ignores', patterns: asList(input.ignores) });
  if (Array.isArray(input.overrides)) {
    input.overrides.forEach((override: { files?: unknown; excludedFiles?: unknown }, i) => {
      lists.push({ where: `config.overrides.${i}.files`, patterns: asList(override?.files) });
      lists.push({ where: `config.overrides.${i}.excludedFiles`, patterns: asList(override?.excludedFiles) });
    });
  }
  return lists;
}
