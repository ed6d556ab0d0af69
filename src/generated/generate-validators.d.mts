/** Writes config-validator.js from the config schema; true when the file changed (or, with `write: false`, is out of date). */
export declare function generateValidators(configSchema: object, options?: { write?: boolean }): boolean;
