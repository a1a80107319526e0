// The names the program writes and the policy pack reads, and the typed shape of what each component
// hands the engine: one declaration, so the two cannot drift. It lives in the pack (which must stand
// alone when published) and is the one pack file the program imports (docs/architecture.md).
// Plain constants and types only: no Pulumi, no @pulumi/policy.

/** Type tokens of the project's ComponentResources. Their args are plain data and reach the
 * analyzer as inputs, which is how declared host facts (BIOS, memory, threads) can be judged. */
export const COMPONENT = {
  vsphereSite: "genesys:vsphere:Site",
  vsphereCluster: "genesys:vsphere:Cluster",
  vsphereHost: "genesys:vsphere:Host",
  vsphereVm: "genesys:vsphere:GenesysVm",
  vsphereRules: "genesys:vsphere:PlacementRules",
  vsphereDistributedNetwork: "genesys:vsphere:DistributedNetwork",
  vsphereInventory: "genesys:vsphere:Inventory",
  vsphereTagCategories: "genesys:vsphere:TagCategories",
  dockerSite: "genesys:docker:Site",
  dockerHost: "genesys:docker:Host",
  dockerVm: "genesys:docker:GenesysVm",
} as const;

/** Any platform's GenesysVm component (`genesys:<platform>:GenesysVm`): a VM under one is a Genesys VM. */
export const GENESYS_VM_COMPONENT = /^genesys:[^:]+:GenesysVm$/;

/** vSphere tag categories whose tags describe a Genesys VM (names compared without regard to case):
 * a VM tagged `sipServer` in category `genesys-role` is a Genesys SIP Server. */
export const TAG_CATEGORY = {
  role: "genesys-role",
  tier: "genesys-tier",
  pair: "genesys-pair",
  site: "genesys-site",
} as const;

/** Table 3, the guide's tested sizing of every Genesys VM: the program's default and the pack's minimum. */
export const GUIDE_SIZING = { cpus: 4, memoryMb: 4096, diskGb: 40, disks: 1 } as const;

/** Guide practice 8: ADDP local and remote timeouts of 4 s, the program's default and the pack's limit. */
export const GUIDE_ADDP_TIMEOUT_SECONDS = 4;

/** Docker's default CPU weight: the stand-in gives a container this many cpuShares per vCPU. */
export const CPU_SHARES_PER_VCPU = 1024;

/** The Genesys roles that carry calls: these VMs are protected from deletion. The load simulator
 * is test equipment and is not among them. As literals, so the model checks them against its roles. */
export const VOICE_ROLE_NAMES = [
  "sipServer",
  "statServer",
  "urs",
  "resourceManager",
  "mcp",
] as const satisfies readonly GenesysRole[];
export const VOICE_ROLES: readonly string[] = VOICE_ROLE_NAMES;

/** Provider resource tokens. */
export const TYPE = {
  vm: "vsphere:index/virtualMachine:VirtualMachine",
  cluster: "vsphere:index/computeCluster:ComputeCluster",
  vswitch: "vsphere:index/hostVirtualSwitch:HostVirtualSwitch",
  portGroup: "vsphere:index/hostPortGroup:HostPortGroup",
  vnic: "vsphere:index/vnic:Vnic",
  antiAffinityRule: "vsphere:index/computeClusterVmAntiAffinityRule:ComputeClusterVmAntiAffinityRule",
  affinityRule: "vsphere:index/computeClusterVmAffinityRule:ComputeClusterVmAffinityRule",
  vmGroup: "vsphere:index/computeClusterVmGroup:ComputeClusterVmGroup",
  hostGroup: "vsphere:index/computeClusterHostGroup:ComputeClusterHostGroup",
  vmHostRule: "vsphere:index/computeClusterVmHostRule:ComputeClusterVmHostRule",
  haVmOverride: "vsphere:index/haVmOverride:HaVmOverride",
  drsVmOverride: "vsphere:index/drsVmOverride:DrsVmOverride",
  distributedSwitch: "vsphere:index/distributedVirtualSwitch:DistributedVirtualSwitch",
  distributedPortGroup: "vsphere:index/distributedPortGroup:DistributedPortGroup",
  tag: "vsphere:index/tag:Tag",
  tagCategory: "vsphere:index/tagCategory:TagCategory",
  folder: "vsphere:index/folder:Folder",
  resourcePool: "vsphere:index/resourcePool:ResourcePool",
  vsphereProvider: "pulumi:providers:vsphere",
  container: "docker:index/container:Container",
  dockerNetwork: "docker:index/network:Network",
  dockerProvider: "pulumi:providers:docker",
} as const;

/** VMX keys that take the legacy devices of guide #7 out of a VM (CD/DVD: no `cdroms` block). */
export const DISABLED_DEVICE_KEYS: Readonly<Record<string, string>> = {
  floppy: "floppy0.present",
  serial: "serial0.present",
  parallel: "parallel0.present",
  usb: "usb.present",
  usbEhci: "ehci.present",
  usbXhci: "usb_xhci.present",
};

/** guestinfo keys (VM extraConfig) that carry the Genesys settings into the guest. */
export const GUESTINFO = {
  role: "guestinfo.genesys.role",
  tier: "guestinfo.genesys.tier",
  pair: "guestinfo.genesys.pair",
  site: "guestinfo.genesys.site",
  addpTimeout: "guestinfo.genesys.addp.timeout",
  addpRemoteTimeout: "guestinfo.genesys.addp.remote-timeout",
  addpTrace: "guestinfo.genesys.addp.trace",
} as const;

/** What a plan document or a `pulumi stack export` shows in place of a secret's value. */
export const REDACTED = "[secret]";

/** Docker labels through which a container describes the VM it stands in for. */
export const LABEL = {
  vm: "genesys.vm",
  role: "genesys.role",
  tier: "genesys.tier",
  pair: "genesys.pair",
  site: "genesys.site",
  host: "genesys.host",
  vcpus: "genesys.vcpus",
  memoryMb: "genesys.memory-mb",
  diskGb: "genesys.disk-gb",
  adapterType: "genesys.adapter-type",
  /** Comma-separated legacy devices present on the VM (guide #7); empty when none. */
  devices: "genesys.devices",
  toolsUpgradePolicy: "genesys.tools.upgrade-policy",
  toolsTimeSync: "genesys.tools.time-sync",
  addpTimeout: "genesys.addp.timeout",
  addpRemoteTimeout: "genesys.addp.remote-timeout",
  addpTrace: "genesys.addp.trace",
  restartPriority: "genesys.restart-priority",
  network: "genesys.network",
} as const;

// ---------------------------------------------------------------------------------------------
// What each component hands the engine: its inputs (the object passed to `super()`) and the
// outputs it registers. The pack reads them (normalize/host.ts, normalize/stack.ts) from a preview's
// inputs and, under `pulumi stack export`, from the outputs; the components pass exactly these.
// Values are plain data as the pack sees them; the program may hand an output as a Pulumi Input.
// The model's types of the same data are these (model/types.ts re-exports them under its names).

/** The Genesys roles of the guide's Table 3: primary/backup pairs, and scaled instances. */
export const PAIR_ROLE_NAMES = ["sipServer", "statServer", "urs", "resourceManager"] as const;
export const SCALED_ROLE_NAMES = ["mcp", "simulator"] as const;
export type GenesysRole = (typeof PAIR_ROLE_NAMES)[number] | (typeof SCALED_ROLE_NAMES)[number];

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

export type SiteInputs = {
  name: string;
};
export type HostInputs = {
  site: string;
  host: HostFacts;
  networks: SiteNetworks;
};
export type VmInputs = {
  vm: VmFacts;
};
export type ClusterInputs = {
  settings: ClusterFacts;
};
export type PlacementRulesInputs = {
  site: RuleFacts;
};
export type DistributedNetworkInputs = {
  site: string;
  networks: SiteNetworks;
  hosts: string[];
};
export type InventoryInputs = {
  site: string;
  inventory: InventoryFacts;
};
export type TagCategoriesInputs = {
  categories: { role: string; site: string };
  roles: string[];
};

// Inputs are type aliases, not interfaces: a ComponentResource takes them as a map of inputs.

/** Per component type: its inputs and its registered outputs. */
export interface ComponentContract {
  [COMPONENT.vsphereSite]: {
    inputs: SiteInputs;
    outputs: { vmIds: Record<string, string>; clusterId: string; ruleNames: string[] };
  };
  [COMPONENT.vsphereCluster]: {
    inputs: ClusterInputs;
    outputs: { clusterId: string; resourcePoolId: string };
  };
  [COMPONENT.vsphereHost]: {
    inputs: HostInputs;
    /** vmotionVnic: on standard vSwitches; with a distributed switch the DistributedNetwork
     * component holds the VMkernel adapters. */
    outputs: HostInputs & { hostSystemId: string; vmPortGroup: string; vmotionVnic?: string };
  };
  [COMPONENT.vsphereVm]: { inputs: VmInputs; outputs: VmInputs & { id: string; name: string; moid: string } };
  [COMPONENT.vsphereRules]: {
    inputs: PlacementRulesInputs;
    outputs: { ruleNames: string[]; groupNames: string[] };
  };
  [COMPONENT.vsphereDistributedNetwork]: {
    inputs: DistributedNetworkInputs;
    outputs: { switchId: string; vmPortGroupId: string; vmotionPortGroupId: string; vnicIds: string[] };
  };
  [COMPONENT.vsphereInventory]: {
    inputs: InventoryInputs;
    outputs: { folder: string; resourcePoolId: string; siteTagId: string };
  };
  [COMPONENT.vsphereTagCategories]: {
    inputs: TagCategoriesInputs;
    outputs: { roleCategoryId: string; siteCategoryId: string; roleTagIds: Record<string, string> };
  };
  [COMPONENT.dockerSite]: {
    inputs: SiteInputs;
    outputs: { vmIds: Record<string, string>; ruleNames: string[]; engines: Record<string, string> };
  };
  [COMPONENT.dockerHost]: {
    inputs: HostInputs;
    outputs: HostInputs & { vmNetwork: string; vmotionNetwork: string };
  };
  [COMPONENT.dockerVm]: { inputs: VmInputs; outputs: VmInputs & { id: string; name: string } };
}

export type ComponentType = keyof ComponentContract;
