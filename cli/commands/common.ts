// Flags that several commands share, and their options: the stack, where the project is, the
// output format and file, and what `check` and `diff` judge (a stack's plan or a saved document).
import * as path from "path";
import { UsageError } from "../errors";
import type { Io } from "../io";
import type { SourceOptions } from "../source";

export const FORMATS = ["text", "json", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export const STACK_FLAG = {
  short: "s",
  value: "NAME",
  description: "the stack: Pulumi.NAME.yaml of the project",
} as const;
export const DIR_FLAG = {
  value: "DIR",
  description: "the project's directory (default: the current one)",
} as const;
export const OUT_FLAG = { value: "FILE", description: "write the output to FILE instead of stdout" } as const;
export const FORMAT_FLAG = {
  value: "FORMAT",
  oneOf: FORMATS,
  description: "text (default); json; markdown, for a pull-request comment",
} as const;

/** What `check` and `diff` judge and how they write it. */
export const SOURCE_FLAGS = {
  stack: { ...STACK_FLAG, description: "judge the plan of this stack (Pulumi.NAME.yaml)" },
  input: {
    value: "FILE",
    description: "judge a saved `plan --format json` or `pulumi stack export` instead",
  },
  format: FORMAT_FLAG,
  out: OUT_FLAG,
  dir: DIR_FLAG,
} as const;

export function projectDir(io: Io, dir: string | undefined): string {
  return path.resolve(io.cwd, dir ?? ".");
}

/** `--input FILE` (with `--stack` as a check of the file's stack), else the plan of `--stack`. */
export function sourceOptions(
  flags: { stack?: string; input?: string; dir?: string },
  io: Io,
): SourceOptions {
  if (flags.input !== undefined) return { input: flags.input, stack: flags.stack };
  if (flags.stack === undefined) throw new UsageError("--stack NAME or --input FILE is required");
  return { stack: flags.stack, dir: projectDir(io, flags.dir) };
}
