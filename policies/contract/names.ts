// The names the program writes and the policy pack reads: component and provider type tokens, tag
// categories, the guide's sizing and ADDP timeout, the Genesys roles, VMX and guestinfo keys, Docker
// labels. Plain constants only. Part of the contract (../contract.ts re-exports it; the program
// imports the contract, never this file).

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

/** The Genesys roles of the guide's Table 3: primary/backup pairs, and scaled instances. */
export const PAIR_ROLE_NAMES = ["sipServer", "statServer", "urs", "resourceManager"] as const;
export const SCALED_ROLE_NAMES = ["mcp", "simulator"] as const;
export type GenesysRole = (typeof PAIR_ROLE_NAMES)[number] | (typeof SCALED_ROLE_NAMES)[number];

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
