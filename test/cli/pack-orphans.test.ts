// No orphaned policy pack: a real `genesys-iac check` process is ended by a signal while its pack
// is busy (a policy stuck in an endless loop), and its pack child (the compiled host that `check`
// starts, internals/policy-pack-host.ts) must be gone too,
// however the parent ended, SIGKILL included (bin/pack-watchdog.js).
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { SIGNAL_EXITS } from "../../cli/errors";
import { faultyPack, reachedFile } from "../support/faulty-pack";
import { describeUnless } from "../support/skip";
import { REPO } from "../support/stacks";

const BIN = path.join(REPO, "bin", "genesys-iac.js");

/** Pids of the processes whose parent is `pid` and whose command line mentions `what`. */
function children(pid: number, what: string): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid && fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(what))
        found.push(Number(entry));
    } catch {
      // The process ended while it was read.
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    // A zombie is gone for all purposes: it holds no memory and no port.
    return !/^\S+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** Polls `cond` every 100 ms, up to `limitMs` (a liveness bound, not a speed assertion). */
async function until(cond: () => boolean, limitMs: number): Promise<boolean> {
  for (let waited = 0; waited < limitMs; waited += 100) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return cond();
}

const built = fs.existsSync(path.join(REPO, "dist", "cli", "main.js"));
const notBuilt = built ? undefined : "the signal tests run the built CLI (dist/); run `npm run build` first";

describeUnless(notBuilt, "check ended by a signal", () =>
  describe.each([...Object.keys(SIGNAL_EXITS), "SIGKILL"] as NodeJS.Signals[])(
    "check ended by %s",
    (signal) => {
      it("takes its policy pack child with it", async () => {
        const packDir = faultyPack("hang", "orphans");
        fs.rmSync(reachedFile(packDir), { force: true });
        const cli = spawn(
          process.execPath,
          [BIN, "check", "--stack", "lab", "--policy-pack", packDir, "--policy-timeout", "3600"],
          { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] },
        );
        let stderr = "";
        cli.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        const exited = new Promise<[number | null, string | null]>((resolve) =>
          cli.once("exit", (code, sig) => resolve([code, sig])),
        );
        try {
          let pack: number[] = [];
          expect(await until(() => (pack = children(cli.pid!, "policy-pack-host")).length > 0, 120000)).toBe(
            true,
          );
          // The pack is in its endless loop: it can no longer react to anything on its main thread.
          expect(await until(() => fs.existsSync(reachedFile(packDir)), 120000)).toBe(true);
          expect(Number(fs.readFileSync(reachedFile(packDir), "utf8"))).toBe(pack[0]);
          cli.kill(signal);
          const [code, sig] = await exited;
          if (signal === "SIGKILL") expect(sig).toBe("SIGKILL");
          else expect(code).toBe(SIGNAL_EXITS[signal as keyof typeof SIGNAL_EXITS]);
          expect(stderr).not.toMatch(/\n\s+at /);
          expect(await until(() => !pack.some(alive), 30000)).toBe(true);
        } finally {
          cli.kill("SIGKILL");
        }
      }, 180000);
    },
  ),
);
