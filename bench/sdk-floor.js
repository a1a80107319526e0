#!/usr/bin/env node
// The SDK's own floor for planning a stack: `node bench/sdk-floor.js PLAN.json` registers every
// resource of a saved plan (`genesys-iac plan --format json`) under Pulumi's mocks, with the same
// types, names, parents and inputs, and nothing else: no config, no model, no components' logic,
// no policy pack. Whatever `plan` or `check` does on top of this is ours; this part is the Pulumi
// SDK's (its Output machinery, property serialization and the mock monitor) and no change of
// ours can make it cheaper while the program runs under Pulumi's own mocks, as `check` must.
// It prints one line of JSON: the resources and the CPU time of their registration.
"use strict";
const fs = require("fs");
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

pulumi.runtime.setMocks(
  { newResource: (a) => ({ id: `${a.name}-id`, state: a.inputs }), call: (a) => a.inputs },
  doc.deployment.project ?? "genesys-iac",
  "sdk-floor",
  true,
);
// The root stack and default providers are the runtime's own.
const resources = doc.deployment.resources.filter(
  (r) => r.type !== "pulumi:pulumi:Stack" && !r.type.startsWith("pulumi:providers:"),
);
const inputs = resources.map((r) => (r.custom ? programValue(r.inputs ?? {}) : undefined));
const byUrn = new Map();
const start = process.cpuUsage();
const made = resources.map((r, i) => {
  const parent = byUrn.get(r.parent);
  const name = r.urn.slice(r.urn.lastIndexOf("::") + 2);
  const res = r.custom
    ? new pulumi.CustomResource(r.type, name, inputs[i], { parent })
    : new pulumi.ComponentResource(r.type, name, {}, { parent });
  byUrn.set(r.urn, res);
  return res;
});
for (const r of made) if (!(r instanceof pulumi.CustomResource)) r.registerOutputs({});
Promise.all(made.map((r) => new Promise((resolve) => r.urn.apply(resolve)))).then(() => {
  const cpu = process.cpuUsage(start);
  process.stdout.write(
    JSON.stringify({ resources: made.length, cpuMs: (cpu.user + cpu.system) / 1000 }) + "\n",
  );
});
