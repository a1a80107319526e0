// The names the program writes and the policy pack reads: one list, so the two cannot drift.
// It lives in the pack (which must stand alone when published) and the program imports it.
// Plain constants only: no Pulumi, no @pulumi/policy.

/** Type tokens of the project's ComponentResources. Their args are plain data and reach the
 * analyzer as inputs, which is how declared host facts (BIOS, memory, threads) can be judged. */
export const COMPONENT = {
  vsphereSite: "genesys:vsphere:Site",
  vsphereCluster: "genesys:vsphere:Cluster",
  vsphereHost: "genesys:vsphere:Host",
  vsphereVm: "genesys:vsphere:GenesysVm",
  vsphereRules: "genesys:vsphere:PlacementRules",
  dockerSite: "genesys:docker:Site",
  dockerHost: "genesys:docker:Host",
  dockerVm: "genesys:docker:GenesysVm",
} as const;

/** The Genesys roles that carry calls: these VMs are protected from deletion. The load simulator
 * is test equipment and is not among them. As literals, so the model checks them against its roles. */
export const VOICE_ROLE_NAMES = ["sipServer", "statServer", "urs", "resourceManager", "mcp"] as const;
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
