// `genesys-iac <command>`: plan, check and diff a stack with no Pulumi CLI, cloud or credentials.
// Exit codes: 0 success, 1 a mandatory policy violation (check), 2 a config or usage error.
import * as fs from "fs";
import * as path from "path";
import { formatIssue, ConfigError } from "../model/errors";
import { FlagSpec, parseFlags } from "./args";
import { PackNotBuiltError } from "../analyzer/policy-runner";
import { InputError } from "./input-error";
import { UsageError } from "./stack-files";

// The commands load their modules when they run: `check` starts the policy pack first, so that the
// pack loads its modules while this process loads the Pulumi SDK and plans the stack.

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

const FORMATS = ["text", "json", "markdown"] as const;

const plan: Command = {
  summary: "plan --stack NAME [--format text|json|markdown] [--out FILE] [--dir DIR]   what a stack declares",
  flags: {
    stack: { value: true },
    // "table" is the text format's former name.
    format: { value: true, oneOf: [...FORMATS, "table"] },
    out: { value: true },
    dir: { value: true },
  },
  async run(flags, io) {
    const { planStack } = await import("./plan");
    const { formatPlanTable } = await import("./plan-table");
    const { planMarkdown } = await import("./markdown");
    const p = await planStack(
      path.resolve(io.cwd, (flags.dir as string) ?? "."),
      requireFlag(flags, "stack"),
    );
    showDiagnostics(io, p.diagnostics);
    const text =
      flags.format === "json"
        ? JSON.stringify(p.document, null, 2) + "\n"
        : flags.format === "markdown"
          ? planMarkdown(p)
          : formatPlanTable(p);
    emit(io, flags, text);
    return 0;
  },
};

/** What `check` and `diff` judge (a stack's plan or a saved document) and how they write it. */
const SOURCE_FLAGS: Record<string, FlagSpec> = {
  stack: { value: true },
  input: { value: true },
  format: { value: true, oneOf: FORMATS },
  out: { value: true },
  dir: { value: true },
};

/** What the program logged while it was planned, on stderr as the Pulumi CLI shows diagnostics. */
function showDiagnostics(io: Io, diagnostics: readonly { severity: string; message: string }[]): void {
  for (const d of diagnostics) io.err(`${d.severity}: ${d.message}\n`);
}

const check: Command = {
  summary:
    "check --stack NAME | --input FILE [--policy-config FILE] [--format text|json|markdown] [--out FILE] [--dir DIR]\n" +
    "      the policy pack's verdict; exit 1 on a mandatory violation",
  flags: { ...SOURCE_FLAGS, "policy-config": { value: true } },
  async run(flags, io) {
    const { renderCheck, runCheck } = await import("./check");
    const r = await runCheck(flags, io);
    showDiagnostics(io, r.diagnostics);
    emit(io, flags, renderCheck(r, (flags.format as string) ?? "text"));
    return r.verdict === "failed" ? 1 : 0;
  },
};

const diff: Command = {
  summary:
    "diff --stack NAME | --input FILE --base FILE [--format text|json|markdown] [--out FILE] [--dir DIR]\n" +
    "      what the change does against a base plan: host moves, rule membership, resources",
  flags: { ...SOURCE_FLAGS, base: { value: true } },
  async run(flags, io) {
    const { formatDiffText, runDiff } = await import("./diff");
    const { diffMarkdown } = await import("./markdown");
    const { diff: d, head, diagnostics } = await runDiff(flags, io.cwd);
    for (const x of diagnostics) io.err(`${x.severity}: ${x.message}\n`);
    const text =
      flags.format === "json"
        ? JSON.stringify(d, null, 2) + "\n"
        : flags.format === "markdown"
          ? diffMarkdown(d, head)
          : formatDiffText(d);
    emit(io, flags, text);
    return 0;
  },
};

export const commands: Record<string, Command> = { plan, check, diff };

function usage(): string {
  return [
    "usage: genesys-iac <command> [flags]",
    "",
    ...Object.values(commands).map((c) => `  ${c.summary}`),
    "",
  ].join("\n");
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
      io.err(
        `error: ${e.message.split("\n")[0]}\n${e.issues.map((i) => `  - ${formatIssue(i)}`).join("\n")}\n`,
      );
      return 2;
    }
    if (e instanceof InputError || e instanceof PackNotBuiltError) {
      io.err(`error: ${e.message}\n`);
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
      process.stderr.write(
        `genesys-iac: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 3;
    },
  );
}
