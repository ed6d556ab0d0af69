/**
 * Typed errors. Each carries what a user needs to fix the problem; the CLI
 * prints `message` alone (never a stack trace) and exits with `exitCode`.
 */

/** Base class of every error policylint throws on purpose. */
export class PolicylintError extends Error {
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number = 2;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad command-line usage: unknown flag, missing value, bad number. */
export class UsageError extends PolicylintError {}

/** A config file that cannot be read, parsed or validated, or names an unknown rule or preset. */
export class ConfigError extends PolicylintError {
  constructor(
    message: string,
    /** The config file, or null for options passed in code or on the command line. */
    readonly filePath: string | null,
  ) {
    super(filePath === null ? message : `${filePath}: ${message}`);
  }
}

/** A document that cannot be read or parsed; reported as a fatal message for that file. */
export class DocumentError extends PolicylintError {
  constructor(
    message: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
  }
}
