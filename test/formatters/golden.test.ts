/**
 * Every built-in formatter on the shared multilingual result set, compared
 * with a golden file reviewed by hand (test/formatters/golden/<name>.txt).
 * After a deliberate change of output: `UPDATE_GOLDEN=1 npx vitest run test/formatters`,
 * then read the diff of the golden files before committing them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import { VERSION } from '../../src/version.js';
import { CWD, RESULTS, RULES, SOURCES } from './result-set.js';

const GOLDEN = path.join(import.meta.dirname, 'golden');

/** The tool version is the one thing in the output that changes without a change of format. */
function stable(name: string, output: string): string {
  if (name !== 'sarif') return output;
  const log = JSON.parse(output) as { runs: Array<{ tool: { driver: { version: string } } }> };
  expect(log.runs[0]!.tool.driver.version).toBe(VERSION);
  log.runs[0]!.tool.driver.version = '<version>';
  return `${JSON.stringify(log, null, 2)}\n`;
}

describe('the shared result set', () => {
  it('places every message on the text it names (UTF-16 columns, end exclusive)', () => {
    const texts = [undefined, SOURCES.en, SOURCES.th, SOURCES.ur, undefined];
    RESULTS.forEach((result, index) => {
      const text = texts[index];
      if (text === undefined) return;
      const lines = text.split('\n');
      for (const message of result.messages) {
        expect(lines[message.line - 1]).toBeDefined();
        if (message.endLine === message.line) expect(lines[message.line - 1]!.length).toBeGreaterThanOrEqual(message.endColumn! - 1);
      }
    });
    const brokenLink = RESULTS[2]!.messages.find((m) => m.messageId === 'brokenLink')!;
    // 🔒 is two UTF-16 code units, the space one, อ่าน four (อ, ่, า, น): the link starts at column 8.
    expect([brokenLink.line, brokenLink.column, brokenLink.endLine, brokenLink.endColumn]).toEqual([5, 8, 5, 50]);
    expect(SOURCES.th.split('\n')[4]!.slice(7, 49)).toBe('[นโยบายฉบับเต็ม](../legal/privacy-full.md)');
  });
});

describe.each(Object.keys(formatters))('golden output: %s', (name) => {
  it('matches the reviewed golden file', async () => {
    const output = stable(name, await formatters[name]!(RESULTS, { cwd: CWD, color: false, env: {}, rules: RULES }));
    const file = path.join(GOLDEN, `${name}.txt`);
    if (process.env['UPDATE_GOLDEN'] === '1') fs.writeFileSync(file, output);
    expect(fs.existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/formatters and review it`).toBe(true);
    expect(output).toBe(fs.readFileSync(file, 'utf8'));
  });
});
