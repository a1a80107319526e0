// The vSphere settings of the guide's best practices as plain data: what the components send
// to the provider, apart from the ids only vCenter knows. Kept free of Pulumi so it is tested
// directly, and so a reviewer finds every setting of the guide in one file.
import { DISABLED_DEVICE_KEYS, GUESTINFO } from "../policies/contract";
import { linuxDomainOf } from "./guest";
import { ClusterSettings, GenesysSettings, GenesysVm, GuestOs, Site, VsphereSettings } from "./types";

/** HA, DRS and DPM for the cluster (guide: HA and vMotion sections, #9 and #10). */
export function clusterSpec(c: ClusterSettings) {
  return {
    name: c.name,
    haEnabled: true,
    haHostMonitoring: "enabled",
    // Admission control keeps room to restart the VMs of `hostFailuresTolerated` hosts.
    haAdmissionControlPolicy: "resourcePercentage",
    haAdmissionControlHostFailureTolerance: c.hostFailuresTolerated,
    haAdmissionControlResourcePercentageAutoCompute: true,
    // Restart a VM whose guest stops sending VMware Tools heartbeats (needs guide #4).
    haVmMonitoring: "vmMonitoringOnly",
    haVmRestartPriority: "medium",
    // Guide #10 (KB 2033250): without this, HA may restart a primary next to its backup.
    haAdvancedOptions: { "das.respectVmVmAntiAffinityRules": "true" },
    drsEnabled: true,
    drsAutomationLevel: c.drsAutomationLevel,
    // Per-VM overrides are how the HA restart priorities of the roles take effect.
    drsEnableVmOverrides: true,
    // DPM powers hosts off; set explicitly so a cluster default never takes failover capacity away.
    dpmEnabled: c.dpmEnabled,
    dpmAutomationLevel: c.dpmEnabled ? "automated" : "manual",
  };
}

/** A VM's own settings (sizing, devices, tools, guestinfo), without the ids of where it goes. */
export function vmSpec(vm: GenesysVm, vsphere: VsphereSettings, genesys: GenesysSettings) {
  const extraConfig: Record<string, string> = {};
  // Guide #7: COM and LPT ports, USB controllers and the floppy taken out of the VM.
  for (const key of Object.values(DISABLED_DEVICE_KEYS)) extraConfig[key] = "FALSE";
  extraConfig[GUESTINFO.role] = vm.role;
  extraConfig[GUESTINFO.tier] = vm.tier;
  if (vm.pair) extraConfig[GUESTINFO.pair] = vm.pair;
  extraConfig[GUESTINFO.site] = vm.site;
  // Guide #8: ADDP at 4 s; the guest's Genesys configuration reads these at start.
  extraConfig[GUESTINFO.addpTimeout] = String(genesys.addpTimeout);
  extraConfig[GUESTINFO.addpRemoteTimeout] = String(genesys.addpRemoteTimeout);
  extraConfig[GUESTINFO.addpTrace] = genesys.addpTrace;
  return {
    name: vm.name,
    numCpus: vm.sizing.cpus,
    memory: vm.sizing.memoryMb,
    guestId: templateFor(vm.guest.os, vsphere).guestId,
    annotation: `Genesys ${vm.role} (${vm.tier}) of site ${vm.site}, ${vm.guest.computerName} ${vm.guest.ipv4}; managed by genesys-iac`,
    // Guide #3 and #5: paravirtualized vmxnet3.
    adapterType: vm.sizing.adapterType,
    // Table 3: one vmdk. Its provisioning (thin, eager zeroing) is the template's: a clone must match it.
    disks: [{ label: "disk0", size: vm.sizing.diskGb }],
    // Guide #4: VMware Tools kept current and the guest clock synchronized with the host.
    toolsUpgradePolicy: "upgradeAtPowerCycle",
    syncTimeWithHost: true,
    syncTimeWithHostPeriodically: true,
    // Hot add from the role's sizing: with it on, raising vCPUs or memory is applied while the VM
    // runs; toggling it is itself a power cycle (docs/disruption.md).
    cpuHotAddEnabled: vm.sizing.cpuHotAdd,
    memoryHotAddEnabled: vm.sizing.memoryHotAdd,
    extraConfig,
    // The provider power-cycles a VM on any extraConfig change unless this is false. The guestinfo
    // keys are read by the guest through VMware Tools while it runs; the device keys take effect at
    // power-on, which a new VM's first boot is (docs/disruption.md, "extraConfig").
    extraConfigRebootRequired: false,
    // When a change does need a power cycle: a guest shutdown, a bounded wait, and no hard power-off
    // unless the stack asks for it (a Genesys server stops its services cleanly on shutdown).
    shutdownWaitTimeout: vsphere.shutdownWaitMinutes,
    forcePowerOff: vsphere.forcePowerOff,
  };
}

/** The template a VM of this guest OS is cloned from, and the guest OS id that follows from it. */
export function templateFor(os: GuestOs, vsphere: VsphereSettings): { template: string; guestId: string } {
  return os === "linux"
    ? { template: vsphere.linuxTemplate, guestId: vsphere.linuxGuestId }
    : { template: vsphere.template, guestId: vsphere.guestId };
}

/**
 * The clone's guest customization (the provider's `clone.customize`) without its passwords: the
 * computer name, the static address from the site's IP plan, DNS, and Windows (workgroup or domain,
 * time zone) or Linux (host name, domain, time zone) options. The passwords are secrets the
 * component adds (customizeWithPasswords); they never enter the model, which is registered as an
 * output. `timeout` is explicit: after it a failed sysprep makes the clone fail instead of hanging.
 * DNS servers go both globally (Linux reads these) and on the NIC (Windows reads only these).
 */
export function customizeSpec(vm: GenesysVm, site: Pick<Site, "networks" | "guest">) {
  const plan = site.networks.vmTraffic.ipv4!;
  const common = {
    timeout: site.guest.timeoutMinutes,
    ipv4Gateway: plan.gateway,
    dnsServerLists: plan.dnsServers,
    dnsSuffixLists: plan.dnsSuffixes,
    networkInterfaces: [
      {
        ipv4Address: vm.guest.ipv4,
        ipv4Netmask: plan.prefix,
        dnsServerLists: plan.dnsServers,
        ...(plan.dnsSuffixes[0] ? { dnsDomain: plan.dnsSuffixes[0] } : {}),
      },
    ],
  };
  if (vm.guest.os === "linux") {
    const domain = linuxDomainOf(site.guest, plan.dnsSuffixes)!;
    return {
      ...common,
      linuxOptions: {
        hostName: vm.guest.computerName,
        domain,
        timeZone: site.guest.linux.timeZone,
        hwClockUtc: true,
      },
    };
  }
  const w = site.guest.windows;
  const membership = w.domain
    ? {
        joinDomain: w.domain,
        domainAdminUser: w.domainUser!,
        ...(w.domainOu ? { domainOu: w.domainOu } : {}),
      }
    : { workgroup: w.workgroup! };
  return {
    ...common,
    windowsOptions: { computerName: vm.guest.computerName, timeZone: w.timeZone, ...membership },
  };
}

export type CustomizeSpec = ReturnType<typeof customizeSpec>;

/**
 * Resource options of a Genesys VM, as plain data the components merge into their options.
 * - ignoreChanges: the provider reports eptRviMode and hvMode as changed on every read of a
 *   cloned VM; without this each preview shows a diff that `up` can never settle.
 * - deleteBeforeReplace: vCenter refuses two VMs of one name in a folder, so a replacement
 *   must delete first. The rules take the new VM's id from its output, so they follow it.
 * - protect: the VMs that carry calls are not deleted by a stray `destroy` (config).
 * There is deliberately no hostSystemId: DRS and vMotion move VMs, and a pinned host would show
 * each move as drift and move the VM back on the next `up`.
 */
export function vmResourceOptions(vm: GenesysVm, platform: "vsphere" | "docker") {
  return {
    protect: vm.protect,
    deleteBeforeReplace: true,
    ignoreChanges: platform === "vsphere" ? ["eptRviMode", "hvMode"] : [],
  };
}
