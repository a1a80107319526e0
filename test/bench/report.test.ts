// The benchmark's judgement (bench/report.js): targets on medians of paired ratios, a ceiling on
// the largest peak, "not measured" never a pass, and the SDK's own floor shown beside the 50-site time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { report } = require("../../bench/report") as {
  report(a: unknown): { text: string; failed: boolean };
};

interface Run {
  ms: number;
  ratio: number;
  peakMb: number;
  hwmMb: number;
  stdout: string;
}
const run = (ms: number, ratio: number, peakMb: number, resources = 0): Run => ({
  ms,
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
const verdict = (text: string, start: string) =>
  text
    .split("\n")
    .find((l) => l.startsWith(`| ${start}`))!
    .split("|")
    .slice(-2)[0]
    .trim();

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

test("the 50-site time shows what the SDK alone costs on the same resources", () => {
  const rows = [
    dev([1.5]),
    sites("check", 50, 30, 390),
    { label: "SDK floor", sdkFloor: 50, runs: [run(9000, 9, 600)] },
  ];
  const r = report({ machine: "m", floor, rows, SITES: [50] });
  const line = r.text.split("\n").find((l) => l.startsWith("| `check` of 50 sites under 5 s"))!;
  expect(line).toContain("the Pulumi SDK alone registering the same resources under its mocks: 9.00 s");
  expect(line).toContain("past the target by itself");
  expect(verdict(r.text, "`check` of 50 sites under 400 MB")).toBe("PASS");
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
