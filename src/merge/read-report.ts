/**
 * `policylint merge`: one shard's report read from disk. The format is told
 * by the content, so JSON and SARIF reports can be merged together: a JSON
 * array is a `--format json` report, an object with `version: "2.1.0"` and
 * `runs` a `--format sarif` log.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LintResult } from '../types.js';
import { isSarifLog, readSarifLog } from './read-sarif.js';
import { ReportError } from './report-error.js';

/**
 * @param file the report's path as the user gave it (relative to `cwd`)
 * @throws {ReportError} for a file that cannot be read or is neither format
 */
export function readShardReport(file: string, cwd: string): LintResult[] {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    throw new ReportError(`cannot read the report ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (Array.isArray(data)) return data as LintResult[];
  if (isSarifLog(data)) return readSarifLog(data, file);
  throw new ReportError(`${file} is neither a policylint JSON report nor a SARIF 2.1.0 log (run each shard with --shard <i>/<n> --format json or --format sarif).`);
}
