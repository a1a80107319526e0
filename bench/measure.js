// One timed run of a command as a child process, with the peak memory of its whole process tree.
//
// `check` starts the policy pack as a child of its own, so one process's max RSS (what
// `/usr/bin/time` or `process.resourceUsage()` report) misses the pack. The tree under the child is
// found by parent pid every 100 ms (the pack lives for seconds) and its members' VmRSS is read every
// 10 ms; the peak of that sum is reported. A sample can miss a short spike between two samples, so
// the sum of each member's own peak (VmHWM, read at every sample) is kept as an upper bound.
// Scanning all of /proc at every sample would itself load a 2-core machine and slow down what is
// measured.
//
// CPU: at the same samples, each member's user and system time (utime + stime in /proc/<pid>/stat);
// the tree's CPU is the sum of each member's last sample. It is a lower bound: what a process spends
// after its last sample (at most 10 ms before it ends) is missed, and so is a member that ends
// before the tree is next looked up (100 ms); `check` and its pack live for the whole run.
"use strict";
const { execFileSync, spawn } = require("child_process");
const fs = require("fs");

/** Clock ticks per second, the unit of /proc/<pid>/stat's times (100 when getconf cannot say). */
const CLK_TCK = (() => {
  try {
    const n = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    return n > 0 ? n : 100;
  } catch {
    return 100;
  }
})();

/**
 * The fields of /proc/<pid>/stat from the third (state) on, or undefined when the process is gone.
 * The command name before them is in parentheses and may hold spaces: the fields after it are fixed.
 */
function statFields(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** Pid -> parent pid (the 4th field) of every process. */
function parents() {
  const m = new Map();
  for (const e of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(e)) continue;
    const f = statFields(e);
    if (f) m.set(Number(e), Number(f[1]));
  }
  return m;
}

/** A process's own CPU so far (utime + stime, the 14th and 15th fields), in ms. */
function cpuMsOf(pid) {
  const f = statFields(pid);
  return f ? ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK : undefined;
}

function memKb(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (k) => Number((new RegExp(`^${k}:\\s+(\\d+)`, "m").exec(s) || [])[1] || 0);
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return undefined;
  }
}

/**
 * Runs `node <argv>` in `cwd`; resolves to its exit code, wall time (ms), the CPU of its tree (ms) and
 * of the tree without the command's own process (ms),
 * peak tree memory (MB), the sum of per-process peaks (MB), the head of its stdout and the tail of
 * its stderr.
 */
function measure(argv, cwd, env = process.env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    // The head of stdout (a report's first line says how many resources it judged).
    let stdout = "";
    child.stdout.on("data", (d) => {
      if (stdout.length < 4096) stdout += d;
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-20000)));
    let peakSum = 0;
    const hwm = new Map();
    const cpu = new Map();
    let tree = [child.pid];
    let ticks = 0;
    const sample = () => {
      if (ticks++ % 10 === 0) {
        const pp = parents();
        const found = [child.pid];
        for (let i = 0; i < found.length; i++)
          for (const [p, parent] of pp) if (parent === found[i]) found.push(p);
        tree = found;
      }
      let sum = 0;
      for (const pid of tree) {
        const m = memKb(pid);
        if (!m) continue;
        sum += m.rss;
        hwm.set(pid, Math.max(hwm.get(pid) || 0, m.hwm));
        const ms = cpuMsOf(pid);
        if (ms !== undefined) cpu.set(pid, ms);
      }
      peakSum = Math.max(peakSum, sum);
    };
    const timer = setInterval(sample, 10);
    child.on("error", reject);
    // "close": stdio drained too, so the head of stdout is complete.
    child.on("close", (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
      resolve({
        code,
        ms,
        cpuMs: total(cpu),
        // The members other than the command itself: for `check`, its policy pack.
        childCpuMs: total(cpu) - (cpu.get(child.pid) || 0),
        peakMb: peakSum / 1024,
        hwmMb: total(hwm) / 1024,
        stdout,
        stderr,
      });
    });
  });
}

module.exports = { measure };
