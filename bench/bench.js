#!/usr/bin/env node
// `npm run bench`: how long `genesys-iac plan` and `check` take and how much memory they use, on the
// dev stack and on generated vSphere stacks of 1, 10 and 50 sites (11 VMs each), against the floor
// of a bare Node process that loads @pulumi/pulumi and @pulumi/policy. Each figure is the median of
// several runs of the installed command as a child process (`node bin/genesys-iac.js ...`, the
// compiled CLI that `npm ci` builds).
//
// Memory: the CLI starts the policy pack as a child of its own, so one process's max RSS (what
// `/usr/bin/time` or `process.resourceUsage()` report) misses the pack. This script samples
// /proc every 10 ms: the process tree under the child (by parent pid, found every 100 ms), summing VmRSS of its members;
// the peak of that sum is reported. A sample can miss a short spike between two samples, so the
// sum of each member's own peak (VmHWM, read at every sample) is kept as an upper bound.
//
// Usage: node bench/bench.js [--runs N] [--sites 1,10,50] [--out FILE]
"use strict";
const { spawn, execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const YAML = require("yaml");

const REPO = path.resolve(__dirname, "..");
const BIN = path.join(REPO, "bin", "genesys-iac.js");

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
}
const RUNS = Number(arg("runs", process.env.BENCH_RUNS || "3"));
const SITES = arg("sites", "1,10,50").split(",").map(Number);
const OUT = arg("out", undefined);

/** Pid -> parent pid of every process, from /proc/<pid>/stat. */
function parents() {
  const m = new Map();
  for (const e of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: the fields after it are fixed.
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      m.set(Number(e), Number(rest[1]));
    } catch {
      // gone meanwhile
    }
  }
  return m;
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

/** Runs one command; resolves to its exit code, wall time and peak tree memory. */
function measure(argv, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let peakSum = 0;
    const hwm = new Map();
    // The tree is found by scanning /proc (every 100 ms: the pack lives for seconds); the memory of
    // its members is read every 10 ms. Scanning all of /proc at every sample would itself load a
    // 2-core machine and slow down what is measured.
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
      }
      peakSum = Math.max(peakSum, sum);
    };
    const timer = setInterval(sample, 10);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const hwmSum = [...hwm.values()].reduce((a, b) => a + b, 0);
      resolve({ code, ms, peakMb: peakSum / 1024, hwmMb: hwmSum / 1024, stderr });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bench(label, argv, cwd, okCodes = [0]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await measure(argv, cwd);
    if (!okCodes.includes(r.code)) throw new Error(`${label}: exit ${r.code}\n${r.stderr}`);
    runs.push(r);
  }
  const row = {
    label,
    ms: median(runs.map((r) => r.ms)),
    peakMb: median(runs.map((r) => r.peakMb)),
    hwmMb: median(runs.map((r) => r.hwmMb)),
  };
  process.stderr.write(`  ${label}: ${(row.ms / 1000).toFixed(2)} s, ${row.peakMb.toFixed(0)} MB\n`);
  return row;
}

/** A scratch project with a vSphere stack of `n` copies of the lab site. */
function generate(dir, n) {
  const lab = YAML.parse(fs.readFileSync(path.join(REPO, "Pulumi.lab.yaml"), "utf8"));
  const site = lab.config["genesys-iac:sites"][0];
  const sites = [];
  for (let i = 1; i <= n; i++) {
    const s = JSON.parse(JSON.stringify(site));
    s.name = `s${String(i).padStart(2, "0")}`;
    s.datacenter = `DC-${i}`;
    s.hosts = s.hosts.map((_, j) => ({
      name: `esx0${j + 1}.${s.name}.example`,
      vmotionIp: `10.${i}.30.${11 + j}`,
    }));
    // Each site its own VM network and computer names: both must be unique in the stack.
    s.networks.vmTraffic.ipv4 = {
      ...s.networks.vmTraffic.ipv4,
      cidr: `10.${i}.10.0/24`,
      gateway: `10.${i}.10.1`,
    };
    delete s.networks.vmTraffic.ipv4.firstAddress;
    s.networks.vmTraffic.ipv4.dnsServers = [`10.${i}.10.5`];
    s.guest = { ...s.guest, computerNamePrefix: s.name.toUpperCase() };
    delete s.placement;
    sites.push(s);
  }
  lab.config["genesys-iac:sites"] = sites;
  fs.writeFileSync(path.join(dir, `Pulumi.sites${n}.yaml`), YAML.stringify(lab));
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-bench-"));
  fs.copyFileSync(path.join(REPO, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
  for (const n of SITES) generate(dir, n);
  process.stderr.write(`bench: ${RUNS} run(s) each, scratch project ${dir}\n`);
  const rows = [];
  const floor = await bench(
    "floor: node loads @pulumi/pulumi and @pulumi/policy",
    ["-e", 'require("@pulumi/pulumi"); require("@pulumi/policy")'],
    REPO,
  );
  rows.push(floor);
  const devPlan = await bench("plan --stack dev", [BIN, "plan", "--stack", "dev"], REPO);
  const devCheck = await bench("check --stack dev", [BIN, "check", "--stack", "dev"], REPO);
  rows.push(devPlan, devCheck);
  const bySites = {};
  for (const n of SITES) {
    const stack = `sites${n}`;
    const p = await bench(
      `plan, ${n} site(s), ${n * 11} VMs`,
      [BIN, "plan", "--stack", stack, "--dir", dir],
      REPO,
    );
    const c = await bench(
      `check, ${n} site(s), ${n * 11} VMs`,
      [BIN, "check", "--stack", stack, "--dir", dir],
      REPO,
    );
    rows.push(p, c);
    bySites[n] = { plan: p, check: c };
  }
  const resources = {};
  for (const n of SITES) {
    const out = path.join(dir, `plan${n}.json`);
    execFileSync(
      process.execPath,
      [BIN, "plan", "--stack", `sites${n}`, "--dir", dir, "--format", "json", "--out", out],
      { cwd: REPO },
    );
    resources[n] = JSON.parse(fs.readFileSync(out, "utf8")).deployment.resources.length;
  }
  fs.rmSync(dir, { recursive: true, force: true });

  const lines = [];
  const cpus = os.cpus();
  lines.push(
    `Machine: ${os.availableParallelism ? os.availableParallelism() : cpus.length} CPUs (nproc) ${cpus[0] ? cpus[0].model.trim() : ""}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}; ` +
      `${new Date().toISOString().slice(0, 10)}; median of ${RUNS} run(s).`,
  );
  lines.push("");
  lines.push("| Command | Median wall time | Peak memory (tree, sampled) | Sum of per-process peaks |");
  lines.push("| --- | ---: | ---: | ---: |");
  for (const r of rows)
    lines.push(
      `| ${r.label} | ${(r.ms / 1000).toFixed(2)} s | ${r.peakMb.toFixed(0)} MB | ${r.hwmMb.toFixed(0)} MB |`,
    );
  lines.push("");
  lines.push(`Resources per stack: ${SITES.map((n) => `${n} site(s) ${resources[n]}`).join(", ")}.`);
  lines.push("");
  const targets = [];
  const target = (name, value, pass) => targets.push(`| ${name} | ${value} | ${pass ? "PASS" : "FAIL"} |`);
  target(
    "dev `check` within 3x the floor",
    `${(devCheck.ms / floor.ms).toFixed(2)}x (${(devCheck.ms / 1000).toFixed(2)} s vs ${(floor.ms / 1000).toFixed(2)} s)`,
    devCheck.ms <= 3 * floor.ms,
  );
  const max = Math.max(...SITES);
  if (bySites[max]) {
    const c = bySites[max].check;
    target(`${max} sites' \`check\` under 15 s`, `${(c.ms / 1000).toFixed(2)} s`, c.ms < 15000);
    target(
      `${max} sites' \`check\` under 600 MB`,
      `${c.peakMb.toFixed(0)} MB (per-process peaks summed: ${c.hwmMb.toFixed(0)} MB)`,
      c.peakMb < 600,
    );
  }
  const sorted = [...SITES].sort((a, b) => a - b);
  if (sorted.length >= 3) {
    const [a, b, c] = sorted.slice(-3);
    for (const cmd of ["plan", "check"]) {
      const low = (bySites[b][cmd].ms - bySites[a][cmd].ms) / (b - a);
      const high = (bySites[c][cmd].ms - bySites[b][cmd].ms) / (c - b);
      target(
        `\`${cmd}\` cost per site flat from ${b} to ${c} sites (at most 1.5x)`,
        `${(low / 1000).toFixed(3)} s/site (${a}->${b}), ${(high / 1000).toFixed(3)} s/site (${b}->${c}): ${(high / low).toFixed(2)}x`,
        high <= 1.5 * low,
      );
    }
  }
  lines.push("| Target | Measured | |", "| --- | --- | --- |", ...targets);
  const text = lines.join("\n") + "\n";
  process.stdout.write(text);
  if (OUT) fs.writeFileSync(OUT, text);
  if (targets.some((t) => t.endsWith("FAIL |"))) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack || e}\n`);
  process.exitCode = 2;
});
