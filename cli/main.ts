// `genesys-iac <command>`: plan, check and diff a stack with no Pulumi CLI, cloud or credentials.
// Exit codes: 0 success, 1 a mandatory policy violation (check), 2 a config or usage error.
import * as fs from "fs";
import * as path from "path";
import { formatIssue, ConfigError } from "../model/errors";
import { FlagSpec, parseFlags } from "./args";
import { planStack } from "./plan";
import { formatPlanTable } from "./plan-table";
import { UsageError } from "./stack-files";

export interface Command {
  summary: string;
  flags: Record<string, FlagSpec>;
  run(flags: Record<string, string | true>, io: Io): Promise<number>;
}

export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

/** Writes to --out FILE when given, else to standard output. */
export function emit(io: Io, flags: Record<string, string | true>, text: string): void {
  if (typeof flags.out === "string") fs.writeFileSync(path.resolve(io.cwd, flags.out), text);
  else io.out(text);
}

export function requireFlag(flags: Record<string, string | true>, name: string): string {
  const v = flags[name];
  if (typeof v !== "string") throw new UsageError(`--${name} is required`);
  return v;
}

const plan: Command = {
  summary: "plan --stack NAME [--format table|json] [--out FILE] [--dir DIR]   what a stack declares",
  flags: {
    stack: { value: true },
    format: { value: true, oneOf: ["table", "json"] },
    out: { value: true },
    dir: { value: true },
  },
  async run(flags, io) {
    const p = await planStack(path.resolve(io.cwd, (flags.dir as string) ?? "."), requireFlag(flags, "stack"));
    for (const d of p.diagnostics) io.err(`${d.severity}: ${d.message}\n`);
    emit(io, flags, flags.format === "json" ? JSON.stringify(p.document, null, 2) + "\n" : formatPlanTable(p));
    return 0;
  },
};

export const commands: Record<string, Command> = { plan };

function usage(): string {
  return ["usage: genesys-iac <command> [flags]", "", ...Object.values(commands).map((c) => `  ${c.summary}`), ""].join("\n");
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "help") {
    io.out(usage());
    return name ? 0 : 2;
  }
  const cmd = commands[name];
  try {
    if (!cmd) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
    return await cmd.run(parseFlags(rest, cmd.flags), io);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.err(`error: ${e.message.split("\n")[0]}\n${e.issues.map((i) => `  - ${formatIssue(i)}`).join("\n")}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}\n\n${usage()}`);
      return 2;
    }
    throw e;
  }
}

/** The process entry (bin/genesys-iac.js). */
export function cli(): void {
  const io: Io = {
    cwd: process.cwd(),
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`genesys-iac: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
