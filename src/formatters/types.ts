import type { LintResult } from '../types.js';

export interface FormatterContext {
  /** Paths are shown relative to this folder where a formatter prints paths for people. */
  cwd: string;
  /** Whether to use ANSI colours. */
  color: boolean;
}

/** Turns results into the text printed on stdout. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
