// The CLI's errors in one place: which are the user's (a plain message, exit 2, no stack trace),
// which are the policy pack's (exit 3, naming the policy) and which are a bug (exit 3 with its
// stack), and how each is shown.
import { PackFailure } from "../analyzer/pack-failure";
import { PackNotBuiltError } from "../analyzer/policy-runner";
import { ConfigError, formatIssue } from "../model/errors";

/** Every exit code of `genesys-iac` (README: Exit codes, checked by a test). */
export const EXIT = {
  /** The command did what was asked (check: no mandatory violation). */
  ok: 0,
  /** `check`: a mandatory policy is violated. */
  violation: 1,
  /** The user's input: the command line, a file, the stack's configuration (nothing was registered). */
  usage: 2,
  /**
   * Not the user's input: the policy pack failed (a policy threw, hung past its deadline, or its
   * process ended), or genesys-iac itself did (a bug, with its stack). The workflow says so.
   */
  packFailure: 3,
  internal: 3,
} as const;

/** Signals that end a command early; it exits with 128 + the signal's number, as a shell reports it. */
export const SIGNAL_EXITS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

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
  if (e instanceof PackFailure) {
    err(`error: ${e.message}\n`);
    return EXIT.packFailure;
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
