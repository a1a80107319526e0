// The day-2 policies through the pack's real interface: pairs ordered by a dependency (judged on the
// dependencies the engine hands AnalyzeStack), and VMs shut down by their guest before a power cycle.
import type { PolicyRunner } from "../../analyzer/policy-runner";
import { TYPE } from "../../policies/contract";
import { dockerDoc } from "../support/analyzer-docker-plan";
import { SITE } from "../support/analyzer-lab";
import { vsphereDoc } from "../support/analyzer-vsphere-plan";
import { find, mutate, setInput } from "../support/analyzer-mutators";
import { startPack } from "../support/analyzer-pack";
import { packExpectations, summary } from "../support/analyzer-expect";

let runner: PolicyRunner;
beforeAll(async () => {
  runner = await startPack();
});
afterAll(async () => {
  await runner?.close();
});
const { run, only } = packExpectations(() => runner);
const VM = (n: string) => `${SITE}-${n}`;

describe("pair-rollout-ordered", () => {
  test("the conformant sites pass: each primary depends on its backup", async () => {
    expect(summary(await run(vsphereDoc()))).toEqual([]);
    expect(summary(await run(dockerDoc()))).toEqual([]);
  });

  test("vSphere: a primary without its dependency is a mandatory violation naming the pair", async () => {
    const doc = mutate(vsphereDoc(), TYPE.vm, VM("sip-server-primary"), (r) => (r.dependencies = []));
    const vs = await only(doc, "pair-rollout-ordered", "mandatory");
    expect(vs).toHaveLength(1);
    expect(vs[0].urn).toContain(VM("sip-server-primary"));
    expect(vs[0].message).toContain(
      `Pair ${SITE}-sip-server: ${VM("sip-server-primary")} and ${VM("sip-server-backup")}`,
    );
    expect(vs[0].message).toContain("both at once");
  });

  test("the order may run either way and through another resource, or through an input", async () => {
    const base = vsphereDoc();
    const backup = find(base, TYPE.vm, VM("urs-backup"));
    const primary = find(base, TYPE.vm, VM("urs-primary"));
    // The backup waits for the primary instead: still one after the other.
    let doc = mutate(base, TYPE.vm, VM("urs-primary"), (r) => (r.dependencies = []));
    doc = mutate(doc, TYPE.vm, VM("urs-backup"), (r) => (r.dependencies = [primary.urn]));
    expect(summary(await run(doc))).toEqual([]);
    // Through the simulator: primary -> simulator -> backup.
    doc = mutate(
      base,
      TYPE.vm,
      VM("urs-primary"),
      (r) => (r.dependencies = [find(base, TYPE.vm, VM("simulator-1")).urn]),
    );
    doc = mutate(doc, TYPE.vm, VM("simulator-1"), (r) => (r.dependencies = [backup.urn]));
    expect(summary(await run(doc))).toEqual([]);
    // A property dependency orders the update as well.
    doc = mutate(base, TYPE.vm, VM("urs-primary"), (r) => {
      r.dependencies = [];
      r.propertyDependencies = { annotation: [backup.urn] };
    });
    expect(summary(await run(doc))).toEqual([]);
  });

  test("Docker stand-in: a primary container without its dependency", async () => {
    const doc = mutate(dockerDoc(), TYPE.container, VM("rm-primary"), (r) => (r.dependencies = []));
    const [v] = await only(doc, "pair-rollout-ordered", "mandatory");
    expect(v.message).toContain(`Pair ${SITE}-rm`);
  });
});

describe("vm-graceful-shutdown", () => {
  test("forcePowerOff true: advisory, the VM is switched off after the wait", async () => {
    const doc = setInput(vsphereDoc(), TYPE.vm, VM("mcp-2"), "forcePowerOff", true);
    const [v] = await only(doc, "vm-graceful-shutdown", "advisory");
    expect(v.message).toContain(
      `VM ${VM("mcp-2")} may be powered off without a guest shutdown: forcePowerOff is true: a guest still shutting down after 5 min is powered off.`,
    );
  });

  test("forcePowerOff unset: the provider's default (true) is named", async () => {
    const doc = setInput(vsphereDoc(), TYPE.vm, VM("mcp-2"), "forcePowerOff", undefined);
    const [v] = await only(doc, "vm-graceful-shutdown", "advisory");
    expect(v.message).toContain("unset (the provider's default: true)");
  });

  test("a guest wait shorter than the configured minimum", async () => {
    const doc = setInput(vsphereDoc(), TYPE.vm, VM("sip-server-backup"), "shutdownWaitTimeout", 1);
    const [v] = await only(doc, "vm-graceful-shutdown", "advisory");
    expect(v.message).toContain("shutdownWaitTimeout 1 min is below 2 min");
  });

  test("Docker: a container removed without being stopped first", async () => {
    const doc = setInput(dockerDoc(), TYPE.container, VM("mcp-1"), "destroyGraceSeconds", undefined);
    const [v] = await only(doc, "vm-graceful-shutdown", "advisory");
    expect(v.message).toContain("destroyGraceSeconds is not set");
  });
});
