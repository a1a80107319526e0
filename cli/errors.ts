// The CLI's errors in one place: which are the user's (a plain message, exit 2, no stack trace)
// and which are a bug (exit 3 with its stack), and how each is shown.
import { PackNotBuiltError } from "../analyzer/policy-runner";
import { ConfigError, formatIssue } from "../model/errors";

/** The exit codes of `genesys-iac` (README: Exit codes). */
export const EXIT = {
  ok: 0,
  /** `check`: a mandatory policy is violated. */
  violation: 1,
  /** A usage, input or configuration error. */
  usage: 2,
  /** A bug: the tool itself failed. */
  internal: 3,
} as const;

/** A mistake on the command line or in the files it names: shown with the usage, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * A file given on the command line that cannot be used (unreadable, not JSON, not a stack export,
 * a policy config that does not fit the pack): shown as its message alone, exit 2.
 */
export class InputError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/**
 * Shows a command's error as the user should see it and returns the exit code; a bug (not the
 * user's error) is thrown again, for `cli()` to report with its stack.
 */
export function reportError(e: unknown, err: (text: string) => void, usage: () => string): number {
  if (e instanceof ConfigError) {
    err(`error: ${e.message.split("\n")[0]}\n${e.issues.map((i) => `  - ${formatIssue(i)}`).join("\n")}\n`);
    return EXIT.usage;
  }
  if (e instanceof InputError || e instanceof PackNotBuiltError) {
    err(`error: ${e.message}\n`);
    return EXIT.usage;
  }
  if (e instanceof UsageError) {
    err(`error: ${e.message}\n\n${usage()}`);
    return EXIT.usage;
  }
  throw e;
}

/** The line for a bug that reached the top: its stack, and how to keep the whole trace. */
export function internalErrorText(e: unknown, debugVariable: string): string {
  const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
  return `genesys-iac: internal error: ${text}\n(set ${debugVariable}=1 to keep full stack traces)\n`;
}
