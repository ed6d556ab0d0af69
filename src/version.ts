import pkg from '../package.json' with { type: 'json' };

/** The version of policylint (from package.json). */
export const VERSION: string = pkg.version;
