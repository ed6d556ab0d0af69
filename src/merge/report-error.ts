/** The error of a report that `policylint merge` cannot read. */
import { UsageError } from '../errors.js';

/** A shard report that cannot be read, or is neither a policylint JSON report nor a policylint SARIF log (exit code 2). */
export class ReportError extends UsageError {}
