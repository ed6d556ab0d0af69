/** Built-in formatters by name. */
import type { Formatter } from './types.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json };

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}

export type { Formatter, FormatterContext } from './types.js';
export { json, stylish };
