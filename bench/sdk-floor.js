#!/usr/bin/env node
// The SDK's own floor for planning a stack: `node bench/sdk-floor.js PLAN.json` registers every
// resource of a saved plan (`genesys-iac plan --format json`) under Pulumi's mocks, with the same
// types, names, parents and inputs, one run per site like `plan`, and nothing else: no config, no model, no components' logic,
// no policy pack. Whatever `plan` or `check` does on top of this is ours; this part is the Pulumi
// SDK's (its Output machinery, property serialization and the mock monitor) and no change of
// ours can make it cheaper while the program runs under Pulumi's own mocks, as `check` must.
// It prints one line of JSON: the resources, the runs and the CPU time of their registration.
"use strict";
const fs = require("fs");
// The SDK as `plan` loads it: its closure-serialization modules deferred (internals/).
require("../dist/internals/deferred-sdk-modules").deferSdkModules();
const pulumi = require("@pulumi/pulumi");
const rpc = require("@pulumi/pulumi/runtime/rpc");

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node bench/sdk-floor.js PLAN.json\n");
  process.exit(2);
}
const doc = JSON.parse(fs.readFileSync(file, "utf8"));

/** A plan's serialized value as the program held it: secrets as secret Outputs. */
function programValue(v) {
  if (Array.isArray(v)) return v.map(programValue);
  if (v && typeof v === "object") {
    // A redacted secret has no value left in the plan: any string stands in for it.
    if (v[rpc.specialSigKey] === rpc.specialSecretSig)
      return pulumi.secret(v.value === undefined ? "withheld" : programValue(v.value));
    const o = {};
    for (const [k, x] of Object.entries(v)) o[k] = programValue(x);
    return o;
  }
  return v;
}

const { withSpeedMeasures } = require("../dist/internals/pulumi-sdk");
const { collectorOnGrowth } = require("../dist/internals/heap");

// The root stack and default providers are the runtime's own.
const resources = doc.deployment.resources.filter(
  (r) => r.type !== "pulumi:pulumi:Stack" && !r.type.startsWith("pulumi:providers:"),
);
const byUrn = new Map(resources.map((r) => [r.urn, r]));
/** The site a resource belongs to: its top-level ancestor (resources outside a site go first). */
function siteOf(r) {
  while (r.parent && byUrn.has(r.parent)) r = byUrn.get(r.parent);
  return /:Site$/.test(r.type) ? r.urn : "";
}
const runs = new Map([["", []]]);
for (const r of resources) {
  const site = siteOf(r);
  if (!runs.has(site)) runs.set(site, []);
  runs.get(site).push(r);
}

/** One run of the SDK under its mocks, as `plan` makes one per site, registering `rs`. */
async function register(rs) {
  await pulumi.runtime.setMocks(
    { newResource: (a) => ({ id: `${a.name}-id`, state: a.inputs }), call: (a) => a.inputs },
    doc.deployment.project ?? "genesys-iac",
    "sdk-floor",
    false,
  );
  const made = new Map();
  for (const r of rs) {
    const parent = made.get(r.parent);
    const name = r.urn.slice(r.urn.lastIndexOf("::") + 2);
    made.set(
      r.urn,
      r.custom
        ? new pulumi.CustomResource(r.type, name, programValue(r.inputs ?? {}), { parent })
        : new pulumi.ComponentResource(r.type, name, {}, { parent }),
    );
  }
  for (const r of made.values()) if (!(r instanceof pulumi.CustomResource)) r.registerOutputs({});
  await Promise.all([...made.values()].map((r) => new Promise((resolve) => r.urn.apply(resolve))));
}

// With the SDK settings `plan` runs with (withSpeedMeasures: no promise leak bookkeeping, no call
// sites), one run per site and the same collections between runs: the least the resources cost.
const start = process.cpuUsage();
withSpeedMeasures(async () => {
  const collect = collectorOnGrowth();
  for (const rs of runs.values()) {
    if (rs.length > 0) await register(rs);
    collect();
  }
}).then(() => {
  const cpu = process.cpuUsage(start);
  process.stdout.write(
    JSON.stringify({ resources: resources.length, runs: runs.size, cpuMs: (cpu.user + cpu.system) / 1000 }) +
      "\n",
  );
});
