// Where a command writes: standard output and error of the process, or a test's buffers.
import * as fs from "fs";
import * as path from "path";

export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

/** Writes to `out` (a file, relative to the working directory) when given, else to standard output. */
export function emit(io: Io, out: string | undefined, text: string): void {
  if (out !== undefined) fs.writeFileSync(path.resolve(io.cwd, out), text);
  else io.out(text);
}

/** What the program logged while it was planned, on stderr as the Pulumi CLI shows diagnostics. */
export function showDiagnostics(io: Io, diagnostics: readonly { severity: string; message: string }[]): void {
  for (const d of diagnostics) io.err(`${d.severity}: ${d.message}\n`);
}
