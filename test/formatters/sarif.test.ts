/**
 * `--format sarif`, validated against the SARIF 2.1.0 JSON schema as
 * published (draft-04) and shipped by Microsoft in @microsoft/jest-sarif
 * (lib/schemas/sarif-2.1.0-rtm.5.json), with ajv.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/formatters/index.js';
import { toResult } from '../../src/engine/messages.js';
import { builtInRules } from '../../rules/index.js';
import { CWD, RESULTS } from './result-set.js';

const require = createRequire(import.meta.url);
const SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
// The schema's `language` pattern ("...-[a-zA-Z]{2}]?$") is not valid with the `u` flag: compile patterns without it.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface Log {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } };
    results: Array<{ ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }> }>;
    invocations: Array<{ toolExecutionNotifications?: unknown[]; toolConfigurationNotifications?: unknown[] }>;
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
  }>;
}

function run(results = RESULTS, cwd = CWD): Log {
  return JSON.parse(sarif(results, { cwd, color: false })) as Log;
}

describe('sarif', () => {
  it('is the official SARIF 2.1.0 schema, and the validator rejects a broken log', () => {
    expect(schema['$schema']).toBe('http://json-schema.org/draft-04/schema#');
    expect(String(schema['title'])).toContain('2.1.0');
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  });

  it('validates against the schema on the shared multilingual result set', () => {
    const output = JSON.parse(sarif(RESULTS, { cwd: CWD, color: false })) as unknown;
    const valid = validate(output);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('validates with no results, and with a file outside the working directory', () => {
    expect(validate(run([]))).toBe(true);
    const outside = [toResult('/srv/shared/privacy policy.md', 'en', [{ ruleId: 'privacy-statement-present', severity: 2, message: 'x', line: 2, column: 3 }])];
    const log = run(outside);
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///srv/shared/privacy%20policy.md', index: 0 });
  });

  it('states UTF-16 columns, a %SRCROOT% base and rule metadata with help URIs', () => {
    const [log] = run().runs;
    expect(log!.columnKind).toBe('utf16CodeUnits');
    expect(log!.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///home/dev/site/');
    const rules = log!.tool.driver.rules;
    // Without `rules` in the context: every built-in rule, then the plugin rule that reported.
    expect(rules.map((r) => r.id)).toEqual([...builtInRules.map((rule) => rule.meta.id), 'acme/contact-links']);
    expect(rules[0]!.helpUri).toBe('https://github.com/policylint/policylint/blob/main/rules/privacy-statement-present.md');
    for (const result of log!.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    const thai = log!.results.find((r) => r.ruleId === 'privacy-statement-present')!;
    expect(thai.locations[0]!.physicalLocation.region).toEqual({ startLine: 5, startColumn: 8, endLine: 5, endColumn: 50 });
  });

  it('uses the rule metadata it is given', () => {
    const rules = new Map([['complaint-process-defined', { id: 'complaint-process-defined', type: 'suggestion' as const, description: 'd', url: 'https://example.com/r', fixable: false }]]);
    const log = JSON.parse(sarif(RESULTS, { cwd: CWD, color: false, rules })) as Log;
    expect(log.runs[0]!.tool.driver.rules[0]).toMatchObject({ id: 'complaint-process-defined', helpUri: 'https://example.com/r' });
    expect(validate(log)).toBe(true);
  });

  it("validates a shard's log, whose artifacts carry the shard record in their property bag", () => {
    const shardResults = RESULTS.map((r) => ({ ...r, shard: { index: 2, count: 3, messages: r.messages, collected: { links: ['/x/'] }, directives: [] } }));
    const log = JSON.parse(sarif(shardResults, { cwd: CWD, color: false })) as { runs: Array<{ artifacts: Array<{ properties: Record<string, unknown> }> }> };
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.artifacts[1]!.properties).toEqual({ language: 'en', shard: JSON.parse(JSON.stringify(shardResults[1]!.shard)) });
  });

  it('reports messages without a rule as notifications, never as results without a rule', () => {
    const [log] = run().runs;
    expect(log!.results.every((r) => typeof r.ruleId === 'string')).toBe(true);
    expect(log!.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
    expect(log!.invocations[0]!.toolConfigurationNotifications).toHaveLength(1);
  });

  it('keeps its schema file where the test expects it', () => {
    expect(path.basename(SCHEMA_FILE)).toBe('sarif-2.1.0-rtm.5.json');
  });
});
