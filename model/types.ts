// The deployment model: what the guide's deployment is, independent of any platform.
// Nothing in model/ imports Pulumi, so every rule of the guide can be tested as plain data.

import {
  PAIR_ROLE_NAMES,
  SCALED_ROLE_NAMES,
  type ClusterFacts,
  type GenesysRole,
  type GuestOs,
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
  GuestIdentity,
  GuestOs,
  Ipv4Plan,
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
  guest: SiteGuest;
  vms: GenesysVm[];
  rules: VmRule[];
  vmGroups: VmGroup[];
  hostGroups: HostGroup[];
  vmHostRules: VmHostRule[];
}

/** Windows guests of a site: a workgroup, or a domain joined with the join account. */
export interface WindowsGuest {
  workgroup?: string;
  domain?: string;
  /** The account that joins the domain; its password is the secret domainJoinPassword. */
  domainUser?: string;
  /** The OU the computer accounts go to (distinguished name); absent: the domain's default. */
  domainOu?: string;
  /** Microsoft time zone index (85: GMT Standard Time). */
  timeZone: number;
}

/** Linux guests of a site (GVP's MCP and Resource Manager also run on Linux). */
export interface LinuxGuest {
  /** DNS domain of the host names; absent: the first of the IP plan's DNS suffixes. */
  domain?: string;
  /** Time zone of the tz database, e.g. Etc/UTC. */
  timeZone: string;
}

/** How a site's guests are customized at clone time (site key `guest`). */
export interface SiteGuest {
  /** Start of every derived computer name: <prefix>-<role>-<P|B|n>, 7 characters at most. */
  computerNamePrefix: string;
  /** Explicit computer names by the VM's local name. */
  computerNames: Record<string, string>;
  windows: WindowsGuest;
  linux: LinuxGuest;
  /** Minutes vSphere waits for the customization to finish before the clone is an error. */
  timeoutMinutes: number;
}

/** The stack's Windows/Linux choice per role (`genesys-iac:guestOs`). */
export type GuestOsByRole = Record<Role, GuestOs>;

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
  /** Template and guest OS id of the roles that run on Linux (guestOs). */
  linuxTemplate: string;
  linuxGuestId: string;
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
