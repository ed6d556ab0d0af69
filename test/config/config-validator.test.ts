/**
 * The config-file validator is compiled ahead of time (issue #7: start-up
 * without ajv). It must be the one CONFIG_SCHEMA compiles to today; `npm run
 * build` rewrites it.
 */
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../../src/config/config-schema.js';
import { generateValidators } from '../../src/generated/generate-validators.mjs';
import validateConfig from '../../src/generated/config-validator.js';
import { describeErrors, validator } from '../../src/engine/ajv.js';

describe('precompiled config validator', () => {
  it('is up to date with CONFIG_SCHEMA (run npm run build)', () => {
    expect(generateValidators(CONFIG_SCHEMA, { write: false })).toBe(false);
  });
  it('reports what ajv reports', () => {
    const cases: unknown[] = [
      {},
      { extends: 'policylint:recommended', rules: { 'escalation-list-ordered': 'warn' } },
      { rulez: {}, settings: { baseUrl: 'not a uri' } },
      { extends: '', plugins: [1], root: 'yes' },
      { rules: { a: ['error', {}, 3] }, overrides: [{}] },
    ];
    const reference = validator(CONFIG_SCHEMA);
    for (const value of cases) {
      const ok = validateConfig(value);
      expect(ok).toBe(reference(value));
      if (!ok) expect(describeErrors(validateConfig.errors, 'config')).toBe(describeErrors(reference.errors, 'config'));
    }
  });
});
