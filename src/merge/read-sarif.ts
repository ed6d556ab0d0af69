/**
 * A SARIF 2.1.0 log written by policylint's `sarif` formatter, read back into
 * the `LintResult`s it was written from: files from the artifacts (with the
 * shard record in their property bag), messages from the results and the
 * invocation's notifications. The inverse of src/formatters/sarif.ts.
 */
import { fileURLToPath } from 'node:url';
import { SARIF_DRIVER_NAME, type SarifArtifactProperties } from '../formatters/sarif.js';
import { toResult } from '../engine/messages.js';
import type { LintMessage, LintResult } from '../types.js';
import { ReportError } from './report-error.js';

/** The parts of a SARIF log that policylint writes; every field is optional, as in any log read from disk. */
interface ArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  index?: number;
}

interface Location {
  physicalLocation?: { artifactLocation?: ArtifactLocation; region?: { startLine?: number; startColumn?: number; endLine?: number; endColumn?: number } };
}

interface Notification {
  level?: string;
  message?: { text?: string };
  locations?: Location[];
}

interface Replacement {
  deletedRegion?: { charOffset?: number; charLength?: number };
  insertedContent?: { text?: string };
}

interface Result extends Notification {
  ruleId?: string;
  fixes?: Array<{ artifactChanges?: Array<{ replacements?: Replacement[] }> }>;
}

interface Run {
  tool?: { driver?: { name?: string } };
  originalUriBaseIds?: Record<string, { uri?: string }>;
  artifacts?: Array<{ location?: ArtifactLocation; properties?: Partial<SarifArtifactProperties> }>;
  results?: Result[];
  invocations?: Array<{ toolExecutionNotifications?: Notification[]; toolConfigurationNotifications?: Notification[] }>;
}

export interface SarifLog {
  version: '2.1.0';
  runs: Run[];
}

/** A SARIF 2.1.0 log, told apart from a policylint JSON report (an array) by its content. */
export function isSarifLog(data: unknown): data is SarifLog {
  return typeof data === 'object' && data !== null && (data as { version?: unknown }).version === '2.1.0' && Array.isArray((data as { runs?: unknown }).runs);
}

/**
 * The results a policylint SARIF log was written from, run after run.
 * @param file the report's name, for error messages
 * @throws {ReportError} for a log another tool wrote, or one policylint did not write as it reads it
 */
export function readSarifLog(log: SarifLog, file: string): LintResult[] {
  try {
    return log.runs.flatMap((run) => readRun(run, file));
  } catch (error) {
    if (error instanceof ReportError) throw error;
    // A hand-edited or truncated log: a field of the wrong type (null, an object for a list).
    throw new ReportError(`${file} is not a SARIF log as policylint writes it: ${(error as Error).message}.`);
  }
}

function readRun(run: Run, file: string): LintResult[] {
  const name = run.tool?.driver?.name;
  if (name !== SARIF_DRIVER_NAME) {
    throw new ReportError(`${file} is a SARIF log from ${name === undefined ? 'an unnamed tool' : `"${name}"`}, not from policylint: merge takes the reports of policylint --shard runs.`);
  }
  const broken = (what: string) => new ReportError(`${file} is not a SARIF log as policylint writes it: ${what}.`);
  const files = (run.artifacts ?? []).map((artifact) => {
    const { language, shard, output } = artifact.properties ?? {};
    if (artifact.location === undefined || typeof language !== 'string') throw broken('an artifact has no location or language');
    return { filePath: filePathOf(artifact.location, run, broken), language, shard, output, messages: [] as LintMessage[] };
  });
  const add = (entry: Notification, ruleId: string | null, extra: Pick<LintMessage, 'fatal' | 'fix'>) => {
    const physical = entry.locations?.[0]?.physicalLocation;
    const target = files[physical?.artifactLocation?.index ?? -1];
    const text = entry.message?.text;
    if (target === undefined || typeof text !== 'string') throw broken('a result has no artifact index or no message text');
    const { startLine: line = 1, startColumn: column = 1, endLine, endColumn } = physical?.region ?? {};
    // SARIF has no field for the message id: the shard record's copy of the message has it.
    const messageId = target.shard?.messages.find((m) => m.ruleId === ruleId && m.line === line && m.column === column && m.message === text)?.messageId;
    target.messages.push({
      ruleId,
      ...(messageId === undefined ? {} : { messageId }),
      severity: entry.level === 'error' ? 2 : 1,
      ...(extra.fatal === undefined ? {} : { fatal: extra.fatal }),
      message: text,
      line,
      column,
      ...(endLine === undefined ? {} : { endLine }),
      ...(endColumn === undefined ? {} : { endColumn }),
      ...(extra.fix === undefined ? {} : { fix: extra.fix }),
    });
  };
  for (const result of run.results ?? []) {
    if (typeof result.ruleId !== 'string') throw broken('a result has no ruleId');
    const fix = fixOf(result);
    add(result, result.ruleId, fix === undefined ? {} : { fix });
  }
  for (const invocation of run.invocations ?? []) {
    for (const notification of invocation.toolExecutionNotifications ?? []) add(notification, null, { fatal: true });
    for (const notification of invocation.toolConfigurationNotifications ?? []) add(notification, null, {});
  }
  return files.map(({ filePath, language, shard, output, messages }) => {
    const result: LintResult = toResult(filePath, language, messages);
    if (output !== undefined) result.output = output;
    if (shard !== undefined) result.shard = shard;
    return result;
  });
}

/** A file's path: its URI resolved against its `uriBaseId` (the shard's working directory), or an absolute `file:` URI. */
function filePathOf(location: ArtifactLocation, run: Run, broken: (what: string) => ReportError): string {
  const base = location.uriBaseId === undefined ? undefined : run.originalUriBaseIds?.[location.uriBaseId]?.uri;
  try {
    if (location.uriBaseId !== undefined && base === undefined) throw new Error(`no originalUriBaseIds entry for ${location.uriBaseId}`);
    return fileURLToPath(new URL(location.uri ?? '', base));
  } catch (error) {
    throw broken(`the artifact ${JSON.stringify(location.uri)} is not a file (${(error as Error).message})`);
  }
}

/** The fix of a result: the one replacement policylint writes, as offsets into the file's text. */
function fixOf(result: Result): LintMessage['fix'] {
  const replacement = result.fixes?.[0]?.artifactChanges?.[0]?.replacements?.[0];
  const start = replacement?.deletedRegion?.charOffset;
  const text = replacement?.insertedContent?.text;
  if (start === undefined || text === undefined) return undefined;
  return { range: [start, start + (replacement?.deletedRegion?.charLength ?? 0)], text };
}
