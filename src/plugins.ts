/**
 * Plugins: npm packages or local modules that add rules (and presets) to
 * policylint. A plugin's rules get the same document model and text layer as
 * the built-in rules, and are named `<plugin>/<rule>`.
 *
 * ```ts
 * import { definePlugin, defineRule } from 'policylint';
 * export default definePlugin({
 *   name: 'acme',
 *   rules: { 'refund-window': defineRule({ meta: {...}, check(context) {...} }) },
 *   configs: { recommended: { rules: { 'acme/refund-window': 'error' } } },
 * });
 * ```
 */
import type { ConfigInput, FileRule, Rule, RuleMeta, RunRule } from './types.js';

export interface Plugin {
  /** The prefix of the plugin's rule ids: `acme` -> `acme/refund-window`. */
  name: string;
  /** Rules by their id inside the plugin (without the prefix). */
  rules?: Record<string, Rule>;
  /** Presets, used as `extends: ["plugin:acme/recommended"]`. */
  configs?: Record<string, ConfigInput>;
}

/** Declares a plugin (identity at run time; gives the object its type). */
export function definePlugin(plugin: Plugin): Plugin {
  return plugin;
}

/** Declares a rule with typed options (identity at run time). */
export function defineRule<Options extends object>(rule: FileRule<Options>): FileRule<Options>;
export function defineRule<Options extends object, Data>(rule: RunRule<Options, Data>): RunRule<Options, Data>;
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** What is wrong with a value that should be a plugin, or null. */
export function pluginProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return 'its default export is not a plugin object';
  const plugin = value as Partial<Plugin>;
  if (typeof plugin.name !== 'string' || !/^(@[a-z0-9._-]+|[a-z0-9._-]+)$/i.test(plugin.name)) return 'it has no valid "name" (the prefix of its rule ids)';
  for (const [id, rule] of Object.entries(plugin.rules ?? {})) {
    const candidate = rule as { meta?: Partial<RuleMeta<object>>; check?: unknown; collect?: unknown; checkRun?: unknown } | null;
    if (candidate === null || typeof candidate !== 'object' || candidate.meta === undefined || typeof candidate.meta !== 'object') return `its rule "${id}" has no meta`;
    const isRun = candidate.meta.scope === 'run';
    if (isRun ? typeof candidate.collect !== 'function' || typeof candidate.checkRun !== 'function' : typeof candidate.check !== 'function') {
      return `its rule "${id}" has no ${isRun ? 'collect/checkRun functions' : 'check function'}`;
    }
    if (typeof candidate.meta.messages !== 'object' || candidate.meta.messages === null) return `its rule "${id}" has no messages`;
  }
  return null;
}

/** The plugin's rules with their full ids (`acme/refund-window`). */
export function pluginRules(plugin: Plugin): Rule[] {
  return Object.entries(plugin.rules ?? {}).map(([id, rule]) => ({
    ...rule,
    meta: {
      ...rule.meta,
      id: `${plugin.name}/${id}`,
      schema: rule.meta.schema ?? { type: 'object' },
      defaultOptions: rule.meta.defaultOptions ?? {},
      url: rule.meta.url ?? '',
    },
  })) as Rule[];
}
