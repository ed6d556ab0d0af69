/** JSON Schema of a config file, validated with ajv so mistakes are named before any file is read. */
import type { JsonSchema } from '../types.js';

export const SEVERITY_SCHEMA: JsonSchema = {
  anyOf: [
    { enum: ['off', 'warn', 'error', 0, 1, 2] },
  ],
};

export const RULE_ENTRY_SCHEMA: JsonSchema = {
  anyOf: [
    { enum: ['off', 'warn', 'error', 0, 1, 2] },
    // A declarative rule; its own schema is checked when it is compiled.
    { type: 'object' },
    {
      type: 'array',
      minItems: 1,
      maxItems: 2,
      items: [{ enum: ['off', 'warn', 'error', 0, 1, 2] }, { type: 'object' }],
    },
  ],
};

export const CONFIG_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    extends: {
      anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
    },
    plugins: { type: 'array', items: { type: 'string', minLength: 1 } },
    root: { type: 'boolean' },
    ignores: { type: 'array', items: { type: 'string', minLength: 1 } },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        properties: {
          files: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }] },
          excludedFiles: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
          extends: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
          rules: { type: 'object', additionalProperties: RULE_ENTRY_SCHEMA },
          settings: { type: 'object' },
          language: { type: 'string', pattern: '^(auto|[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*)$' },
        },
      },
    },
    language: {
      type: 'string',
      pattern: '^(auto|[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*)$',
    },
    rules: { type: 'object', additionalProperties: RULE_ENTRY_SCHEMA },
    settings: {
      type: 'object',
      properties: {
        footer: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        baseUrl: { type: 'string', format: 'uri' },
        siteRoot: { type: 'string' },
        defaultLanguage: { type: 'string' },
      },
    },
    // Shorthand for the frontmatter-schema rule (src/config/frontmatter-config.ts).
    frontmatter: {
      type: 'object',
      additionalProperties: false,
      properties: {
        schema: { type: 'string', minLength: 1 },
        files: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
        required: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
  },
};
