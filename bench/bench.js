#!/usr/bin/env node
// `npm run bench`: how long `genesys-iac plan` and `check` take and how much memory they use, on the
// dev stack and on generated vSphere stacks of 10, 50 and 200 copies of the lab site, against the
// floor: a bare Node process that loads @pulumi/pulumi and @pulumi/policy, the least any command
// that plans with the Pulumi SDK and runs a CrossGuard pack can cost. Beside the 50-site figures, two
// floors of their own (below) show which part of them is the Pulumi parts' and which is ours.
//
// On a shared, noisy machine an absolute time says little; a ratio measured side by side says more.
// So: warm-up runs first (the disk cache, and the first run of anything is slower), then rounds in
// which each command is paired with a floor run, the two taken one after the other (the order
// alternating from round to round, so that neither always runs first), and each command's ratio to
// its own floor. The report gives medians, the spread (min-max) of every figure, the load average of
// the machine before and after, and PASS/FAIL per target judged on those medians. It exits 1 when a
// target fails.
//
// Usage: node bench/bench.js [--runs N] [--warmup N] [--sites 10,50,200|none] [--out FILE]
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { measure } = require("./measure");
const { scratchProject } = require("./stacks");
const { machineLine, report } = require("./report");

const REPO = path.resolve(__dirname, "..");
const BIN = path.join(REPO, "bin", "genesys-iac.js");

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
}
const RUNS = Number(arg("runs", process.env.BENCH_RUNS || "3"));
const WARMUP = Number(arg("warmup", "1"));
const SITES_ARG = arg("sites", "10,50,200");
const SITES = SITES_ARG === "none" ? [] : SITES_ARG.split(",").map(Number);
const OUT = arg("out", undefined);

const FLOOR = {
  label: "floor: node loads @pulumi/pulumi and @pulumi/policy",
  argv: ["-e", 'require("@pulumi/pulumi"); require("@pulumi/policy")'],
};

function log(text) {
  process.stderr.write(text);
}

async function once(c) {
  const r = await measure(c.argv, REPO, c.env);
  if (r.code !== 0) throw new Error(`${c.label}: exit ${r.code}\n${r.stderr}`);
  return r;
}

async function main() {
  if (Number(process.versions.node.split(".")[0]) < 22) throw new Error("Node 22 or later is required");
  if (!fs.existsSync(path.join(REPO, "dist", "cli", "main.js")))
    throw new Error("the CLI is not built: run `npm ci` (or `npm run build`) first");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-bench-"));
  const stacks = scratchProject(REPO, dir, SITES);
  const commands = [
    // Not a target: how much of the CLI's gain is Node's compile cache alone (the CLI enables it in
    // Node's default directory, bin/genesys-iac.js), shown against the plain floor like the rest.
    {
      label: "floor with Node's compile cache (as the CLI loads it)",
      argv: FLOOR.argv,
      env: { ...process.env, NODE_COMPILE_CACHE: path.join(os.tmpdir(), "node-compile-cache") },
    },
    { label: "plan --stack dev", argv: [BIN, "plan", "--stack", "dev"] },
    { label: "check --stack dev", argv: [BIN, "check", "--stack", "dev"] },
  ];
  for (const n of SITES)
    for (const cmd of ["plan", "check"])
      commands.push({
        label: `${cmd}, ${n} site(s), ${n * 11} VMs`,
        cmd,
        sites: n,
        argv: [BIN, cmd, "--stack", stacks[n], "--dir", dir],
      });

  // The floors of the 50-site figures, what the parts the design requires cost: the Pulumi SDK with
  // the provider SDK's classes registering the same resources under its mocks, none of our code
  // (bench/sdk-floor.js; the plan it replays is made here, untimed), and `check` of the same stack
  // with a pack whose policies judge nothing (bench/noop-pack): planning, the Analyzer gRPC exchange
  // and @pulumi/policy's server, without our policies. Context for the target, never a target.
  if (SITES.includes(50)) {
    const planFile = path.join(dir, "sites50-plan.json");
    await once({
      label: "plan of 50 sites (for the SDK floor)",
      argv: [BIN, "plan", "--stack", stacks[50], "--dir", dir, "--format", "json", "--out", planFile],
    });
    commands.push(
      {
        label:
          "SDK floor: the 50-site plan's resources registered with the provider SDK's classes under Pulumi's mocks, nothing else",
        floor: "sdk",
        sites: 50,
        argv: [path.join(__dirname, "sdk-floor.js"), planFile],
      },
      {
        label: "pack floor: check, 50 site(s), with a pack whose policies judge nothing (bench/noop-pack)",
        floor: "pack",
        sites: 50,
        argv: [
          BIN,
          "check",
          "--stack",
          stacks[50],
          "--dir",
          dir,
          "--policy-pack",
          path.join(__dirname, "noop-pack"),
        ],
      },
    );
  }

  const loadBefore = os.loadavg()[0];
  log(`bench: ${WARMUP} warm-up, then ${RUNS} round(s) of each command paired with a floor run\n`);
  // Warm-up: the floor and the dev commands. The generated stacks (and the floors of the 50-site
  // figures) run the same code on more sites, so they need no warm-up of their own (a 200-site run
  // would cost a minute of the shared machine).
  for (let i = 0; i < WARMUP; i++)
    for (const c of [FLOOR, ...commands.filter((c) => !c.sites)]) {
      await once(c);
      log(`  warm-up: ${c.label}\n`);
    }

  const floorRuns = [];
  const rows = [];
  for (const c of commands) {
    const runs = [];
    for (let round = 0; round < RUNS; round++) {
      const first = round % 2 === 0 ? FLOOR : c;
      const a = await once(first);
      const b = await once(first === FLOOR ? c : FLOOR);
      const [floor, run] = first === FLOOR ? [a, b] : [b, a];
      floorRuns.push(floor);
      runs.push({ ...run, ratio: run.ms / floor.ms });
      log(
        `  ${c.label}: ${(run.ms / 1000).toFixed(2)} s, CPU ${(run.cpuMs / 1000).toFixed(2)} s, ${run.peakMb.toFixed(0)} MB; ` +
          `floor ${(floor.ms / 1000).toFixed(2)} s: ${(run.ms / floor.ms).toFixed(2)}x\n`,
      );
    }
    rows.push({ ...c, runs });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const loadAfter = os.loadavg()[0];

  const machine = machineLine({ loadBefore, loadAfter, runs: RUNS, warmup: WARMUP });
  const { text, failed } = report({ machine, floor: { label: FLOOR.label, runs: floorRuns }, rows, SITES });
  process.stdout.write(text);
  if (OUT) fs.writeFileSync(OUT, text);
  if (failed) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack || e}\n`);
  process.exitCode = 2;
});
