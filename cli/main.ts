// `genesys-iac <command>`: plan, check and diff a stack with no Pulumi CLI, cloud or credentials.
// Exit codes (cli/errors.ts): 0 success, 1 a mandatory policy violation (check), 2 a config or
// usage error, 3 the policy pack or the tool failed, 128 + n ended by a signal.
//
// The commands load their modules when they run: `check` starts the policy pack first, so that the
// pack loads its modules while this process loads the Pulumi SDK and plans the stack.
import { killLivePacks } from "../analyzer/pack-process";
import { DEBUG_VARIABLE } from "../internals/pulumi-sdk";
import type { Command } from "./command";
import { commands } from "./commands";
import { EXIT, SIGNAL_EXITS, UsageError, internalErrorText, reportError } from "./errors";
import { flagLines } from "./flags";
import { redacting, type Io } from "./io";
import { packageVersion } from "./version";

const TOOL_FLAGS = {
  help: { short: "h", description: "show this help, or with a command its own" },
  version: { description: "print the version of genesys-iac" },
} as const;

function toolUsage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  return [
    "usage: genesys-iac <command> [flags]",
    "",
    "Commands:",
    ...Object.values(commands).map((c) => `  ${c.name.padEnd(width)}   ${c.summary}`),
    "",
    "Flags:",
    ...flagLines(TOOL_FLAGS),
    "",
    "`genesys-iac <command> --help` shows a command's flags.",
    "",
  ].join("\n");
}

function commandNamed(name: string): Command {
  const cmd = Object.hasOwn(commands, name) ? commands[name] : undefined;
  // A flag before any command (`genesys-iac --verbose`) is not a command misspelt.
  if (!cmd && name.startsWith("-"))
    throw new UsageError(`unknown flag ${name}; before a command only --help and --version are taken`);
  if (!cmd) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  return cmd;
}

export async function run(argv: readonly string[], given: Io): Promise<number> {
  // Whatever a command prints passes here: a plain-text secret is withheld (cli/redact.ts).
  const io = redacting(given);
  const [name, ...rest] = argv;
  let cmd: Command | undefined;
  try {
    if (name === undefined) throw new UsageError("a command is required");
    if (name === "-h" || name === "--help" || name === "help") {
      // `help check` is `check --help`.
      io.out(rest.length > 0 ? commandNamed(rest[0]).usage() : toolUsage());
      return EXIT.ok;
    }
    if (name === "--version") {
      if (rest.length > 0)
        throw new UsageError(`--version takes nothing after it; got ${JSON.stringify(rest[0])}`);
      io.out(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    cmd = commandNamed(name);
    return await cmd.main(rest, io);
  } catch (e) {
    return reportError(
      e,
      (t) => io.err(t),
      () => (cmd ?? { usage: toolUsage }).usage(),
    );
  }
}

/** The process entry (bin/genesys-iac.js). */
export function cli(): void {
  // Interrupted, the command ends its policy pack and exits as a shell reports the signal. (The pack
  // also ends by itself when this process is killed outright: bin/pack-watchdog.js.)
  for (const [signal, code] of Object.entries(SIGNAL_EXITS))
    process.once(signal, () => {
      killLivePacks();
      process.exit(code);
    });
  const io: Io = {
    cwd: process.cwd(),
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    terminal: { out: process.stdout.isTTY === true, err: process.stderr.isTTY === true },
    env: process.env,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(internalErrorText(e, DEBUG_VARIABLE));
      process.exitCode = EXIT.internal;
    },
  );
}
