/** Built-in formatters by name. */
import type { Formatter } from './types.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, junit, markdown };

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}

export type { CustomFormatter, Formatter, FormatterContext, FormatterRuleMeta } from './types.js';
export { github, json, junit, markdown, sarif, stylish };
