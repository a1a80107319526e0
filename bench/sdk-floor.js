#!/usr/bin/env node
// The SDK's own floor for planning a stack: `node bench/sdk-floor.js PLAN.json` registers every
// resource of a saved plan (`genesys-iac plan --format json`) under Pulumi's mocks, with the same
// types, names, parents, providers and inputs, one run per site like `plan`, and nothing else: no
// config, no model, no components' logic, no policy pack.
//
// Each resource is made with the class the program makes it with: the provider SDK's class of its
// type (`@pulumi/vsphere`'s VirtualMachine, `@pulumi/docker`'s Container, their Provider), not a
// bare `pulumi.CustomResource`. A class is most of the cost: a VirtualMachine declares about a
// hundred output properties, and the SDK makes each one an Output and resolves it when the
// registration returns. The program must use these classes (the published SDK's shape is the
// contract with `pulumi up`), so this part is the Pulumi SDK's and the provider SDK's (their Output
// machinery, property serialization and the mock monitor), and no change of ours can make it
// cheaper while the program runs under Pulumi's own mocks, as `check` must. Whatever `plan` or
// `check` does on top of this is ours. A type without a class (our components) is registered as
// the SDK's own ComponentResource or CustomResource.
// It prints one line of JSON: the resources, the runs, how many custom resources were made with a
// provider SDK's class and how many without one, and the CPU time of their registration.
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

/** The provider SDKs the program uses, by package name (the first part of a type token). */
const PROVIDER_SDKS = { vsphere: "@pulumi/vsphere", docker: "@pulumi/docker" };

/** The type token a class of a provider SDK registers. */
function tokenOf(Cls) {
  return Cls.prototype instanceof pulumi.ProviderResource
    ? `pulumi:providers:${Cls.__pulumiType}`
    : Cls.__pulumiType;
}

/** Every exported class of a provider SDK with a static `__pulumiType`, by type token. */
function classesOf(sdk) {
  const m = new Map();
  for (const k of Object.keys(sdk)) {
    const x = sdk[k];
    if (typeof x === "function" && typeof x.__pulumiType === "string") m.set(tokenOf(x), x);
  }
  return m;
}

const classes = new Map();
/**
 * The provider SDK's class of a type token, or undefined. The SDKs load their modules lazily, as
 * the program uses them: the class named by the token's last part (`vsphere:index/tag:Tag` ->
 * `Tag`, `pulumi:providers:vsphere` -> `Provider`) is tried first, so that only the classes the
 * plan uses are loaded, as in the program; when it is not that token's class, every exported class
 * is read.
 */
function classOf(type) {
  if (classes.has(type)) return classes.get(type);
  const provider = /^pulumi:providers:(.+)$/.exec(type);
  const pkg = provider ? provider[1] : type.split(":")[0];
  let Cls;
  if (Object.hasOwn(PROVIDER_SDKS, pkg)) {
    const sdk = require(PROVIDER_SDKS[pkg]);
    const guess = sdk[provider ? "Provider" : type.slice(type.lastIndexOf(":") + 1)];
    Cls = typeof guess === "function" && tokenOf(guess) === type ? guess : classesOf(sdk).get(type);
  }
  classes.set(type, Cls);
  return Cls;
}

const { withSpeedMeasures } = require("../dist/internals/pulumi-sdk");
const { collectorOnGrowth, PLANNER_BUDGET_BYTES } = require("../dist/internals/heap");

// The root stack and default providers are the runtime's own. A provider the program makes (the
// vCenter's, a Docker host's) is registered where the plan has it, and in every other run that
// uses it, as the program makes the vCenter provider in every run.
const resources = doc.deployment.resources.filter(
  (r) =>
    r.type !== "pulumi:pulumi:Stack" && !/^urn:.*::pulumi:providers:[^:]+::default(_[^:]*)?$/.test(r.urn),
);
const providers = new Map(
  resources.filter((r) => r.type.startsWith("pulumi:providers:")).map((r) => [`${r.urn}::${r.id}`, r]),
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

// The plan's own stack and project, so that each resource gets the plan's URN (checked at the end).
const root = doc.deployment.resources.find((r) => r.type === "pulumi:pulumi:Stack");
const [stack, project] = root.urn.replace(/^urn:pulumi:/, "").split("::");
const registered = new Set();

const nameOf = (r) => r.urn.slice(r.urn.lastIndexOf("::") + 2);
let withClass = 0;
let withoutClass = 0;
/** A custom resource as the program makes it: with its class when its provider SDK has one. */
function custom(r, opts) {
  const Cls = classOf(r.type);
  if (!Cls) {
    withoutClass++;
    return new pulumi.CustomResource(r.type, nameOf(r), programValue(r.inputs ?? {}), opts);
  }
  withClass++;
  return new Cls(nameOf(r), programValue(r.inputs ?? {}), opts);
}

/** One run of the SDK under its mocks, as `plan` makes one per site, registering `rs`. */
async function register(rs) {
  await pulumi.runtime.setMocks(
    { newResource: (a) => ({ id: `${a.name}-id`, state: a.inputs }), call: (a) => a.inputs },
    project,
    stack,
    false,
  );
  const made = new Map();
  /** A resource's provider: made in this run when the resource is the first to use it. */
  const provider = (ref) => {
    const p = providers.get(ref);
    if (p && !made.has(p.urn)) made.set(p.urn, custom(p, { parent: made.get(p.parent) }));
    return p && made.get(p.urn);
  };
  for (const r of rs) {
    if (made.has(r.urn)) continue; // a provider, made for a resource before it
    const opts = { parent: made.get(r.parent), provider: provider(r.provider) };
    made.set(r.urn, r.custom ? custom(r, opts) : new pulumi.ComponentResource(r.type, nameOf(r), {}, opts));
  }
  for (const r of made.values()) if (!(r instanceof pulumi.CustomResource)) r.registerOutputs({});
  const urns = await Promise.all(
    [...made.values()].map((r) => new Promise((resolve) => r.urn.apply(resolve))),
  );
  for (const urn of urns) registered.add(urn);
}

// With the SDK settings `plan` runs with (withSpeedMeasures: no promise leak bookkeeping, no call
// sites), one run per site and the same collections between runs: the least the resources cost.
const start = process.cpuUsage();
withSpeedMeasures(async () => {
  const collect = collectorOnGrowth(PLANNER_BUDGET_BYTES);
  for (const rs of runs.values()) {
    if (rs.length > 0) await register(rs);
    collect();
  }
}).then(() => {
  const cpu = process.cpuUsage(start);
  // Anything but the plan's resources (their URNs say type, name and parents) would be another floor.
  const missing = resources.filter((r) => !registered.has(r.urn)).map((r) => r.urn);
  if (missing.length > 0 || registered.size !== resources.length) {
    process.stderr.write(
      `sdk-floor: ${registered.size} resources registered, not the plan's ${resources.length}` +
        (missing.length > 0 ? `; not registered: ${missing.slice(0, 3).join(", ")}` : "") +
        "\n",
    );
    process.exitCode = 1;
    return;
  }
  process.stdout.write(
    JSON.stringify({
      resources: resources.length,
      runs: runs.size,
      withClass,
      withoutClass,
      cpuMs: (cpu.user + cpu.system) / 1000,
    }) + "\n",
  );
});
