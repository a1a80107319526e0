// One mocked test per vSphere component: its inputs (policies/contract.ts), its children with names
// derived from its own and parented to it, and the outputs it registers.
import * as pulumi from "@pulumi/pulumi";
import { COMPONENT, TYPE } from "../../policies/contract";
import { customizeSpec } from "../../model/vsphere-spec";
import { VsphereCluster } from "../../components/vsphere/cluster";
import { VsphereHost } from "../../components/vsphere/host";
import { VspherePlacementRules } from "../../components/vsphere/rules";
import { VsphereSite } from "../../components/vsphere/site";
import { VsphereGenesysVm } from "../../components/vsphere/vm";
import { expectNamesDerived, model, nameOf, render } from "./harness";

const d = model("lab");
const site = d.sites[0];
const types = (rs: { type: string }[]) => rs.map((r) => r.type).sort();

test("VsphereHost: two vSwitches, two port groups and the vMotion VMkernel adapter", async () => {
  const host = site.hosts[0];
  const r = await render(() => {
    new VsphereHost("h", { site: site.name, host, networks: site.networks, datacenterId: "dc-1" });
  });
  const c = r.one(COMPONENT.vsphereHost);
  expect(nameOf(c)).toBe("h");
  expect(c.inputs).toEqual({ site: site.name, host, networks: site.networks });
  const kids = r.children(c);
  expect(types(kids)).toEqual([TYPE.portGroup, TYPE.portGroup, TYPE.vswitch, TYPE.vswitch, TYPE.vnic].sort());
  expect(kids.map(nameOf).sort()).toEqual([
    "h-vm-portgroup",
    "h-vm-vswitch",
    "h-vmotion-portgroup",
    "h-vmotion-vmk",
    "h-vmotion-vswitch",
  ]);
  expectNamesDerived(kids, "h");
  expect(Object.keys(c.outputs).sort()).toEqual(
    ["host", "hostSystemId", "networks", "site", "vmPortGroup", "vmotionVnic"].sort(),
  );
  expect(c.outputs.host).toEqual(host);
  expect(c.outputs.vmPortGroup).toBe(site.networks.vmTraffic.portGroup);
});

test("VsphereCluster: one ComputeCluster named as the component, its id and resource pool out", async () => {
  const r = await render(() => {
    new VsphereCluster("c", { settings: site.cluster, datacenterId: "dc-1", hostSystemIds: ["host-1"] });
  });
  const c = r.one(COMPONENT.vsphereCluster);
  expect(c.inputs).toEqual({ settings: site.cluster });
  const kids = r.children(c);
  expect(kids.map((k) => [k.type, nameOf(k)])).toEqual([[TYPE.cluster, "c"]]);
  expect(kids[0].inputs).toMatchObject({ name: site.cluster.name, haEnabled: true, drsEnabled: true });
  expect(c.outputs).toEqual({ clusterId: kids[0].id, resourcePoolId: kids[0].outputs.resourcePoolId });
  expect(c.outputs.resourcePoolId).toEqual(expect.any(String));
});

test("VsphereGenesysVm: one VirtualMachine named as the component; only the model as inputs", async () => {
  const vm = site.vms[0];
  const r = await render(() => {
    new VsphereGenesysVm("v", {
      vm,
      resourcePoolId: "rp-1",
      datastoreId: "ds-1",
      networkId: "net-1",
      folder: "genesys-lab",
      tagIds: ["tag-role", "tag-site"],
      template: { uuid: "t-uuid", scsiType: "lsilogic-sas", thinProvisioned: false, eagerlyScrub: false },
      vsphere: d.vsphere,
      genesys: d.genesys,
      customize: customizeSpec(vm, site),
      passwords: { admin: pulumi.secret("pw-admin"), domainJoin: pulumi.secret("pw-join") },
    });
  });
  const c = r.one(COMPONENT.vsphereVm);
  expect(c.inputs).toEqual({ vm });
  expect(JSON.stringify(r.resources)).not.toContain("pw-admin");
  const kids = r.children(c);
  expect(kids.map((k) => [k.type, nameOf(k)])).toEqual([[TYPE.vm, "v"]]);
  expect(kids[0].inputs).toMatchObject({
    name: vm.name,
    resourcePoolId: "rp-1",
    scsiType: "lsilogic-sas",
    folder: "genesys-lab",
    tags: ["tag-role", "tag-site"],
  });
  expect(c.outputs).toEqual({ vm, id: kids[0].id, name: vm.name, moid: kids[0].outputs.moid });
});

test("VspherePlacementRules: a rule, group or HA override per model entry, named from the component", async () => {
  const vmIds = Object.fromEntries(site.vms.map((v, i) => [v.name, `vm-${i}`]));
  const hostIds = Object.fromEntries(site.hosts.map((h, i) => [h.name, `host-${i}`]));
  const r = await render(() => {
    new VspherePlacementRules("p", { site, vms: site.vms, clusterId: "c-1", vmIds, hostIds });
  });
  const c = r.one(COMPONENT.vsphereRules);
  const { name, rules, vmGroups, hostGroups, vmHostRules } = site;
  expect(c.inputs).toEqual({ site: { name, rules, vmGroups, hostGroups, vmHostRules } });
  const kids = r.children(c);
  expectNamesDerived(kids, "p");
  const expected = [
    ...rules.map((x) => `p-${x.name}`),
    ...vmGroups.map((g) => `p-${g.name}`),
    ...hostGroups.map((g) => `p-${g.name}`),
    ...vmHostRules.map((x) => `p-${x.name}`),
    ...site.vms.map((v) => `p-${v.name}-ha`),
  ];
  expect(kids.map(nameOf).sort()).toEqual(expected.sort());
  expect(kids.filter((k) => k.type === TYPE.haVmOverride)).toHaveLength(site.vms.length);
  expect(c.outputs).toEqual({
    ruleNames: [...rules.map((x) => x.name), ...vmHostRules.map((x) => x.name)],
    groupNames: [...vmGroups.map((g) => g.name), ...hostGroups.map((g) => g.name)],
  });
});

test("VsphereSite: a cluster, a host per host, a VM per VM and the rules, all its children", async () => {
  const r = await render(() => {
    const roleTagIds = {
      sipServer: "t1",
      statServer: "t2",
      urs: "t3",
      resourceManager: "t4",
      mcp: "t5",
      simulator: "t6",
    };
    const tags = { siteCategoryId: "cat-site", roleTagIds };
    new VsphereSite(site.name, { site, vsphere: d.vsphere, genesys: d.genesys, tags });
  });
  const c = r.one(COMPONENT.vsphereSite);
  expect(c.inputs).toEqual({ name: site.name });
  const kids = r.children(c);
  expectNamesDerived(kids, site.name);
  const count = (t: string) => kids.filter((k) => k.type === t).length;
  expect(count(COMPONENT.vsphereCluster)).toBe(1);
  expect(count(COMPONENT.vsphereHost)).toBe(site.hosts.length);
  expect(count(COMPONENT.vsphereVm)).toBe(site.vms.length);
  expect(count(COMPONENT.vsphereRules)).toBe(1);
  expect(count(COMPONENT.vsphereInventory)).toBe(1);
  expect(kids).toHaveLength(3 + site.hosts.length + site.vms.length);
  const machines = r.resources.filter((x) => x.type === TYPE.vm);
  expect(Object.keys(c.outputs).sort()).toEqual(["clusterId", "ruleNames", "vmIds"]);
  expect(c.outputs.vmIds).toEqual(
    Object.fromEntries(site.vms.map((v) => [v.name, machines.find((m) => m.inputs.name === v.name)!.id])),
  );
  expect(c.outputs.clusterId).toBe(r.one(TYPE.cluster).id);
});
