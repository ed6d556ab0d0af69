/** CONFIG_SCHEMA's validator, compiled ahead of time (see generate-validators.mjs). */
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
export default validate;
