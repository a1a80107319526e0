// CLI habits: `--color auto|always|never` with NO_COLOR and FORCE_COLOR, and a progress line on
// stderr for a run that lasts, on a terminal only.
import * as path from "path";
import { colorOn } from "../../cli/color";
import type { Io } from "../../cli/io";
import { startProgress, type Clock } from "../../cli/progress";
import { runCli } from "../support/project";
import { REPO } from "../support/stacks";

const ESC = "\x1b[";
const EXPORT = path.join(REPO, "test", "fixtures", "lab-stack-export.json");

describe("colorOn", () => {
  it.each([
    ["always", false, {}, true],
    ["never", true, { FORCE_COLOR: "1" }, false],
    ["always", true, { NO_COLOR: "1" }, true],
    ["auto", true, {}, true],
    ["auto", false, {}, false],
    ["auto", true, { NO_COLOR: "1" }, false],
    ["auto", true, { NO_COLOR: "" }, true],
    ["auto", false, { FORCE_COLOR: "1" }, true],
    ["auto", false, { FORCE_COLOR: "" }, true],
    ["auto", true, { FORCE_COLOR: "0" }, false],
    ["auto", true, { FORCE_COLOR: "false" }, false],
    ["auto", false, { FORCE_COLOR: "1", NO_COLOR: "1" }, true],
    ["auto", true, { TERM: "dumb" }, false],
  ] as const)("--color %s, terminal %s, env %j: %s", (mode, terminal, env, on) => {
    expect(colorOn(mode, terminal, env)).toBe(on);
  });
});

describe("check --color", () => {
  const check = (flags: string[], as: Parameters<typeof runCli>[2]) =>
    runCli(["check", "--input", EXPORT, ...flags], REPO, as);

  it("colours the report on a terminal, and not when NO_COLOR is set", async () => {
    const tty = await check([], { terminal: { out: true, err: true }, env: {} });
    expect(tty.stdout).toContain(ESC);
    expect(tty.stdout).toMatch(/Summary: .*\x1b\[3[12]m(PASSED|FAILED)\x1b\[0m/);
    const noColor = await check([], { terminal: { out: true, err: true }, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain(ESC);
    expect(noColor.stdout.replace(/\s+/g, " ")).toBe(
      tty.stdout.replace(/\x1b\[\d+m/g, "").replace(/\s+/g, " "),
    );
  });

  it("FORCE_COLOR and --color always colour a pipe", async () => {
    expect((await check([], { env: { FORCE_COLOR: "1" } })).stdout).toContain(ESC);
    expect((await check(["--color", "always"], { env: {} })).stdout).toContain(ESC);
  });

  it("--color never wins over FORCE_COLOR", async () => {
    expect((await check(["--color", "never"], { env: { FORCE_COLOR: "1" } })).stdout).not.toContain(ESC);
  });

  it("never colours JSON or Markdown; rejects another mode with exit 2", async () => {
    expect((await check(["--color", "always", "--format", "json"], {})).stdout).not.toContain(ESC);
    expect((await check(["--color", "always", "--format", "markdown"], {})).stdout).not.toContain(ESC);
    const bad = await check(["--color", "sometimes"], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--color "sometimes": allowed values are auto, always, never');
  });

  it("is in every command's --help", async () => {
    for (const cmd of ["plan", "check", "diff"])
      expect((await runCli([cmd, "--help"])).stdout).toMatch(/--color auto\|always\|never +colour/);
  });
});

/** A clock that moves only when told; `fire` runs the timers that are due. */
function fakeClock() {
  let now = 0;
  const timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const clock: Clock = {
    now: () => now,
    after(ms, fn) {
      const t = { at: now + ms, fn, cancelled: false };
      timers.push(t);
      return () => (t.cancelled = true);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers)
      if (!t.cancelled && t.at <= now) {
        t.cancelled = true;
        t.fn();
      }
  };
  return { clock, advance };
}

function ioWith(terminal: boolean): { io: Io; written: () => string } {
  let err = "";
  return {
    io: {
      cwd: REPO,
      out: () => undefined,
      err: (t) => (err += t),
      terminal: { out: terminal, err: terminal },
    },
    written: () => err,
  };
}

describe("progress", () => {
  it("shows nothing for a run shorter than two seconds", () => {
    const { clock, advance } = fakeClock();
    const { io, written } = ioWith(true);
    const p = startProgress(io, clock);
    p.update("dev: 0 of 1 site(s) planned");
    advance(1999);
    p.update("dev: 1 of 1 site(s) planned");
    p.end();
    advance(5000);
    expect(written()).toBe("");
  });

  it("after two seconds shows the latest status on one line, rewritten in place, erased at the end", () => {
    const { clock, advance } = fakeClock();
    const { io, written } = ioWith(true);
    const p = startProgress(io, clock);
    p.update("lab: 0 of 50 site(s) planned, 0 checked");
    p.update("lab: 1 of 50 site(s) planned, 0 checked");
    advance(2000);
    expect(written()).toBe("\r\x1b[Klab: 1 of 50 site(s) planned, 0 checked");
    p.update("lab: 2 of 50 site(s) planned, 1 checked");
    p.end();
    expect(written()).toBe(
      "\r\x1b[Klab: 1 of 50 site(s) planned, 0 checked\r\x1b[Klab: 2 of 50 site(s) planned, 1 checked\r\x1b[K",
    );
  });

  it("never writes when stderr is not a terminal", () => {
    const { clock, advance } = fakeClock();
    const { io, written } = ioWith(false);
    const p = startProgress(io, clock);
    advance(3000);
    p.update("lab: 1 of 50 site(s) planned");
    p.end();
    expect(written()).toBe("");
  });

  it("plan reports its sites on a terminal's stderr, and stdout stays the plan", async () => {
    const r = await runCli(["plan", "--stack", "dev"], REPO, {
      terminal: { out: false, err: true },
      progressDelayMs: 0,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("\r\x1b[Kdev: 1 of 1 site(s) planned");
    // Erased before the diagnostics that follow it.
    expect(r.stderr).toContain("dev: 1 of 1 site(s) planned\r\x1b[Kinfo: site dev");
    expect(r.stdout).not.toContain("\r");
    const piped = await runCli(["plan", "--stack", "dev"], REPO, { progressDelayMs: 0 });
    expect(piped.stderr).not.toContain("\r");
  });
});
