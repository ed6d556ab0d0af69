/** `--format json`: the results as a JSON array, one object per file (ESLint's shape). */
import type { Formatter } from './types.js';

export const json: Formatter = (results) => JSON.stringify(results);
