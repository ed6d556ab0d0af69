/** JSON Schema of a declarative rule: a policy requirement written as data in a config. */
import type { JsonSchema } from '../types.js';

/** Terms for a heading: a list for every language, or lists by language tag. */
const HEADING_TERMS: JsonSchema = {
  anyOf: [
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    { type: 'object', additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }, minProperties: 1 },
  ],
};

const PATTERN_CHECK: JsonSchema = {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      required: ['pattern'],
      additionalProperties: false,
      properties: { pattern: { type: 'string', minLength: 1 }, message: { type: 'string', minLength: 1 } },
    },
  ],
};

export const DECLARATIVE_RULE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 2,
  required: ['severity'],
  properties: {
    severity: { enum: ['off', 'warn', 'error', 0, 1, 2] },
    description: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    'require-section': {
      type: 'object',
      required: ['heading'],
      additionalProperties: false,
      properties: { heading: HEADING_TERMS, message: { type: 'string', minLength: 1 } },
    },
    'within-section': {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        'require-pattern': { type: 'string', minLength: 1 },
        'forbid-pattern': { type: 'string', minLength: 1 },
        'list-ordered': { type: 'boolean' },
        message: { type: 'string', minLength: 1 },
      },
    },
    'require-pattern': PATTERN_CHECK,
    'forbid-pattern': PATTERN_CHECK,
    'require-frontmatter': {
      anyOf: [
        { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        {
          type: 'object',
          required: ['fields'],
          additionalProperties: false,
          properties: { fields: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }, message: { type: 'string', minLength: 1 } },
        },
      ],
    },
    'require-link': {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: { text: { type: 'string', minLength: 1 }, url: { type: 'string', minLength: 1 }, message: { type: 'string', minLength: 1 } },
    },
    'max-age': {
      type: 'object',
      required: ['field', 'days'],
      additionalProperties: false,
      properties: { field: { type: 'string', minLength: 1 }, days: { type: 'integer', minimum: 1 }, message: { type: 'string', minLength: 1 } },
    },
  },
};
