// The lab on one distributed switch (`networks.kind: distributed`): its plan passes the policy pack
// as the standard lab does, and vMotion sharing VM traffic's uplinks is a violation (guide #2).
import { PolicyRunner } from "../../analyzer/policy-runner";
import type { PlanResource } from "../../analyzer/plan-document";
import { planConfig } from "../../cli/plan";
import { TYPE } from "../../policies/contract";
import { startPack } from "../support/analyzer-pack";
import { distributed, labStackWith } from "../support/lab-variants";

let runner: PolicyRunner;
beforeAll(async () => {
  runner = await startPack();
  await runner.configureStack({ stack: "lab", project: "genesys-iac", dryRun: true });
});
afterAll(async () => runner?.close());

const mandatory = (r: Awaited<ReturnType<PolicyRunner["run"]>>) =>
  r.violations.filter((v) => v.enforcementLevel === "mandatory").map((v) => v.policyName);

/** A changed plan changes a resource's inputs and its outputs (what stack policies read). */
function set(r: PlanResource, prop: string, value: unknown) {
  r.inputs[prop] = value;
  r.outputs[prop] = value;
}

describe("the lab on a distributed switch", () => {
  it("declares one switch, two port groups on uplinks of their own, a VMkernel adapter per host", async () => {
    const plan = await planConfig(labStackWith(distributed));
    const rs = plan.document.deployment.resources;
    expect(rs.filter((r) => r.type === TYPE.vswitch || r.type === TYPE.portGroup)).toEqual([]);
    const [dvs] = rs.filter((r) => r.type === TYPE.distributedSwitch);
    expect(dvs.inputs.uplinks).toEqual(["vm-uplink1", "vm-uplink2", "vmotion-uplink1", "vmotion-uplink2"]);
    expect((dvs.inputs.hosts as { devices: string[] }[]).map((h) => h.devices)).toEqual(
      Array(3).fill(["vmnic0", "vmnic1", "vmnic2", "vmnic3"]),
    );
    const pgs = rs.filter((r) => r.type === TYPE.distributedPortGroup);
    expect(pgs.map((p) => [p.inputs.name, p.inputs.activeUplinks, p.inputs.standbyUplinks])).toEqual([
      ["genesys-vm", ["vm-uplink1", "vm-uplink2"], []],
      ["vmotion", ["vmotion-uplink1", "vmotion-uplink2"], []],
    ]);
    const vnics = rs.filter((r) => r.type === TYPE.vnic);
    expect(vnics.map((v) => [v.inputs.services, v.propertyDependencies?.distributedPortGroup])).toEqual(
      Array(3).fill([["vmotion"], [pgs[1].urn]]),
    );
    // Every VM on the VM port group, tagged with its role and site, in the site's folder.
    const vms = rs.filter((r) => r.type === TYPE.vm);
    for (const vm of vms) {
      expect(vm.propertyDependencies?.networkInterfaces).toContain(pgs[0].urn);
      expect((vm.inputs.tags as string[]).length).toBe(2);
    }
  });

  it("passes the policy pack", async () => {
    const plan = await planConfig(labStackWith(distributed));
    const report = await runner.run(plan.document);
    expect(mandatory(report)).toEqual([]);
    expect(report.blocked).toBe(false);
  });

  it("is blocked once vMotion's port group also uses a VM traffic uplink", async () => {
    const plan = await planConfig(labStackWith(distributed));
    const pg = plan.document.deployment.resources.find(
      (r) => r.type === TYPE.distributedPortGroup && r.inputs.name === "vmotion",
    )!;
    set(pg, "activeUplinks", ["vmotion-uplink1", "vm-uplink1"]);
    const report = await runner.run(plan.document);
    expect(report.blocked).toBe(true);
    expect(mandatory(report)).toEqual(["vmotion-network-isolated"]);
  });
});
