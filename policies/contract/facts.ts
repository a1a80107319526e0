// The plain data each component hands the engine: hosts, networks and their IPv4 plan, VMs and their
// sizing and guest identity, the cluster, placement rules and groups, the inventory. The model's
// types of the same data are these (model/types.ts re-exports them under its names). Types only.
// Part of the contract (../contract.ts re-exports it; the program imports the contract, never this file).
import type { GenesysRole } from "./names";

/** Primary and backup of a Genesys HA pair; everything else stands alone. */
export type Tier = "primary" | "backup" | "standalone";

/** vSphere HA restart priorities, highest first (the values HaVmOverride accepts). */
export type RestartPriority = "highest" | "high" | "medium" | "low" | "lowest";

export interface Bios {
  /** Intel VT-x enabled in the host BIOS (guide #1). */
  vt: boolean;
  /** Extended Page Tables enabled (guide #1). */
  ept: boolean;
  /** Hyper-threading enabled (guide #1). */
  hyperThreading: boolean;
}

export interface HostFacts {
  /** The ESXi host's name in vCenter (and the stand-in's endpoint name). */
  name: string;
  sockets: number;
  coresPerSocket: number;
  /** Hardware threads: cores x 2 with hyper-threading on. */
  threads: number;
  memoryGb: number;
  /** Physical NICs, e.g. vmnic0..vmnic3. */
  nics: string[];
  bios: Bios;
  /** The vMotion VMkernel adapter's address on this host (required on vSphere). */
  vmotionIp?: string;
  /** Docker stand-in: the engine that plays this host; absent: the local engine (DOCKER_HOST). */
  dockerHost?: string;
}

export type NetworkPurpose = "vmTraffic" | "vmotion";

export interface NetworkFacts {
  purpose: NetworkPurpose;
  /** Standard vSwitch name on every host of the site; with distributed networks, the site's
   * distributed switch (the same for both networks). */
  vswitch: string;
  /** Physical NICs of every host that carry this network (a standard vSwitch's NICs, or the
   * distributed switch's uplinks of this network); never shared between the two (guide #2). */
  nics: string[];
  portGroup: string;
  vlan: number;
  /** vMotion only: the VMkernel netmask. */
  netmask?: string;
  /** MTU of the vSwitch (1500 unless jumbo frames are wanted for vMotion). */
  mtu: number;
  /** VM traffic only: the site's IP plan, from which every VM gets its static address. */
  ipv4?: Ipv4Plan;
}

/** A site's IPv4 plan for its VM network (networks.vmTraffic.ipv4). */
export interface Ipv4Plan {
  /** The network in CIDR form, e.g. 10.20.10.0/24. */
  cidr: string;
  /** Its prefix length (the guests' netmask). */
  prefix: number;
  gateway: string;
  dnsServers: string[];
  dnsSuffixes: string[];
  /** Where the addresses handed out in VM order start. */
  firstAddress: string;
  /** Explicit addresses by the VM's local name (sip-primary, mcp-1). */
  addresses: Record<string, string>;
}

export type GuestOs = "windows" | "linux";

/** A VM's identity in its guest OS: what the clone's customization sets. */
export interface GuestIdentity {
  os: GuestOs;
  /** Windows computer name (NetBIOS, at most 15 characters) or Linux host name. */
  computerName: string;
  /** The static IPv4 address on the site's VM network. */
  ipv4: string;
}

export interface Sizing {
  cpus: number;
  memoryMb: number;
  diskGb: number;
  adapterType: "vmxnet3" | "e1000" | "e1000e";
  /** vCPUs added while the VM runs (the guest must support it; README: Day-2 changes). */
  cpuHotAdd: boolean;
  /** Memory added while the VM runs (the guest must support it). */
  memoryHotAdd: boolean;
}

export interface VmFacts {
  /** Unique across the whole stack: <site>-<role>-<tier or index>. */
  name: string;
  site: string;
  role: GenesysRole;
  tier: Tier;
  /** For primary and backup: the pair's name, shared by both (e.g. lab-sip-server). */
  pair?: string;
  sizing: Sizing;
  /** Where the model wants the VM: primaries together, backups together, the rest spread. */
  intendedHost: string;
  restartPriority: RestartPriority;
  /** Protected from deletion (`protect`) because it carries calls. */
  protect: boolean;
  /** Computer name and address set in the guest at clone time. */
  guest: GuestIdentity;
}

export type RuleKind = "antiAffinity" | "affinity";

export interface VmRule {
  /** Cluster rule name as vCenter shows it. */
  name: string;
  kind: RuleKind;
  /** Names of the VMs (VmFacts.name) in the rule. */
  vms: string[];
  /** true: DRS and HA never break it ("must"); false: a preference ("should"). */
  mandatory: boolean;
  /** Why the rule exists, for outputs and diffs. */
  reason: string;
}

export interface VmGroup {
  name: string;
  vms: string[];
}

export interface HostGroup {
  name: string;
  hosts: string[];
}

/** A VM group that should (or must) run on a host group. */
export interface VmHostRule {
  name: string;
  vmGroup: string;
  hostGroup: string;
  mandatory: boolean;
}

export interface ClusterFacts {
  name: string;
  /** Managed object id of an existing cluster to adopt (import); absent: create it. */
  adoptId?: string;
  /** Host failures the admission control must tolerate. */
  hostFailuresTolerated: number;
  drsAutomationLevel: "fullyAutomated" | "partiallyAutomated" | "manual";
  dpmEnabled: boolean;
}

/** Standard vSwitches per host (the guide's layout) or one distributed switch per site. */
export type NetworkKind = "standard" | "distributed";

/** A site's two networks. */
export interface SiteNetworks {
  kind: NetworkKind;
  vmTraffic: NetworkFacts;
  vmotion: NetworkFacts;
}

/** Where a site's VMs live in vCenter: their folder, resource pool and tags. */
export interface InventoryFacts {
  /** VM folder, relative to the datacenter's VM folder; created unless `existing`. */
  vmFolder: { path: string; existing: boolean };
  /** Absent: the cluster's root pool. */
  resourcePool?: ResourcePoolFacts;
}

export type ShareLevel = "low" | "normal" | "high";

export type ResourcePoolFacts =
  | { existing: string }
  | {
      name: string;
      cpuShares: ShareLevel;
      memoryShares: ShareLevel;
      cpuReservationMhz: number;
      memoryReservationMb: number;
    };

/** A site's placement rules and groups (model: Site's rules, vmGroups, hostGroups, vmHostRules). */
export interface RuleFacts {
  name: string;
  rules: {
    name: string;
    kind: "antiAffinity" | "affinity";
    vms: string[];
    mandatory: boolean;
    reason: string;
  }[];
  vmGroups: { name: string; vms: string[] }[];
  hostGroups: { name: string; hosts: string[] }[];
  vmHostRules: { name: string; vmGroup: string; hostGroup: string; mandatory: boolean }[];
}
