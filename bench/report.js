// The benchmark's report: the machine, one row per command (medians and spreads), and the targets
// judged on the medians (memory on the largest peak seen: a target is a ceiling). The floors of the
// 50-site figures are printed beside its target as context: they never make it pass or fail.
"use strict";
const os = require("os");

/** The targets of issue 15, one place for each limit. */
const TARGETS = {
  devCheckRatio: 2.0,
  sites50Seconds: 5,
  sites50Mb: 400,
  sites200Mb: 1024,
  /** The per-site cost of the larger step may exceed the smaller step's by this factor at most. */
  flatFactor: 1.5,
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median, min and max of one field of the runs. */
function stats(runs, field) {
  const xs = runs.map((r) => r[field]);
  return { med: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const spread = (s, f) => `${f(s.med)} [${f(s.min)}-${f(s.max)}]`;
const times = (x) => `${x.toFixed(2)}x`;
const mb = (x) => `${x.toFixed(0)} MB`;

function machineLine({ loadBefore, loadAfter, runs, warmup }) {
  const cpus = os.cpus();
  // The load before the first run is other work's; the load after includes the benchmark's own
  // two processes (a check and its pack), so only the first says whether the machine was shared.
  const shared =
    loadBefore > os.availableParallelism() / 2 ? " (the machine was shared with other work)" : "";
  return (
    `Machine: ${os.availableParallelism()} CPUs (nproc) ${cpus[0] ? cpus[0].model.trim() : ""}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}; ` +
    `${new Date().toISOString().slice(0, 10)}; 1-minute load average ${loadBefore.toFixed(1)} before, ` +
    `${loadAfter.toFixed(1)} after, the benchmark's own included${shared}. ${warmup} warm-up run(s), then ${runs} round(s): each command ` +
    `paired with a floor run, the order alternating; medians [min-max].`
  );
}

/** Resources the command's report says it judged (`check`'s first line), else undefined. */
function resourcesOf(row) {
  const m = /: (\d+) resources\b/.exec(row.runs[0].stdout);
  return m ? Number(m[1]) : undefined;
}

/**
 * The floors of the 50-site figures, as a clause for its target line: what the Pulumi SDK with the
 * provider SDK's classes costs on the same resources (when that alone is past the target, no change
 * of ours can meet it while `check` plans under Pulumi's own mocks), and what `check` costs with a
 * pack whose policies judge nothing. The pack floor plans with the SDK too, so the two do not add
 * up; its pack process alone (@pulumi/policy's server answering the same requests) does not overlap
 * the SDK floor, and any `check` must do both: their CPU summed and spread over every core is a
 * lower bound for the wall time of a `check`, whatever we do around them.
 */
function floorsOf50(rows, s) {
  const of = (kind) => {
    const r = rows.find((x) => x.floor === kind && x.sites === 50);
    return r && s[r.label];
  };
  const figures = (x) => `${spread(x.ms, sec)}, CPU ${spread(x.cpu, sec)}`;
  const sdk = of("sdk");
  const pack = of("pack");
  const parts = [
    sdk &&
      `the Pulumi SDK with the provider SDK's classes registering the same resources under its mocks: ${figures(sdk)}` +
        (sdk.ms.med >= TARGETS.sites50Seconds * 1000 ? ", past the target by itself" : ""),
    pack &&
      `\`check\` with a pack whose policies judge nothing: ${figures(pack)}, of which that pack's process (@pulumi/policy's server answering the same requests): CPU ${spread(pack.childCpu, sec)}`,
    // Any `check` does both: CPU at least the sum, spread over the machine's cores at best.
    sdk &&
      pack &&
      `both parts together on ${os.availableParallelism()} cores: at least ${sec((sdk.cpu.med + pack.childCpu.med) / os.availableParallelism())}`,
  ].filter(Boolean);
  return parts.length > 0 ? `; floors (context, not judged): ${parts.join("; ")}` : "";
}

function report({ machine, floor, rows, SITES }) {
  const lines = [machine, ""];
  lines.push(
    "| Command | Wall time | CPU (tree) | Ratio to its paired floor | Peak memory (tree, sampled) | Sum of per-process peaks, max |",
  );
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: |");
  lines.push(
    `| ${floor.label} | ${spread(stats(floor.runs, "ms"), sec)} | ${spread(stats(floor.runs, "cpuMs"), sec)} | 1 | ${spread(stats(floor.runs, "peakMb"), mb)} | ${mb(stats(floor.runs, "hwmMb").max)} |`,
  );
  const s = {};
  for (const r of rows) {
    s[r.label] = {
      ms: stats(r.runs, "ms"),
      cpu: stats(r.runs, "cpuMs"),
      childCpu: stats(r.runs, "childCpuMs"),
      ratio: stats(r.runs, "ratio"),
      peak: stats(r.runs, "peakMb"),
      hwm: stats(r.runs, "hwmMb"),
    };
    const x = s[r.label];
    lines.push(
      `| ${r.label} | ${spread(x.ms, sec)} | ${spread(x.cpu, sec)} | ${spread(x.ratio, times)} | ${spread(x.peak, mb)} | ${mb(x.hwm.max)} |`,
    );
  }
  const checks = rows.filter((r) => r.cmd === "check");
  if (checks.length > 0) {
    lines.push("");
    // The pack floor's own count says that it judged the same stack as the 50-site check.
    const pack = rows.find((r) => r.floor === "pack");
    lines.push(
      `Resources per stack: ${checks.map((r) => `${r.sites} site(s) ${resourcesOf(r) ?? "?"}`).join(", ")}` +
        (pack ? `; the pack floor (${pack.sites} sites) ${resourcesOf(pack) ?? "?"}` : "") +
        ".",
    );
  }
  lines.push("");

  const targets = [];
  const target = (name, value, pass) =>
    targets.push(`| ${name} | ${value} | ${pass === undefined ? "not measured" : pass ? "PASS" : "FAIL"} |`);
  const dev = s["check --stack dev"];
  target(
    `\`check --stack dev\` at most ${TARGETS.devCheckRatio}x the floor (median of paired ratios)`,
    `${spread(dev.ratio, times)}`,
    dev.ratio.med <= TARGETS.devCheckRatio,
  );
  const bySites = (cmd, n) => {
    const r = rows.find((x) => x.cmd === cmd && x.sites === n);
    return r && s[r.label];
  };
  const c50 = bySites("check", 50);
  target(
    `\`check\` of 50 sites under ${TARGETS.sites50Seconds} s (median)`,
    c50 ? `${spread(c50.ms, sec)}, CPU ${spread(c50.cpu, sec)}` + floorsOf50(rows, s) : "-",
    c50 && c50.ms.med < TARGETS.sites50Seconds * 1000,
  );
  target(
    `\`check\` of 50 sites under ${TARGETS.sites50Mb} MB, CLI and pack together (largest peak)`,
    c50 ? `${mb(c50.peak.max)} (per-process peaks summed: ${mb(c50.hwm.max)})` : "-",
    c50 && c50.peak.max < TARGETS.sites50Mb,
  );
  const c200 = bySites("check", 200);
  target(
    `\`check\` of 200 sites under 1 GB (largest peak)`,
    c200 ? `${mb(c200.peak.max)} (per-process peaks summed: ${mb(c200.hwm.max)})` : "-",
    c200 && c200.peak.max < TARGETS.sites200Mb,
  );
  const steps = [...SITES].filter((n) => n >= 10).sort((a, b) => a - b);
  for (const cmd of ["plan", "check"]) {
    if (steps.length < 3 || steps.some((n) => !bySites(cmd, n))) {
      target(`\`${cmd}\` cost per site flat from 10 to 200 sites`, "-", undefined);
      continue;
    }
    const perSite = steps
      .slice(1)
      .map((n, i) => (bySites(cmd, n).ms.med - bySites(cmd, steps[i]).ms.med) / (n - steps[i]));
    const mem = steps
      .slice(1)
      .map((n, i) => (bySites(cmd, n).peak.med - bySites(cmd, steps[i]).peak.med) / (n - steps[i]));
    const worst = Math.max(...perSite) / Math.min(...perSite);
    target(
      `\`${cmd}\` cost per site flat from ${steps[0]} to ${steps[steps.length - 1]} sites (steps within ${TARGETS.flatFactor}x)`,
      steps
        .slice(1)
        .map(
          (n, i) =>
            `${steps[i]}->${n}: ${(perSite[i] / 1000).toFixed(3)} s/site, ${mem[i].toFixed(2)} MB/site`,
        )
        .join("; ") + `: ${times(worst)}`,
      worst <= TARGETS.flatFactor,
    );
  }
  lines.push("| Target | Measured | |", "| --- | --- | --- |", ...targets);
  return { text: lines.join("\n") + "\n", failed: targets.some((t) => t.endsWith("FAIL |")) };
}

module.exports = { machineLine, report };
