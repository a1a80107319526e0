// The policy pack's process: started the way the Pulumi CLI starts it (`run-policy-pack`), or by the
// compiled host (internals/policy-pack-host.ts, the same `run()` without ts-node and the inspector),
// with a watchdog preloaded (bin/pack-watchdog.js) so that it ends with this process however this one
// ends, and its output kept so that a failure can say what the pack printed.
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { compileCacheEnv } from "./compile-cache";
import { PackFailure } from "./pack-failure";

/** run-policy-pack drops the engine address (the pack logs to stderr): a placeholder is passed. */
const ENGINE_PLACEHOLDER = "127.0.0.1:0";
/** What is kept of the pack's stderr, from its end. */
const KEEP_OUTPUT = 20000;
/** The pack's output is taken as complete after this long without any (on a failure only). */
const OUTPUT_QUIET_MS = 25;
const OUTPUT_SETTLE_MAX_MS = 500;

/** The nearest folder above `from` that holds `relative`. */
export function findUp(from: string, relative: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, relative))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Packs started by this process and not yet ended: stopped when it exits, however it exits. */
const live = new Set<ChildProcess>();

/** Ends every pack this process started (synchronous: it runs in exit and signal handlers). */
export function killLivePacks(): void {
  for (const child of live) child.kill("SIGKILL");
  live.clear();
}

process.on("exit", killLivePacks);

export interface PackProcess {
  child: ChildProcess;
  /** The end of what the pack printed on stderr (and stdout after its port). */
  output(): string;
  /**
   * The end of what it printed, once its pipes have been quiet for a moment (at most `maxMs`): what
   * a policy printed before its call failed is in the pipe already, but this process may read the
   * failed answer first.
   */
  settledOutput(maxMs?: number): Promise<string>;
  /** How it ended, once it has: `exit code 1` or `signal SIGKILL`. */
  ended(): string | undefined;
  /** How it ended, waiting up to `ms` for it to end. */
  endedWithin(ms: number): Promise<string | undefined>;
}

/** What a pack directory holds to run: compiled JavaScript, TypeScript for ts-node, or nothing yet. */
export type PackEntry =
  { kind: "js"; file: string } | { kind: "ts"; file: string } | { kind: "missing"; file: string };

/**
 * The pack's entry as Node and run-policy-pack find it: package.json `main`, else `index.js`, else
 * (a TypeScript pack, as `pulumi policy new` makes them) `index.ts`. A `main` that names JavaScript
 * which is not there is a pack not built.
 */
export function packEntry(packDir: string): PackEntry {
  let main: unknown;
  const manifest = path.join(packDir, "package.json");
  if (fs.existsSync(manifest)) {
    try {
      main = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { main?: unknown }).main;
    } catch {
      // Not JSON: Node ignores it too, and the pack's own load will say more.
    }
  }
  const kindOf = (file: string): PackEntry =>
    /\.[cm]?ts$/.test(file) ? { kind: "ts", file } : { kind: "js", file };
  if (typeof main === "string" && main !== "") {
    const file = path.resolve(packDir, main);
    for (const candidate of [
      file,
      `${file}.js`,
      `${file}.ts`,
      path.join(file, "index.js"),
      path.join(file, "index.ts"),
    ])
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return kindOf(candidate);
    return { kind: "missing", file };
  }
  for (const name of ["index.js", "index.ts"]) {
    const file = path.join(packDir, name);
    if (fs.existsSync(file)) return kindOf(file);
  }
  return { kind: "missing", file: path.join(packDir, "index.js") };
}

/**
 * How the pack process is started: "run-policy-pack" is the Pulumi CLI's own entry; "compiled"
 * is internals/policy-pack-host.ts, the same `run()` without ts-node and the inspector (about
 * 0.5 s of CPU less at every start; see that file), for a pack whose entry is compiled JavaScript
 * (a TypeScript pack is always served by run-policy-pack, which compiles it with ts-node).
 */
export type PackHost = "run-policy-pack" | "compiled";

function hostArgs(host: PackHost, packDir: string): string[] {
  if (host === "compiled") {
    // The compiled host, also when this file runs from its TypeScript source (the tests).
    const rel = path.join("dist", "internals", "policy-pack-host.js");
    const root = findUp(__dirname, rel);
    if (root === undefined) throw new Error(`no ${rel} above ${__dirname}: run \`npm run build\``);
    return [path.join(root, rel), packDir];
  }
  const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
  return [path.join(pulumiDir, "cmd", "run-policy-pack"), ENGINE_PLACEHOLDER, packDir];
}

export function startPackProcess(packDir: string, host: PackHost = "run-policy-pack"): PackProcess {
  const root = findUp(__dirname, path.join("bin", "pack-watchdog.js"));
  const watchdog = root === undefined ? [] : ["--require", path.join(root, "bin", "pack-watchdog.js")];
  const child = spawn(process.execPath, [...watchdog, ...hostArgs(host, packDir)], {
    cwd: packDir,
    // This process's compile cache, when it has one, for the pack's modules too.
    env: { ...process.env, ...compileCacheEnv() },
    // stdin is the watchdog's pipe: nothing is written to it; it closes when this process ends.
    stdio: ["pipe", "pipe", "pipe"],
  });
  live.add(child);
  let out = "";
  let lastOutputAt = 0;
  let ended: string | undefined;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-KEEP_OUTPUT);
    lastOutputAt = Date.now();
  };
  child.stderr!.on("data", keep);
  // What a policy logs goes to stdout, after the port line (which readPort reads).
  child.stdout!.on("data", keep);
  child.once("exit", (code, signal) => {
    live.delete(child);
    ended = signal ? `signal ${signal}` : `exit code ${code}`;
  });
  // A pack that is gone makes its stdin pipe fail on close: nothing to report.
  child.stdin!.on("error", () => undefined);
  const output = () => out.replace(/^\d+\n/, "").trim();
  return {
    child,
    output,
    settledOutput: async (maxMs = OUTPUT_SETTLE_MAX_MS) => {
      const until = Date.now() + maxMs;
      // Quiet: no output for OUTPUT_QUIET_MS, each wait a turn of the event loop (its pipes are read there).
      do await new Promise<void>((resolve) => setTimeout(resolve, OUTPUT_QUIET_MS));
      while (Date.now() - lastOutputAt < OUTPUT_QUIET_MS && Date.now() < until);
      return output();
    },
    ended: () => ended,
    endedWithin: async (ms) => {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
      clearTimeout(timer);
      return ended;
    },
  };
}

/** The port the pack prints on its first stdout line; what else it prints is kept as output. */
export function readPort(pack: PackProcess, timeoutMs: number): Promise<number> {
  const { child } = pack;
  return new Promise((resolve, reject) => {
    let out = "";
    const fail = (why: string) => {
      clearTimeout(timer);
      // A pack that does not load (a TypeScript error, a missing module) is the pack's fault: exit 3.
      reject(new PackFailure({ kind: "start", detail: why, output: pack.output() }));
    };
    const timer = setTimeout(() => fail(`no port within ${timeoutMs / 1000} s`), timeoutMs);
    child.once("error", (e) => fail(e.message));
    const onExit = (code: number | null, signal: string | null) =>
      fail(signal ? `it ended on signal ${signal}` : `it exited with code ${code}`);
    child.once("exit", onExit);
    const onData = (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => /^\d+$/.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        child.removeListener("exit", onExit);
        child.stdout!.removeListener("data", onData);
        resolve(Number(line.trim()));
      }
    };
    child.stdout!.on("data", onData);
  });
}
