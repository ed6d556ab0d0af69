/**
 * policylint as a unified (remark) plugin:
 *
 * ```js
 * import { unified } from 'unified';
 * import remarkParse from 'remark-parse';
 * import remarkFrontmatter from 'remark-frontmatter';
 * import remarkPolicylint from 'policylint/remark';
 *
 * const file = await unified().use(remarkParse).use(remarkFrontmatter).use(remarkPolicylint).process(text);
 * ```
 *
 * The configured rules run on the tree the pipeline parsed (no second parse),
 * and every problem becomes a vfile message with `ruleId`, `source:
 * 'policylint'`, `place`, `url` (the rule's documentation) and `fatal` (true
 * for errors, false for warnings, as remark-lint sets it), so remark-cli,
 * vfile-reporter and editor integrations built on unified show them.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { ConfigInput, LintMessage, ResolvedConfig, RuleEntry } from './types.js';
import { loadConfig } from './config/load-config.js';
import { lintText } from './lint.js';

export interface RemarkPolicylintOptions {
  /** A config object used instead of any config file. */
  config?: ConfigInput;
  /** An explicit config file (relative to `cwd`). */
  configFile?: string;
  /** Ignore config files; use the recommended preset. */
  noConfig?: boolean;
  /** Rule entries applied over the config, e.g. `{ 'policy-linked-from-footer': 'off' }`. */
  rules?: Record<string, RuleEntry>;
  /** Where the config search starts and relative paths resolve (default: the first file's `cwd`). */
  cwd?: string;
}

/** Whether the pipeline parsed frontmatter the way policylint needs it (with remark-frontmatter). */
function treeFits(tree: Root, source: string): boolean {
  if (tree.type !== 'root' || tree.position?.end.offset === undefined) return false;
  const opensFrontmatter = /^(?:---|\+\+\+)[ \t]*\r?\n/.test(source);
  if (!opensFrontmatter) return true;
  const first = tree.children[0]?.type as string | undefined;
  return first === 'yaml' || first === 'toml';
}

function place(message: LintMessage) {
  const start = { line: message.line, column: message.column };
  if (message.endLine === undefined || message.endColumn === undefined) return start;
  return { start, end: { line: message.endLine, column: message.endColumn } };
}

/**
 * Run policylint's configured rules inside a unified pipeline. The config is
 * loaded once per plugin instance, the first time a file is processed. The
 * transformer is asynchronous: use `process`, not `processSync`.
 */
const remarkPolicylint: Plugin<[(RemarkPolicylintOptions | null | undefined)?], Root> = function remarkPolicylint(options) {
  const settings: RemarkPolicylintOptions = options ?? {};
  let config: Promise<ResolvedConfig> | undefined;

  return async function transformer(tree: Root, file: VFile): Promise<undefined> {
    const cwd = path.resolve(settings.cwd ?? file.cwd);
    config ??= loadConfig({
      cwd,
      ...(settings.config === undefined ? {} : { config: settings.config }),
      ...(settings.configFile === undefined ? {} : { configFile: settings.configFile }),
      ...(settings.noConfig === undefined ? {} : { noConfig: settings.noConfig }),
      ...(settings.rules === undefined ? {} : { ruleOverrides: settings.rules }),
    });
    let resolved: ResolvedConfig;
    try {
      resolved = await config;
    } catch (error) {
      // A bad config is fatal for every file, as it is for the CLI.
      file.fail((error as Error).message, { source: 'policylint', ruleId: 'config' });
    }
    // micromark drops a leading BOM, so the tree's offsets count from after it.
    const source = String(file).replace(/^\uFEFF/, ''); // `String(file)` decodes a Uint8Array value as UTF-8
    const filePath = file.path === undefined ? undefined : path.resolve(file.cwd, file.path);
    const results = await lintText(source, {
      cwd,
      resolvedConfig: resolved,
      ...(filePath === undefined ? {} : { filePath }),
      ...(treeFits(tree, source) ? { tree } : {}),
    });
    const own = filePath ?? path.resolve(cwd, '<text>.md');
    for (const result of results) {
      // Run-level messages about another file (the config file, e.g. "no footer found") are shown at the top of this one.
      const prefix = result.filePath === own ? '' : `${path.relative(cwd, result.filePath) || result.filePath}: `;
      for (const message of result.messages) {
        const vmessage = file.message(`${prefix}${message.message}`, {
          place: prefix === '' ? place(message) : { line: 1, column: 1 },
          source: 'policylint',
          ...(message.ruleId === null ? {} : { ruleId: message.ruleId }),
        });
        vmessage.fatal = message.severity === 2;
        const url = message.ruleId === null ? undefined : resolved.registry.get(message.ruleId)?.meta.url;
        if (url !== undefined) vmessage.url = url;
      }
    }
    return undefined;
  };
};

export default remarkPolicylint;
