// Deterministic answers for what only vCenter or a Docker engine knows: ids, computed outputs and
// data sources. Derived from names by hashing, so the same stack plans to the same document on
// every machine and a diff between two plans shows only what the change did.
import { createHash } from "crypto";
import type * as pulumi from "@pulumi/pulumi";

function hash(text: string, length: number): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

function uuidFrom(text: string): string {
  const h = hash(text, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function moid(prefix: string, text: string): string {
  return `${prefix}-${parseInt(hash(text, 6), 16) % 100000}`;
}

/** Computed outputs that the provider would fill in, by resource type. */
const COMPUTED: Record<string, (name: string, id: string) => Record<string, unknown>> = {
  "vsphere:index/computeCluster:ComputeCluster": (name) => ({ resourcePoolId: moid("resgroup", name) }),
  "vsphere:index/virtualMachine:VirtualMachine": (name, id) => ({
    uuid: id,
    moid: moid("vm", name),
    powerState: "on",
  }),
  // The port group's key is what a VMkernel adapter names (`distributedPortGroup`).
  "vsphere:index/distributedPortGroup:DistributedPortGroup": (name) => ({ key: moid("dvportgroup", name) }),
  "docker:index/container:Container": (name) => ({
    containerLogs: "",
    exitCode: 0,
    hostname: hash(name, 12),
  }),
};

/** Ids in the form the real providers use: vSphere VMs by UUID, Docker objects by 64 hex digits. */
function idFor(type: string, name: string): string {
  if (type === "vsphere:index/virtualMachine:VirtualMachine") return uuidFrom(`vm:${name}`);
  if (type.startsWith("docker:")) return hash(`${type}:${name}`, 64);
  if (type === "vsphere:index/computeCluster:ComputeCluster") return moid("domain-c", name);
  return `${type.split(":").pop()}-${hash(`${type}:${name}`, 8)}`;
}

/** Data-source answers by function token; the lookups are keyed by the name asked for. */
const INVOKES: Record<string, (args: Record<string, unknown>) => Record<string, unknown>> = {
  "vsphere:index/getDatacenter:getDatacenter": (a) => ({
    id: moid("datacenter", String(a.name)),
    name: a.name,
  }),
  "vsphere:index/getHost:getHost": (a) => ({
    id: moid("host", String(a.name)),
    name: a.name,
    datacenterId: a.datacenterId,
    resourcePoolId: moid("resgroup", String(a.name)),
  }),
  "vsphere:index/getDatastore:getDatastore": (a) => ({
    id: moid("datastore", String(a.name)),
    name: a.name,
    datacenterId: a.datacenterId,
  }),
  "vsphere:index/getNetwork:getNetwork": (a) => ({
    id: moid("network", String(a.name)),
    name: a.name,
    type: "Network",
  }),

  // The template of the guide's VMs: Windows 2008 R2 on LSI Logic SAS, one thick 40 GB disk.
  "vsphere:index/getVirtualMachine:getVirtualMachine": (a) => ({
    id: uuidFrom(`template:${a.name}`),
    uuid: uuidFrom(`template:${a.name}`),
    name: a.name,
    guestId: "windows7Server64Guest",
    scsiType: "lsilogic-sas",
    disks: [{ label: "disk0", size: 40, thinProvisioned: false, eagerlyScrub: false, unitNumber: 0 }],
  }),
  "vsphere:index/getComputeCluster:getComputeCluster": (a) => ({
    id: moid("domain-c", String(a.name)),
    name: a.name,
    resourcePoolId: moid("resgroup", String(a.name)),
  }),
  "vsphere:index/getResourcePool:getResourcePool": (a) => ({
    id: moid("resgroup", String(a.name)),
    name: a.name,
  }),
};

export const answers: pulumi.runtime.Mocks = {
  newResource(args: pulumi.runtime.MockResourceArgs) {
    const id = args.id || idFor(args.type, args.name);
    const computed = COMPUTED[args.type]?.(args.name, id) ?? {};
    return { id, state: { ...args.inputs, ...computed } };
  },
  call(args: pulumi.runtime.MockCallArgs) {
    const answer = INVOKES[args.token];
    if (!answer) throw new Error(`no planned answer for data source ${args.token}`);
    return answer(args.inputs as Record<string, unknown>);
  },
};
