// The benchmark's measurement of one command (bench/measure.js): the CPU of its whole process tree,
// as `check` and the policy pack it starts are two processes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measure } = require("../../bench/measure") as {
  measure(
    argv: string[],
    cwd: string,
  ): Promise<{ code: number; cpuMs: number; childCpuMs: number; peakMb: number }>;
};

/**
 * A process that spends `ms` of its own CPU (not of wall time: a loaded machine only makes it
 * longer), then idles a while, so that a sample sees what it spent before it ends.
 */
const burn = (ms: number) =>
  `const t = process.cpuUsage(); ` +
  `while ((process.cpuUsage(t).user + process.cpuUsage(t).system) / 1000 < ${ms}); ` +
  `setTimeout(() => {}, 300);`;

test("the CPU of a command counts its child's, as of `check` and its pack", async () => {
  // A parent and a child, each spending 400 ms of CPU: either one alone is about 450 ms with Node's
  // start, both together at least 800 ms.
  const child = JSON.stringify(burn(400));
  const script =
    `const { spawn } = require("child_process"); ` +
    `const c = spawn(process.execPath, ["-e", ${child}], { stdio: "inherit" }); ` +
    `${burn(400)} c.on("exit", (code) => setTimeout(() => process.exit(code), 300));`;
  const r = await measure(["-e", script], __dirname);
  expect(r.code).toBe(0);
  expect(r.cpuMs).toBeGreaterThanOrEqual(800);
  // The child's part on its own (the pack's, for `check`): its 400 ms, not the parent's.
  expect(r.childCpuMs).toBeGreaterThanOrEqual(400);
  expect(r.childCpuMs).toBeLessThanOrEqual(r.cpuMs - 400);
  expect(r.peakMb).toBeGreaterThan(0);
});
