// The id `pulumi import` needs for each vSphere resource type the program declares: what the
// provider's importer (terraform-provider-vsphere, named per type below and in docs/import.md) reads.
// Inventory paths and names come from the model; managed object ids only vCenter knows (a host's
// `host-10`, a VMkernel adapter's `vmk1`) are placeholders the user fills (README: Adopting a site).
import type { PlanResource } from "../analyzer/plan-document";
import type { Site } from "../model/types";
import { TYPE } from "../policies/contract";

/** What an id is made of, for one resource of the plan. */
export interface IdContext {
  resource: PlanResource;
  site?: Site;
  /** The resource a property points at (through the plan's property dependencies). */
  linked(prop: string): PlanResource | undefined;
  /** The ESXi host name a host id input names (the program looks hosts up by name). */
  hostName(hostIdInput: unknown): string | undefined;
}

/** A value only vCenter knows: marked so that it cannot be mistaken for a real id. */
export function placeholder(what: string): string {
  return `<<${what}>>`;
}
export const PLACEHOLDER_PATTERN = /<<([^<>]+)>>/g;

export function hostIdPlaceholder(host: string): string {
  return placeholder(`host-id ${host}`);
}
export function vmkPlaceholder(host: string): string {
  return placeholder(`vmotion-vmk ${host}`);
}

const str = (v: unknown) => (typeof v === "string" ? v : String(v ?? ""));
const need = (site: Site | undefined, r: PlanResource): Site => {
  if (!site) throw new Error(`import: ${r.urn} is not inside a site`);
  return site;
};
const clusterPath = (s: Site) => `/${s.datacenter}/host/${s.cluster.name}`;
const vmPath = (s: Site, name: string) => `/${s.datacenter}/vm/${s.inventory.vmFolder.path}/${name}`;
/** The cluster rules and groups importers take the cluster's path and the rule's name as JSON. */
const clusterRule = (c: IdContext) =>
  JSON.stringify({
    compute_cluster_path: clusterPath(need(c.site, c.resource)),
    name: str(c.resource.inputs.name),
  });
const hostOf = (c: IdContext, prop: string) => {
  const host = c.hostName(c.resource.inputs[prop]);
  return host === undefined
    ? placeholder(`host-id of ${str(c.resource.inputs[prop])}`)
    : hostIdPlaceholder(host);
};
const vnicId = (c: IdContext) => {
  const host = c.hostName(c.resource.inputs.host) ?? "?";
  return `${hostOf(c, "host")}_${vmkPlaceholder(host)}`;
};

export interface ImportIdRule {
  /** The provider's import function this id is written for. */
  importer: string;
  id(c: IdContext): string;
}

/** Per provider type token: how its import id is made. */
export const IMPORT_IDS: Record<string, ImportIdRule> = {
  [TYPE.cluster]: {
    importer: "resourceVSphereComputeClusterImport",
    id: (c) => clusterPath(need(c.site, c.resource)),
  },
  [TYPE.vswitch]: {
    importer: "resourceVSphereHostVirtualSwitchImport",
    id: (c) => `tf-HostVirtualSwitch:${hostOf(c, "hostSystemId")}:${str(c.resource.inputs.name)}`,
  },
  [TYPE.portGroup]: {
    importer: "resourceVSphereHostPortGroupImport",
    id: (c) => `tf-HostPortGroup:${hostOf(c, "hostSystemId")}:${str(c.resource.inputs.name)}`,
  },
  [TYPE.vnic]: { importer: "resourceVSphereNicImport", id: vnicId },
  [TYPE.vm]: {
    importer: "resourceVSphereVirtualMachineImport",
    id: (c) => vmPath(need(c.site, c.resource), str(c.resource.inputs.name)),
  },
  [TYPE.antiAffinityRule]: {
    importer: "resourceVSphereComputeClusterVMAntiAffinityRuleImport",
    id: clusterRule,
  },
  [TYPE.affinityRule]: { importer: "resourceVSphereComputeClusterVMAffinityRuleImport", id: clusterRule },
  [TYPE.vmGroup]: { importer: "resourceVSphereComputeClusterVMGroupImport", id: clusterRule },
  [TYPE.hostGroup]: { importer: "resourceVSphereComputeClusterHostGroupImport", id: clusterRule },
  [TYPE.vmHostRule]: { importer: "resourceVSphereComputeClusterVMHostRuleImport", id: clusterRule },
  [TYPE.haVmOverride]: {
    importer: "resourceVSphereHAVMOverrideImport",
    id: (c) => {
      const site = need(c.site, c.resource);
      const vm = c.linked("virtualMachineId");
      if (!vm) throw new Error(`import: ${c.resource.urn} names no VM of the plan`);
      return JSON.stringify({
        compute_cluster_path: clusterPath(site),
        virtual_machine_path: vmPath(site, str(vm.inputs.name)),
      });
    },
  },
  [TYPE.folder]: {
    importer: "resourceVSphereFolderImport",
    id: (c) => `/${need(c.site, c.resource).datacenter}/vm/${str(c.resource.inputs.path)}`,
  },
  [TYPE.resourcePool]: {
    importer: "resourceVSphereResourcePoolImport",
    id: (c) => `${clusterPath(need(c.site, c.resource))}/Resources/${str(c.resource.inputs.name)}`,
  },
  [TYPE.tagCategory]: {
    importer: "resourceVSphereTagCategoryImport",
    id: (c) => str(c.resource.inputs.name),
  },
  [TYPE.tag]: {
    importer: "resourceVSphereTagImport",
    id: (c) => {
      const category = c.linked("categoryId");
      if (!category) throw new Error(`import: ${c.resource.urn} names no tag category of the plan`);
      return JSON.stringify({
        category_name: str(category.inputs.name),
        tag_name: str(c.resource.inputs.name),
      });
    },
  },
  [TYPE.distributedSwitch]: {
    importer: "resourceVSphereDistributedVirtualSwitchImport",
    id: (c) => `/${need(c.site, c.resource).datacenter}/network/${str(c.resource.inputs.name)}`,
  },
  [TYPE.distributedPortGroup]: {
    importer: "resourceVSphereDistributedPortGroupImport",
    id: (c) => `/${need(c.site, c.resource).datacenter}/network/${str(c.resource.inputs.name)}`,
  },
};
