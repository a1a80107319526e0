// Starts the policy pack for a test file, compiling it first when its sources are newer than its
// build (jest runs test files in parallel workers: a lock directory keeps to one compile at a time).
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PolicyRunner } from "../../analyzer/policy-runner";

export const PACK_DIR = path.resolve(__dirname, "..", "..", "policies");

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "bin" || e.name === "node_modules") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith(".ts") || e.name === "tsconfig.json")
      newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  const main = path.join(PACK_DIR, "bin", "index.js");
  return !fs.existsSync(main) || fs.statSync(main).mtimeMs < newestSource(PACK_DIR);
}

async function withLock<T>(f: () => T): Promise<T> {
  const lock = path.join(os.tmpdir(), "genesys-vmware-policies.build.lock");
  for (let i = 0; ; i++) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (i > 600) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return f();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export async function ensurePackBuilt(): Promise<void> {
  if (!isStale()) return;
  await withLock(() => {
    if (!isStale()) return;
    const tsc = require.resolve("typescript/bin/tsc");
    execFileSync(process.execPath, [tsc, "-p", PACK_DIR], { stdio: "pipe" });
    // tsc leaves unchanged outputs untouched: mark the build as current.
    const now = new Date();
    fs.utimesSync(path.join(PACK_DIR, "bin", "index.js"), now, now);
  });
}

/** A runner on the project's pack, built if needed; close it in afterAll. */
export async function startPack(): Promise<PolicyRunner> {
  await ensurePackBuilt();
  const runner = await PolicyRunner.start({ packDir: PACK_DIR });
  await runner.configureStack({ stack: "lab", project: "genesys-iac", dryRun: true });
  return runner;
}
