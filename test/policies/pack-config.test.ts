// Policy config through Configure (the JSON of `--policy-pack-config`), and GetAnalyzerInfo.
import type { PolicyRunner } from "../../analyzer/policy-runner";
import { COMPONENT, TYPE } from "../../policies/contract";
import { SITE } from "../support/analyzer-lab";
import { vsphereDoc } from "../support/analyzer-vsphere-plan";
import { setInput } from "../support/analyzer-mutators";
import { startPack } from "../support/analyzer-pack";
import { packExpectations, summary } from "../support/analyzer-expect";

let runner: PolicyRunner;
beforeAll(async () => {
  runner = await startPack();
});
afterAll(async () => {
  await runner?.close();
});
afterEach(async () => {
  await runner.configure({});
});
const { run, only } = packExpectations(() => runner);
const base = vsphereDoc();

const SCOPE = "genesysVmNamePattern";
const ALL_POLICIES: [string, "mandatory" | "advisory", string[]][] = [
  ["vm-sizing-per-genesys-guide", "mandatory", ["minVcpus", "minMemoryMb", "minDiskGb", "maxDisks", SCOPE]],
  ["vm-nics-vmxnet3", "mandatory", []],
  ["vm-tools-upgrade-and-time-sync", "advisory", [SCOPE]],
  ["vm-no-legacy-devices", "advisory", []],
  ["vm-not-pinned-to-host", "mandatory", []],
  ["cluster-ha-enabled", "mandatory", ["minHostFailuresTolerated"]],
  ["cluster-ha-respects-anti-affinity", "mandatory", []],
  ["cluster-drs-automated", "mandatory", ["allowPartiallyAutomated"]],
  [
    "failover-capacity-single-host-loss",
    "mandatory",
    ["vcpuPerThread", "memoryOvercommit", "hostReservedMemoryGb", SCOPE],
  ],
  ["vmotion-network-isolated", "mandatory", []],
  ["ha-pair-anti-affinity", "mandatory", [SCOPE]],
  ["mcp-vms-spread", "advisory", [SCOPE]],
  ["dependent-vms-together", "advisory", [SCOPE]],
  ["addp-timeout-max", "advisory", ["maxTimeoutSeconds", SCOPE]],
  ["vm-guest-identity", "mandatory", [SCOPE]],
  ["host-bios-virtualization", "advisory", []],
  ["vcenter-password-not-plaintext", "mandatory", []],
  ["voice-vms-protected", "advisory", [SCOPE]],
  ["docker-stand-in-hardened", "mandatory", []],
  ["pair-rollout-ordered", "mandatory", []],
  ["vm-graceful-shutdown", "advisory", ["minShutdownWaitMinutes"]],
];

test("GetAnalyzerInfo lists every policy with its level and config schema", async () => {
  const info = await runner.getAnalyzerInfo();
  expect(info.name).toBe("genesys-vmware");
  expect(info.policies.map((p) => p.name).sort()).toEqual(ALL_POLICIES.map(([n]) => n).sort());
  for (const [name, level, keys] of ALL_POLICIES) {
    const p = info.policies.find((x) => x.name === name)!;
    expect(p.enforcementLevel).toBe(level);
    expect(p.description.length).toBeGreaterThan(40);
    expect(Object.keys(p.configSchema?.properties ?? {}).sort()).toEqual([...keys].sort());
  }
  const sizing = info.policies.find((p) => p.name === "vm-sizing-per-genesys-guide")!;
  expect(sizing.configSchema!.properties.minMemoryMb).toMatchObject({ type: "number", default: 4096 });
  expect(info.policies.find((p) => p.name === "failover-capacity-single-host-loss")!.kind).toBe("stack");
});

test("a site's own sizing minimum: 8 GB makes every VM undersized", async () => {
  await runner.configure({ "vm-sizing-per-genesys-guide": { minMemoryMb: 8192 } });
  const vs = await only(base, "vm-sizing-per-genesys-guide", "mandatory");
  expect(vs).toHaveLength(11);
  expect(vs[0].message).toContain("4096 MB of memory (at least 8192)");
});

test("a disabled policy reports nothing", async () => {
  await runner.configure({ "vm-sizing-per-genesys-guide": "disabled" });
  expect(summary(await run(setInput(base, TYPE.vm, `${SITE}-urs-primary`, "numCpus", 1)))).toEqual([]);
});

test("an advisory policy made mandatory", async () => {
  await runner.configure({ "addp-timeout-max": { enforcementLevel: "mandatory" } });
  const doc = setInput(
    base,
    TYPE.vm,
    `${SITE}-urs-primary`,
    ["extraConfig", "guestinfo.genesys.addp.timeout"],
    "9",
  );
  await only(doc, "addp-timeout-max", "mandatory");
});

test("a higher ADDP limit accepts a longer timeout", async () => {
  await runner.configure({ "addp-timeout-max": { maxTimeoutSeconds: 10 } });
  const doc = setInput(
    base,
    TYPE.vm,
    `${SITE}-urs-primary`,
    ["extraConfig", "guestinfo.genesys.addp.timeout"],
    "9",
  );
  expect(summary(await run(doc))).toEqual([]);
});

test('"all": advisory turns a mandatory violation into a warning', async () => {
  await runner.configure({ all: "advisory" });
  await only(
    setInput(base, TYPE.cluster, `${SITE}-cluster`, "drsEnabled", false),
    "cluster-drs-automated",
    "advisory",
  );
});

test("DRS partially automated is accepted when the site allows it", async () => {
  const doc = setInput(base, TYPE.cluster, `${SITE}-cluster`, "drsAutomationLevel", "partiallyAutomated");
  await only(doc, "cluster-drs-automated", "mandatory");
  await runner.configure({ "cluster-drs-automated": { allowPartiallyAutomated: true } });
  expect(summary(await run(doc))).toEqual([]);
});

test("failover capacity follows the allowed vCPU per thread", async () => {
  await runner.configure({ "failover-capacity-single-host-loss": { vcpuPerThread: 0.5 } });
  const vs = await only(base, "failover-capacity-single-host-loss", "mandatory");
  expect(vs.length).toBeGreaterThan(0);
  // With a 2:1 overcommit even a 16-thread third host absorbs either loss.
  await runner.configure({ "failover-capacity-single-host-loss": { vcpuPerThread: 2 } });
  expect(
    summary(await run(setInput(base, COMPONENT.vsphereHost, `${SITE}-esx-03`, "host.threads", 16))),
  ).toEqual([]);
});

test("an unknown policy name in the config is refused", async () => {
  await expect(runner.configure({ "no-such-policy": "mandatory" })).rejects.toThrow(
    /no policy named no-such-policy/,
  );
});
