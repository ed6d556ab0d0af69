import { ConfigError } from '../../src/errors.js';

/** The ConfigError a promise rejects with; fails the test when it resolves or throws something else. */
export async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
