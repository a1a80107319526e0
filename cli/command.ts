// A command of `genesys-iac`: its flags (with descriptions, from which its usage is made), the typed
// options built from them at the boundary, and its run. Domain functions get the options object,
// never the raw flags.
import * as path from "path";
import { flagLines, parseFlags, type FlagSpecs, type Flags } from "./flags";
import { COLOR_FLAG, colorOn, paint, type ColorMode } from "./color";
import type { Io } from "./io";
import { checkNotRead, checkWritable } from "./user-files";

export interface CommandSpec<S extends FlagSpecs, O> {
  /** One line for the tool's usage. */
  summary: string;
  /** What follows the command's name in its usage line, e.g. `--stack NAME [flags]`. */
  synopsis: string;
  /** More about the command, shown by its --help. */
  details?: string[];
  flags: S;
  /** The options of a run, from the parsed flags; a missing or conflicting flag is a UsageError. */
  options(flags: Flags<S>, io: Io): O;
  /** Runs the command; resolves to the exit code. */
  run(options: O, io: Io): Promise<number>;
}

/** A command as the dispatcher sees it, its flag and option types hidden. */
export interface Command {
  name: string;
  summary: string;
  usage(): string;
  main(argv: readonly string[], io: Io): Promise<number>;
}

/** The files a command reads: those its FILE flags name, and the project's and the stack's file. */
function filesRead(spec: FlagSpecs, given: Record<string, unknown>, cwd: string): [string, string][] {
  const files: [string, string][] = Object.entries(given)
    .filter(([name, v]) => name !== "out" && spec[name]?.value === "FILE" && typeof v === "string")
    .map(([name, v]) => [path.resolve(cwd, v as string), `the --${name} file`]);
  const dir = path.resolve(cwd, typeof given.dir === "string" ? given.dir : ".");
  files.push([path.join(dir, "Pulumi.yaml"), "the project file"]);
  if (typeof given.stack === "string")
    files.push([path.join(dir, `Pulumi.${given.stack}.yaml`), "the stack file"]);
  return files;
}

export const HELP_FLAG = { short: "h", description: "show this help and exit" } as const;

/** Colour per stream for a run with `--color mode`. */
function colorsFor(io: Io, mode: ColorMode): Io["paint"] {
  const env = io.env ?? {};
  return {
    out: paint(colorOn(mode, io.terminal?.out ?? false, env)),
    err: paint(colorOn(mode, io.terminal?.err ?? false, env)),
  };
}

export function defineCommand<S extends FlagSpecs, O>(name: string, spec: CommandSpec<S, O>): Command {
  // Every command takes --help and --color, as every Pulumi command does.
  const flags = { ...spec.flags, color: COLOR_FLAG, help: HELP_FLAG };
  const usage = () =>
    [
      `usage: genesys-iac ${name} ${spec.synopsis}`,
      "",
      `${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.`,
      ...(spec.details ? ["", ...spec.details] : []),
      "",
      "Flags:",
      ...flagLines(flags),
      "",
    ].join("\n");
  return {
    name,
    summary: spec.summary,
    usage,
    async main(argv, io) {
      const parsed = parseFlags(argv, flags);
      if (parsed.help) {
        io.out(usage());
        return 0;
      }
      // `help` and `color` are the dispatcher's flags, not the command's: its options never see them.
      const { help: _help, color, ...own } = parsed;
      // Checked against COLOR_MODES by the parser.
      const painted: Io = { ...io, paint: colorsFor(io, (color as ColorMode | undefined) ?? "auto") };
      const options = spec.options(own as Flags<S>, painted);
      // An --out file that cannot be written is found before the work, not after it.
      const out = (own as { out?: unknown }).out;
      if (typeof out === "string") {
        const file = path.resolve(io.cwd, out);
        checkWritable(file, `--out ${out}`);
        checkNotRead(file, `--out ${out}`, filesRead(flags, own, io.cwd));
      }
      return spec.run(options, painted);
    },
  };
}
