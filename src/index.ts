/**
 * policylint's library API.
 *
 * ```ts
 * import { lint, getFormatter } from 'policylint';
 * const results = await lint(['policies/']);
 * console.log(getFormatter('stylish')!(results, { cwd: process.cwd(), color: false }));
 * ```
 */
export { lint, lintText, mergeShards, type LintOptions, type LintTextOptions, type MergeShardsOptions } from './lint.js';
export { shardOf, parseShard, type Shard } from './shard.js';
export { writeFixes } from './write-fixes.js';
export { loadConfig, findConfigFile, CONFIG_FILE_NAMES, type LoadConfigOptions } from './config/load-config.js';
export { getPreset, presetNames } from './config/presets.js';
export { defineRequirement, type RequirementSpec, type RequirementCheck } from './requirements/define-requirement.js';
export type { Evidence, Companion } from './requirements/evidence.js';
export { ruleCatalog, type RuleCatalogEntry } from './rule-catalog.js';
export { formatters, getFormatter, json, stylish, sarif, github, junit, markdown, type Formatter, type FormatterContext, type FormatterRuleMeta, type CustomFormatter } from './formatters/index.js';
export { loadFormatter } from './formatters/load-formatter.js';
export { PolicylintError, UsageError, ConfigError, DocumentError } from './errors.js';
export { builtInRules, ruleById } from '../rules/index.js';
export { RuleRegistry } from './engine/rule-registry.js';
export { definePlugin, defineRule, type Plugin } from './plugins.js';
export { buildDocument, type BuildOptions, type BuiltDocument } from './model/build-document.js';
export { TextLayer, type TextMatch, type Duration, type DateMatch, type Level, type SourceSpan, type TimeUnit } from './text/text-layer.js';
export { normalize, type NormalizedText } from './text/normalize.js';
export { getLexicon, supportedLanguages } from './language/lexicon.js';
export { detectLanguage } from './language/detect.js';
export { VERSION } from './version.js';
export type * from './types.js';
export type * from './model/document-types.js';
export type { LexiconData, BoundaryMode, ConceptId } from './language/lexicon-types.js';
