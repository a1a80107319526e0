// The benchmark's judgement (bench/report.js): targets on medians of paired ratios, a ceiling on
// the largest peak, "not measured" never a pass, each command's CPU in its own column, and the
// floors of the 50-site figures shown beside its time as context that never passes or fails it.
import * as os from "os";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { report } = require("../../bench/report") as {
  report(a: unknown): { text: string; failed: boolean };
};

interface Run {
  ms: number;
  cpuMs: number;
  /** The tree's CPU without the command's own process: for `check`, its pack. */
  childCpuMs: number;
  ratio: number;
  peakMb: number;
  hwmMb: number;
  stdout: string;
}
const run = (
  ms: number,
  ratio: number,
  peakMb: number,
  resources = 0,
  cpuMs = ms * 1.5,
  childCpuMs = cpuMs / 3,
): Run => ({
  ms,
  cpuMs,
  childCpuMs,
  ratio,
  peakMb,
  hwmMb: peakMb,
  stdout: `Policy check of stack x (plan): ${resources} resources\n`,
});
const floor = { label: "floor", runs: [run(1000, 1, 130), run(1100, 1, 131), run(900, 1, 130)] };
const dev = (ratios: number[]) => ({
  label: "check --stack dev",
  runs: ratios.map((r) => run(r * 1000, r, 300)),
});
const sites = (cmd: string, n: number, s: number, mb: number) => ({
  label: `${cmd}, ${n} site(s)`,
  cmd,
  sites: n,
  runs: [run(s * 1000, s, mb, n * 72)],
});
/** The two floors of the 50-site figures, as bench.js makes their rows. */
const floors50 = (sdkS: number, packS: number) => [
  { label: "SDK floor", floor: "sdk", sites: 50, runs: [run(sdkS * 1000, sdkS, 200, 0, 3200)] },
  { label: "pack floor", floor: "pack", sites: 50, runs: [run(packS * 1000, packS, 300, 3600, 9400, 4200)] },
];
const line = (text: string, start: string) => text.split("\n").find((l) => l.startsWith(`| ${start}`))!;
const verdict = (text: string, start: string) => line(text, start).split("|").slice(-2)[0].trim();

test("a target is judged on the median of the paired ratios, not on one lucky pair", () => {
  const passes = report({ machine: "m", floor, rows: [dev([1.5, 1.9, 4.0])], SITES: [] });
  expect(verdict(passes.text, "`check --stack dev`")).toBe("PASS");
  const fails = report({ machine: "m", floor, rows: [dev([1.5, 2.1, 2.2])], SITES: [] });
  expect(verdict(fails.text, "`check --stack dev`")).toBe("FAIL");
  expect(fails.failed).toBe(true);
});

test("what was not measured is said so, and never counts as a pass or a failure", () => {
  const r = report({ machine: "m", floor, rows: [dev([1.5])], SITES: [] });
  expect(verdict(r.text, "`check` of 50 sites under 5 s")).toBe("not measured");
  expect(verdict(r.text, "`check` of 200 sites")).toBe("not measured");
  expect(r.failed).toBe(false);
});

test("every command's CPU (its whole tree) is a column of its own, median [min-max]", () => {
  const r = report({
    machine: "m",
    floor,
    rows: [{ label: "check --stack dev", runs: [run(1000, 1, 300, 0, 2400), run(1000, 1, 300, 0, 2000)] }],
    SITES: [],
  });
  const header = r.text.split("\n").find((l) => l.startsWith("| Command"))!;
  const cells = (l: string) => l.split("|").map((c) => c.trim());
  const column = cells(header).indexOf("CPU (tree)");
  expect(column).toBeGreaterThan(cells(header).indexOf("Wall time"));
  expect(cells(line(r.text, "check --stack dev"))[column]).toBe("2.20 s [2.00 s-2.40 s]");
  // The floor's own runs: 1.5x their wall time, median 1.50 s.
  expect(cells(line(r.text, "floor"))[column]).toBe("1.50 s [1.35 s-1.65 s]");
});

test("the 50-site time shows both floors, wall and CPU, beside its own", () => {
  const rows = [dev([1.5]), sites("check", 50, 30, 390), ...floors50(9, 12)];
  const r = report({ machine: "m", floor, rows, SITES: [50] });
  const target = line(r.text, "`check` of 50 sites under 5 s");
  expect(target).toContain("30.00 s [30.00 s-30.00 s], CPU 45.00 s");
  expect(target).toContain(
    "the Pulumi SDK with the provider SDK's classes registering the same resources under its mocks: " +
      "9.00 s [9.00 s-9.00 s], CPU 3.20 s [3.20 s-3.20 s], past the target by itself",
  );
  expect(target).toContain(
    "`check` with a pack whose policies judge nothing: 12.00 s [12.00 s-12.00 s], CPU 9.40 s",
  );
  // The pack's own process, not the planning around it, is what adds to the SDK floor.
  expect(target).toContain(
    "of which that pack's process (@pulumi/policy's server answering the same requests): CPU 4.20 s",
  );
  const cores = os.availableParallelism();
  expect(target).toContain(
    `both parts together on ${cores} cores: at least ${((3.2 + 4.2) / cores).toFixed(2)} s`,
  );
  expect(verdict(r.text, "`check` of 50 sites under 5 s")).toBe("FAIL");
  expect(verdict(r.text, "`check` of 50 sites under 400 MB")).toBe("PASS");
  expect(r.text).toContain("Resources per stack: 50 site(s) 3600; the pack floor (50 sites) 3600.");
});

test("a floor is context: it never makes the 50-site target pass or fail, nor stands for the check", () => {
  // The floors first: bench.js gives them `sites: 50` too, and they must not be taken for the check.
  const fast = report({
    machine: "m",
    floor,
    rows: [dev([1.5]), ...floors50(9, 12), sites("check", 50, 4, 390)],
    SITES: [50],
  });
  expect(line(fast.text, "`check` of 50 sites under 5 s")).toContain("4.00 s [4.00 s-4.00 s]");
  expect(verdict(fast.text, "`check` of 50 sites under 5 s")).toBe("PASS");
  expect(verdict(fast.text, "`check` of 50 sites under 400 MB")).toBe("PASS");
  const slow = report({
    machine: "m",
    floor,
    rows: [dev([1.5]), ...floors50(1, 2), sites("check", 50, 6, 390)],
    SITES: [50],
  });
  expect(line(slow.text, "`check` of 50 sites under 5 s")).not.toContain("past the target by itself");
  expect(verdict(slow.text, "`check` of 50 sites under 5 s")).toBe("FAIL");
  // Without the 50-site check, the floors alone measure nothing.
  const none = report({ machine: "m", floor, rows: [dev([1.5]), ...floors50(1, 2)], SITES: [50] });
  expect(verdict(none.text, "`check` of 50 sites under 5 s")).toBe("not measured");
});

test("cost per site is flat when every step costs within the factor of the others", () => {
  const rows = (t200: number) => [
    dev([1.5]),
    sites("check", 10, 10, 300),
    sites("check", 50, 30, 350),
    sites("check", 200, t200, 400),
  ];
  // 10->50: 0.5 s/site; 50->200 at 0.5 s/site is flat, at 1 s/site it is not.
  const flat = report({ machine: "m", floor, rows: rows(105), SITES: [10, 50, 200] });
  expect(verdict(flat.text, "`check` cost per site")).toBe("PASS");
  const steep = report({ machine: "m", floor, rows: rows(180), SITES: [10, 50, 200] });
  expect(verdict(steep.text, "`check` cost per site")).toBe("FAIL");
});
