// Where a command writes: standard output and error of the process, or a test's buffers.
import * as path from "path";
import { NO_PAINT, type Env, type Paint } from "./color";
import { redactText } from "./redact";
import { writeUserFile } from "./user-files";

export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout and stderr are terminals (colour and progress are for terminals); default: neither. */
  terminal?: { out: boolean; err: boolean };
  /** The environment that decides colour (NO_COLOR, FORCE_COLOR, TERM); default: none of them. */
  env?: Env;
  /** How long a run lasts before its progress shows (cli/progress.ts); default 2 s. */
  progressDelayMs?: number;
  /** Colour per stream, as `--color` and the environment decide; set for a command's run. */
  paint?: { out: Paint; err: Paint };
}

/** The colours of a stream (none unless the command set them). */
export function paintOf(io: Io, stream: "out" | "err"): Paint {
  return io.paint?.[stream] ?? NO_PAINT;
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
  return { ...io, out: (t) => io.out(redactText(t)), err: (t) => io.err(redactText(t)) };
}

const SEVERITY_PAINT = { error: "red", warning: "yellow" } as const;

/** What the program logged while it was planned, on stderr as the Pulumi CLI shows diagnostics. */
export function showDiagnostics(io: Io, diagnostics: readonly { severity: string; message: string }[]): void {
  const p = paintOf(io, "err");
  for (const d of diagnostics) {
    const style = SEVERITY_PAINT[d.severity as keyof typeof SEVERITY_PAINT];
    io.err(`${style ? p[style](d.severity) : d.severity}: ${d.message}\n`);
  }
}
