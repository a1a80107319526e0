// Where a command writes: standard output and error of the process, or a test's buffers.
import * as path from "path";
import { redactText } from "./redact";
import { writeUserFile } from "./user-files";

export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

/**
 * Writes to `out` (a file, relative to the working directory) when given, else to standard output;
 * never a withheld secret (cli/redact.ts), and a file that cannot be written is a plain error.
 */
export function emit(io: Io, out: string | undefined, text: string): void {
  if (out !== undefined) writeUserFile(path.resolve(io.cwd, out), `--out ${out}`, redactText(text));
  else io.out(text);
}

/** `io` with a withheld secret replaced wherever a command prints it. */
export function redacting(io: Io): Io {
  return { cwd: io.cwd, out: (t) => io.out(redactText(t)), err: (t) => io.err(redactText(t)) };
}

/** What the program logged while it was planned, on stderr as the Pulumi CLI shows diagnostics. */
export function showDiagnostics(io: Io, diagnostics: readonly { severity: string; message: string }[]): void {
  for (const d of diagnostics) io.err(`${d.severity}: ${d.message}\n`);
}
