// The deployment model: what the guide's deployment is, independent of any platform.
// Nothing in model/ imports Pulumi, so every rule of the guide can be tested as plain data.

import {
  PAIR_ROLE_NAMES,
  SCALED_ROLE_NAMES,
  type ClusterFacts,
  type GenesysRole,
  type HostFacts,
  type HostGroup,
  type InventoryFacts,
  type NetworkFacts,
  type SiteNetworks,
  type Sizing,
  type VmFacts,
  type VmGroup,
  type VmHostRule,
  type VmRule,
} from "../policies/contract";

// The data that travels to the policy pack is declared once, in the contract; the model names it.
export type {
  Bios,
  HostGroup,
  InventoryFacts,
  NetworkKind,
  ResourcePoolFacts,
  ShareLevel,
  NetworkPurpose,
  RestartPriority,
  RuleKind,
  SiteNetworks,
  Sizing,
  Tier,
  VmGroup,
  VmHostRule,
  VmRule,
} from "../policies/contract";
export type Host = HostFacts;
export type Network = NetworkFacts;
export type GenesysVm = VmFacts;
export type ClusterSettings = ClusterFacts;

export type Platform = "vsphere" | "docker";

/** The Genesys roles of the guide's Table 3. */
export type PairRole = (typeof PAIR_ROLE_NAMES)[number];
export type ScaledRole = (typeof SCALED_ROLE_NAMES)[number];
export type Role = GenesysRole;

export const PAIR_ROLES: readonly PairRole[] = PAIR_ROLE_NAMES;
export const SCALED_ROLES: readonly ScaledRole[] = SCALED_ROLE_NAMES;
export const ROLES: readonly Role[] = [...PAIR_ROLES, ...SCALED_ROLES];

/** `genesys-iac:sizing`: a default for every role and overrides per role. */
export type SizingOverrides = Partial<Record<Role | "default", Sizing>>;

export interface Site {
  name: string;
  datacenter: string;
  datastore: string;
  cluster: ClusterSettings;
  hosts: Host[];
  networks: SiteNetworks;
  /** Its VM folder, resource pool and tags (model/inventory-config.ts). */
  inventory: InventoryFacts;
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
  /** Minutes the provider waits for a guest shutdown before a change that needs a power cycle. */
  shutdownWaitMinutes: number;
  /** After that wait, power the VM off anyway (true) or fail the update and leave it running (false). */
  forcePowerOff: boolean;
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
