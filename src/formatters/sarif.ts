/**
 * `--format sarif`: a SARIF 2.1.0 log (for GitHub code scanning and other
 * SARIF viewers) with one run.
 *
 * - `tool.driver.rules`: every rule of the run's metadata (id, description,
 *   docs link, type), then any other rule id that reported a message.
 * - Locations: `artifactLocation.uri` relative to the working directory with
 *   `uriBaseId` `%SRCROOT%` (given in `originalUriBaseIds`); a file outside it
 *   gets an absolute `file:` URI. Columns are UTF-16 code units, 1-based,
 *   `endColumn` exclusive (`columnKind: utf16CodeUnits`), as in the JSON output.
 * - Fixes: `fixes[].artifactChanges` with `deletedRegion.charOffset/charLength`,
 *   offsets into the file's text without BOM (as `--format json`).
 * - Messages without a rule are not results: a fatal one (the file could not
 *   be read or parsed) is a `toolExecutionNotification`, any other (inline
 *   directive problems) a `toolConfigurationNotification`, both with locations.
 * - A shard's log (`--shard`): each artifact's property bag also carries the
 *   result's `shard` record (and `output`, with a fix), which SARIF has no
 *   field for, so that `policylint merge` can run the run rules over all shards.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../version.js';
import type { LintMessage, LintResult, ShardRecord } from '../types.js';
import type { Formatter } from './types.js';
import { relativeInside, ruleMetas } from './shared.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/policylint/policylint';
const SRCROOT = '%SRCROOT%';
export const SARIF_DRIVER_NAME = 'policylint';

/** The property bag of an artifact (one linted file). */
export interface SarifArtifactProperties {
  language: string;
  /** Only in a shard's log: what `mergeShards` needs, as in the JSON report. */
  shard?: ShardRecord;
  output?: string;
}

function artifactProperties(result: LintResult): SarifArtifactProperties {
  const properties: SarifArtifactProperties = { language: result.language };
  if (result.shard === undefined) return properties;
  properties.shard = result.shard;
  if (result.output !== undefined) properties.output = result.output;
  return properties;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

function artifactLocation(cwd: string, filePath: string): ArtifactLocation {
  const relative = relativeInside(cwd, filePath);
  if (relative !== null) return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(path.resolve(cwd, filePath)).href };
}

function region(message: LintMessage): Record<string, number> {
  const startLine = Math.max(1, message.line);
  const startColumn = Math.max(1, message.column);
  const result: Record<string, number> = { startLine, startColumn };
  if (message.endLine !== undefined && message.endLine >= startLine) {
    result['endLine'] = message.endLine;
    if (message.endColumn !== undefined && (message.endLine > startLine || message.endColumn >= startColumn)) {
      result['endColumn'] = Math.max(1, message.endColumn);
    }
  }
  return result;
}

function level(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning';
}

export const sarif: Formatter = (results, context) => {
  const { cwd } = context;
  const metas = ruleMetas(context);
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  for (const meta of metas.values()) {
    ruleIndex.set(meta.id, rules.length);
    rules.push({
      id: meta.id,
      shortDescription: { text: meta.description },
      helpUri: meta.url,
      help: { text: `${meta.description}\nDocumentation: ${meta.url}`, markdown: `${meta.description}\n\n[Documentation](${meta.url})` },
      properties: { type: meta.type, fixable: meta.fixable, tags: ['policy', meta.type] },
    });
  }

  const artifacts: Record<string, unknown>[] = [];
  const sarifResults: Record<string, unknown>[] = [];
  const executionNotifications: Record<string, unknown>[] = [];
  const configurationNotifications: Record<string, unknown>[] = [];
  for (const result of results) {
    const base = artifactLocation(cwd, result.filePath);
    const location: ArtifactLocation = { ...base, index: artifacts.length };
    artifacts.push({ location: base, roles: ['analysisTarget'], properties: artifactProperties(result) });
    for (const message of result.messages) {
      const locations = [{ physicalLocation: { artifactLocation: location, region: region(message) } }];
      if (message.ruleId === null) {
        const notification = { level: level(message), message: { text: message.message }, locations };
        (message.fatal === true ? executionNotifications : configurationNotifications).push(notification);
        continue;
      }
      let index = ruleIndex.get(message.ruleId);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(message.ruleId, index);
        rules.push({ id: message.ruleId });
      }
      const entry: Record<string, unknown> = { ruleId: message.ruleId, ruleIndex: index, level: level(message), message: { text: message.message }, locations };
      if (message.fix !== undefined) {
        const [start, end] = message.fix.range;
        entry['fixes'] = [
          {
            description: { text: 'Fix from policylint' },
            artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: { charOffset: start, charLength: end - start }, insertedContent: { text: message.fix.text } }] }],
          },
        ];
      }
      sarifResults.push(entry);
    }
  }

  const invocation: Record<string, unknown> = { executionSuccessful: true };
  if (executionNotifications.length > 0) invocation['toolExecutionNotifications'] = executionNotifications;
  if (configurationNotifications.length > 0) invocation['toolConfigurationNotifications'] = configurationNotifications;
  const root = pathToFileURL(path.resolve(cwd)).href;
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: SARIF_DRIVER_NAME, version: VERSION, informationUri: INFORMATION_URI, rules } },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
