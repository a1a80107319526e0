// The deployment model: what the guide's deployment is, independent of any platform.
// Nothing in model/ imports Pulumi, so every rule of the guide can be tested as plain data.

export type Platform = "vsphere" | "docker";

/** The Genesys roles of the guide's Table 3. */
export type PairRole = "sipServer" | "statServer" | "urs" | "resourceManager";
export type ScaledRole = "mcp" | "simulator";
export type Role = PairRole | ScaledRole;

export const PAIR_ROLES: readonly PairRole[] = ["sipServer", "statServer", "urs", "resourceManager"];
export const SCALED_ROLES: readonly ScaledRole[] = ["mcp", "simulator"];
export const ROLES: readonly Role[] = [...PAIR_ROLES, ...SCALED_ROLES];

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

export interface Host {
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

export interface Network {
  purpose: NetworkPurpose;
  /** Standard vSwitch name on every host of the site. */
  vswitch: string;
  /** Uplinks of that vSwitch; never shared between the two networks (guide #2). */
  nics: string[];
  portGroup: string;
  vlan: number;
  /** vMotion only: the VMkernel netmask. */
  netmask?: string;
  /** MTU of the vSwitch (1500 unless jumbo frames are wanted for vMotion). */
  mtu: number;
}

export interface Sizing {
  cpus: number;
  memoryMb: number;
  diskGb: number;
  adapterType: "vmxnet3" | "e1000" | "e1000e";
}

/** `genesys-iac:sizing`: a default for every role and overrides per role. */
export type SizingOverrides = Partial<Record<Role | "default", Sizing>>;

export interface GenesysVm {
  /** Unique across the whole stack: <site>-<role>-<tier or index>. */
  name: string;
  site: string;
  role: Role;
  tier: Tier;
  /** For primary and backup: the pair's name, shared by both (e.g. lab-sip-server). */
  pair?: string;
  sizing: Sizing;
  /** Where the model wants the VM: primaries together, backups together, the rest spread. */
  intendedHost: string;
  restartPriority: RestartPriority;
  /** Protected from deletion (`protect`) because it carries calls. */
  protect: boolean;
}

export type RuleKind = "antiAffinity" | "affinity";

export interface VmRule {
  /** Cluster rule name as vCenter shows it. */
  name: string;
  kind: RuleKind;
  /** Names of the VMs (GenesysVm.name) in the rule. */
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

export interface ClusterSettings {
  name: string;
  /** Managed object id of an existing cluster to adopt (import); absent: create it. */
  adoptId?: string;
  /** Host failures the admission control must tolerate. */
  hostFailuresTolerated: number;
  drsAutomationLevel: "fullyAutomated" | "partiallyAutomated" | "manual";
  dpmEnabled: boolean;
}

export interface Site {
  name: string;
  datacenter: string;
  datastore: string;
  cluster: ClusterSettings;
  hosts: Host[];
  networks: { vmTraffic: Network; vmotion: Network };
  vms: GenesysVm[];
  rules: VmRule[];
  vmGroups: VmGroup[];
  hostGroups: HostGroup[];
  vmHostRules: VmHostRule[];
}

export interface GenesysSettings {
  /** ADDP timeout in seconds on the host objects (guide #8). */
  addpTimeout: number;
  addpRemoteTimeout: number;
  /** ADDP trace level written with the timeouts (Genesys: none, local, remote, full). */
  addpTrace: "none" | "local" | "remote" | "full";
}

export interface VsphereSettings {
  /** Template the VMs are cloned from. */
  template: string;
  /** Guest OS id of the template (Windows 2008 R2 in the guide). */
  guestId: string;
  /** VM folder in the datacenter. */
  folder?: string;
}

export interface DockerSettings {
  /** Image that stands in for the template; used by exact tag, never pulled. */
  image: string;
}

export interface Deployment {
  project: string;
  stack: string;
  platform: Platform;
  sites: Site[];
  genesys: GenesysSettings;
  vsphere: VsphereSettings;
  docker: DockerSettings;
}
