// One mocked test per day-0 vSphere component: the distributed network, the site's inventory
// (folder, pool, site tag) and the stack's tag categories.
import { COMPONENT, TAG_CATEGORY, TYPE } from "../../policies/contract";
import { VsphereDistributedNetwork } from "../../components/vsphere/distributed-network";
import { VsphereInventory, VsphereTagCategories } from "../../components/vsphere/inventory";
import { ROLES } from "../../model/types";
import { distributed, loadLab, type SiteMutation } from "../support/lab-variants";
import { expectNamesDerived, nameOf, render } from "./harness";

test("VsphereDistributedNetwork: a switch, two port groups and a VMkernel adapter per host", async () => {
  const site = loadLab(distributed).sites[0];
  const hostIds = Object.fromEntries(site.hosts.map((h, i) => [h.name, `host-${i}`]));
  const r = await render(() => {
    new VsphereDistributedNetwork("n", {
      site: site.name,
      networks: site.networks,
      hosts: site.hosts,
      hostIds,
      datacenterId: "dc-1",
    });
  });
  const c = r.one(COMPONENT.vsphereDistributedNetwork);
  expect(c.inputs).toEqual({ site: "lab", networks: site.networks, hosts: site.hosts.map((h) => h.name) });
  const kids = r.children(c);
  expectNamesDerived(kids, "n");
  expect(kids.map((k) => k.type).sort()).toEqual(
    [
      TYPE.distributedSwitch,
      TYPE.distributedPortGroup,
      TYPE.distributedPortGroup,
      ...site.hosts.map(() => TYPE.vnic),
    ].sort(),
  );
  const vnics = kids.filter((k) => k.type === TYPE.vnic).sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  expect(vnics.map((v) => [v.inputs.host, (v.inputs.ipv4 as { ip: string }).ip])).toEqual(
    site.hosts.map((h, i) => [`host-${i}`, h.vmotionIp]),
  );
  expect(c.outputs.vnicIds).toEqual(vnics.map((v) => v.id));
  const vmPortGroup = kids.find(
    (k) => k.type === TYPE.distributedPortGroup && k.inputs.name === "genesys-vm",
  )!;
  expect(c.outputs.vmPortGroupId).toBe(vmPortGroup.id);
});

test("VsphereTagCategories: a role and a site category, and a tag per role", async () => {
  const r = await render(() => {
    new VsphereTagCategories("t");
  });
  const c = r.one(COMPONENT.vsphereTagCategories);
  const kids = r.children(c);
  expectNamesDerived(kids, "t");
  const categories = kids.filter((k) => k.type === TYPE.tagCategory);
  expect(categories.map((k) => [k.inputs.name, k.inputs.cardinality, k.inputs.associableTypes])).toEqual([
    [TAG_CATEGORY.role, "SINGLE", ["VirtualMachine"]],
    [TAG_CATEGORY.site, "SINGLE", ["VirtualMachine"]],
  ]);
  const tags = kids.filter((k) => k.type === TYPE.tag);
  expect(tags.map((t) => t.inputs.name).sort()).toEqual([...ROLES].sort());
  expect(Object.keys(c.outputs.roleTagIds as object).sort()).toEqual([...ROLES].sort());
});

/** A VsphereInventory of the lab's site changed by `mutate`, rendered under the mocks. */
async function renderInventory(mutate: SiteMutation) {
  const site = loadLab(mutate).sites[0];
  const r = await render(() => {
    new VsphereInventory("i", {
      site: site.name,
      inventory: site.inventory,
      datacenterId: "dc-1",
      clusterPoolId: "resgroup-1",
      siteCategoryId: "cat-site",
    });
  });
  const c = r.one(COMPONENT.vsphereInventory);
  return { c, kids: r.children(c) };
}

test("VsphereInventory: a created folder, a created pool under the cluster's, the site's tag", async () => {
  const { c, kids } = await renderInventory((s) => (s.resourcePool = { cpuReservationMhz: 2000 }));
  expectNamesDerived(kids, "i");
  const kid = (type: string) => kids.find((k) => k.type === type)!;
  expect(kids.map((k) => nameOf(k)).sort()).toEqual(["i-folder", "i-pool", "i-site-tag"]);
  expect(kid(TYPE.folder).inputs).toEqual({ path: "genesys-lab", type: "vm", datacenterId: "dc-1" });
  expect(kid(TYPE.resourcePool).inputs).toMatchObject({
    parentResourcePoolId: "resgroup-1",
    cpuReservation: 2000,
  });
  expect(c.outputs).toEqual({
    folder: "genesys-lab",
    resourcePoolId: kid(TYPE.resourcePool).id,
    siteTagId: kid(TYPE.tag).id,
  });
});

test("VsphereInventory: an existing folder and the cluster's own pool create nothing but the tag", async () => {
  const { c, kids } = await renderInventory((s) => (s.vmFolder = { path: "Voice", existing: true }));
  expect(kids.map((k) => k.type)).toEqual([TYPE.tag]);
  expect(c.outputs).toMatchObject({ folder: "Voice", resourcePoolId: "resgroup-1" });
});
