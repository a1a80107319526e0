// vMotion isolation on every form a program may take, in process: the lab's real plan declared at
// the top level (switches grouped by their host, not their parent), a VMkernel adapter on the
// vMotion TCP/IP stack (`netstack`), and distributed switches with their port groups' uplinks.
import { TYPE } from "../../policies/contract";
import { vmotionIsolated } from "../../policies/network";
import { copy, declare, named, ofType, topLevel } from "../support/export-shapes";
import { deployedState, labPlan, runPolicy } from "../support/policy-harness";
import type { PlanDocument, PlanResource } from "../../analyzer/plan-document";

const messages = async (doc: PlanDocument) => (await runPolicy(vmotionIsolated, doc)).map((f) => f.message);

describe("standard vSwitches", () => {
  test("declared at the top level, each host's switches are judged with that host's alone", async () => {
    expect(await messages(deployedState(topLevel(await labPlan())))).toEqual([]);
  });

  test("top level, one host's vMotion vSwitch sharing a NIC: that host only", async () => {
    const plan = topLevel(await labPlan());
    const sw = ofType(plan, TYPE.vswitch).filter((s) => s.inputs.name === "vSwitch1")[1];
    const doc = declare(plan, sw, "networkAdapters", ["vmnic1", "vmnic2"]);
    expect(await messages(deployedState(doc))).toEqual([
      "vSwitch vSwitch1 carries vMotion but it shares NIC(s) vmnic1 (with vSwitch0).",
    ]);
  });

  test("a vMotion adapter on the vMotion TCP/IP stack (netstack) on the VM port group is found", async () => {
    const plan = await labPlan();
    const [vmk] = ofType(plan, TYPE.vnic);
    let doc = declare(plan, vmk, "services", undefined);
    doc = declare(doc, vmk, "netstack", "vmotion");
    // On its own port group the netstack form passes, as the services form does.
    expect(await messages(deployedState(doc))).toEqual([]);
    doc = declare(doc, vmk, "portgroup", "genesys-vm");
    expect(await messages(deployedState(doc))).toEqual([
      "vSwitch vSwitch0 carries vMotion but it also carries VM port group(s) genesys-vm.",
    ]);
  });
});

/** A program with one distributed switch: a VM port group, a vMotion port group and its adapter. */
function distributed(
  vmTeaming: Record<string, unknown>,
  vmotionTeaming: Record<string, unknown>,
): PlanDocument {
  const stackUrn = "urn:pulumi:prod::dvs-site::pulumi:pulumi:Stack::dvs-site-prod";
  const urn = (type: string, name: string) => `urn:pulumi:prod::dvs-site::${type}::${name}`;
  const res = (
    type: string,
    name: string,
    id: string,
    inputs: Record<string, unknown>,
    deps: Record<string, string[]> = {},
  ): PlanResource => ({
    urn: urn(type, name),
    type,
    custom: true,
    id,
    parent: stackUrn,
    inputs,
    outputs: { ...inputs, ...(type === TYPE.distributedPortGroup ? { key: id } : {}) },
    dependencies: Object.values(deps).flat(),
    propertyDependencies: deps,
  });
  const dvs = res(TYPE.distributedSwitch, "vds", "50 2a 9b", {
    name: "vds-01",
    datacenterId: "datacenter-3",
    uplinks: ["uplink1", "uplink2", "uplink3", "uplink4"],
    hosts: [{ hostSystemId: "host-10", devices: ["vmnic0", "vmnic1", "vmnic2", "vmnic3"] }],
  });
  const sw = { distributedVirtualSwitchUuid: [dvs.urn] };
  const vmPg = res(
    TYPE.distributedPortGroup,
    "vm-pg",
    "dvportgroup-21",
    { name: "vm-traffic", distributedVirtualSwitchUuid: dvs.id, vlanId: 10, ...vmTeaming },
    sw,
  );
  const vmoPg = res(
    TYPE.distributedPortGroup,
    "vmotion-pg",
    "dvportgroup-22",
    { name: "vmotion", distributedVirtualSwitchUuid: dvs.id, vlanId: 20, ...vmotionTeaming },
    sw,
  );
  const vmk = res(
    TYPE.vnic,
    "vmk1",
    "host-10_vmk1",
    {
      host: "host-10",
      distributedSwitchPort: dvs.id,
      distributedPortGroup: vmoPg.id,
      ipv4: { ip: "10.0.20.11", netmask: "255.255.255.0" },
      netstack: "vmotion",
    },
    { distributedSwitchPort: [dvs.urn], distributedPortGroup: [vmoPg.urn] },
  );
  const vm = res(
    TYPE.vm,
    "app-01",
    "4223aaaa-0000-1111-2222-333344445555",
    {
      name: "app-01",
      numCpus: 2,
      memory: 4096,
      networkInterfaces: [{ networkId: vmPg.id }],
      disks: [{ label: "disk0", size: 40 }],
    },
    { networkInterfaces: [vmPg.urn] },
  );
  const stack: PlanResource = {
    urn: stackUrn,
    type: "pulumi:pulumi:Stack",
    custom: false,
    inputs: {},
    outputs: {},
    dependencies: [],
  };
  return {
    version: 3,
    deployment: {
      manifest: { time: "2025-01-01T00:00:00Z", magic: "", version: "v3.150.0" },
      resources: [stack, dvs, vmPg, vmoPg, vmk, vm],
    },
  };
}

describe("distributed switches", () => {
  test("vMotion on uplinks of its own passes", async () => {
    const doc = distributed(
      { activeUplinks: ["uplink1", "uplink2"], standbyUplinks: [] },
      { activeUplinks: ["uplink3"], standbyUplinks: ["uplink4"] },
    );
    expect(await messages(deployedState(doc))).toEqual([]);
  });

  test("a VM port group with the vMotion uplink as its standby fails", async () => {
    const doc = distributed(
      { activeUplinks: ["uplink1", "uplink2"], standbyUplinks: ["uplink3"] },
      { activeUplinks: ["uplink3"], standbyUplinks: ["uplink4"] },
    );
    expect(await messages(deployedState(doc))).toEqual([
      "Distributed port group vmotion (switch vds-01) carries vMotion but its active uplinks are shared: uplink3 with VM port group vm-traffic.",
    ]);
  });

  test("default teaming everywhere: every uplink shared", async () => {
    const doc = distributed({}, {});
    expect(await messages(deployedState(doc))).toEqual([
      "Distributed port group vmotion (switch vds-01) carries vMotion but its active uplinks are shared: uplink1, uplink2, uplink3, uplink4 with VM port group vm-traffic.",
    ]);
  });

  test("a VM on the vMotion port group fails", async () => {
    let doc = distributed({ activeUplinks: ["uplink1"] }, { activeUplinks: ["uplink3"] });
    const vm = named(doc, TYPE.vm, "::app-01");
    doc = copy(doc);
    const target = doc.deployment.resources.find((r) => r.urn === vm.urn)!;
    target.inputs.networkInterfaces = [{ networkId: "dvportgroup-22" }];
    target.outputs.networkInterfaces = [{ networkId: "dvportgroup-22" }];
    target.propertyDependencies = {
      networkInterfaces: [named(doc, TYPE.distributedPortGroup, "::vmotion-pg").urn],
    };
    expect(await messages(deployedState(doc))).toEqual([
      "Distributed port group vmotion (switch vds-01) carries vMotion but VMs attach to it (app-01).",
    ]);
  });
});
