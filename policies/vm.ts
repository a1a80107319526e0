// Policies on each VM (vSphere VirtualMachine or its Docker stand-in container). Sizing and tools
// are the guide's for Genesys VMs (judged on those alone, see scope.ts); adapters, devices and
// pinning are VMware practice for any VM.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { fails, listOf, numberSetting, onResource } from "./common";
import { GUIDE_SIZING } from "./contract";
import { UNKNOWN } from "./normalize/values";
import { normalizeVm } from "./normalize/vm";
import { GENESYS_SCOPE, onGenesysVm } from "./scope";

const SIZING = {
  minVcpus: numberSetting("Minimum vCPUs per VM.", GUIDE_SIZING.cpus, 1),
  minMemoryMb: numberSetting("Minimum memory per VM, MB.", GUIDE_SIZING.memoryMb, 1),
  minDiskGb: numberSetting("Minimum size of the VM's system disk, GB.", GUIDE_SIZING.diskGb, 1),
  maxDisks: numberSetting("Most virtual disks a VM may have (the guide: one vmdk).", GUIDE_SIZING.disks, 1),
};

export const vmSizing: StackValidationPolicy = {
  name: "vm-sizing-per-genesys-guide",
  description:
    `Each Genesys VM has at least the sizing of the guide's tested configuration (Table 3): ` +
    `${GUIDE_SIZING.cpus} vCPU, ${GUIDE_SIZING.memoryMb / 1024} GB of memory and one ` +
    `${GUIDE_SIZING.diskGb} GB disk. A site may set its own minimums. On the Docker stand-in: the ` +
    "memory limit and CPU shares the engine enforces, and labels that agree with them.",
  enforcementLevel: "mandatory",
  configSchema: { properties: { ...SIZING, ...GENESYS_SCOPE } },
  validateStack: onGenesysVm(SIZING, (vm, c, report) => {
    const issues: string[] = [];
    if (fails(vm.cpus, (n) => n !== undefined && n >= c.minVcpus))
      issues.push(`${String(vm.cpus ?? "no")} vCPU (at least ${c.minVcpus})`);
    if (fails(vm.memoryMb, (n) => n !== undefined && n >= c.minMemoryMb))
      issues.push(
        vm.memoryMb === undefined
          ? `no memory limit (at least ${c.minMemoryMb} MB)`
          : `${String(vm.memoryMb)} MB of memory (at least ${c.minMemoryMb})`,
      );
    if (vm.disksGb !== UNKNOWN) {
      if (vm.disksGb.length === 0) issues.push("no disk");
      else if (vm.disksGb[0] < c.minDiskGb)
        issues.push(`a ${vm.disksGb[0]} GB disk (at least ${c.minDiskGb})`);
      if (vm.disksGb.length > c.maxDisks) issues.push(`${vm.disksGb.length} disks (at most ${c.maxDisks})`);
    }
    if (issues.length > 0) report(`VM ${vm.name} has ${issues.join(", ")}.`);
    if (vm.labelMismatches && vm.labelMismatches.length > 0)
      report(`Container ${vm.name}: ${vm.labelMismatches.join("; ")}.`);
  }),
};

export const vmNicsVmxnet3: ResourceValidationPolicy = {
  name: "vm-nics-vmxnet3",
  description:
    "Every network adapter of a VM is the paravirtualized vmxnet3 (guide practices 3 and 5): " +
    "the emulated e1000/e1000e adapters cost CPU and throughput on every SIP and RTP packet.",
  enforcementLevel: "mandatory",
  validateResource: onResource(normalizeVm, {}, (vm, _c, report) => {
    if (vm.adapterTypes === UNKNOWN) return;
    if (vm.adapterTypes.length === 0) {
      report(`VM ${vm.name} declares no network adapter (expected vmxnet3).`);
      return;
    }
    const other = vm.adapterTypes.filter((t) => t !== "vmxnet3");
    if (other.length > 0) report(`VM ${vm.name} has adapter type ${listOf(other)}; use vmxnet3.`);
  }),
};

export const vmToolsAndTimeSync: StackValidationPolicy = {
  name: "vm-tools-upgrade-and-time-sync",
  description:
    "VMware Tools is kept current (upgraded at power cycle) and synchronises the guest clock with the " +
    "host, at boot and periodically (guide practice 4): call timestamps and ADDP depend on the clock.",
  enforcementLevel: "advisory",
  configSchema: { properties: GENESYS_SCOPE },
  validateStack: onGenesysVm({}, (vm, _c, report) => {
    const issues: string[] = [];
    if (fails(vm.toolsUpgradePolicy, (p) => p === "upgradeAtPowerCycle"))
      issues.push(
        `tools upgrade policy is ${String(vm.toolsUpgradePolicy ?? "unset")} (expected upgradeAtPowerCycle)`,
      );
    if (vm.timeSync === false)
      issues.push("guest time is not synchronised with the host (at boot and periodically)");
    if (issues.length > 0) report(`VM ${vm.name}: ${issues.join("; ")}.`);
  }),
};

export const vmNoLegacyDevices: ResourceValidationPolicy = {
  name: "vm-no-legacy-devices",
  description:
    "No CD/DVD, floppy, serial (COM), parallel (LPT) or USB device on a VM (guide practice 7): " +
    "they hold interrupts and, for USB, poll the CPU. A clone inherits its template's devices unless " +
    "their VMX keys are set to FALSE; a VM built from scratch has only those it declares.",
  enforcementLevel: "advisory",
  validateResource: onResource(normalizeVm, {}, (vm, _c, report) => {
    if (vm.legacyDevices === UNKNOWN || vm.legacyDevices.length === 0) return;
    report(`VM ${vm.name} still has: ${listOf(vm.legacyDevices)}.`);
  }),
};

export const vmNotPinned: ResourceValidationPolicy = {
  name: "vm-not-pinned-to-host",
  description:
    "No VM names the host it runs on (hostSystemId): placement belongs to DRS and HA, and a " +
    "pinned VM shows drift after every vMotion and blocks HA from honouring the rules.",
  enforcementLevel: "mandatory",
  validateResource: onResource(normalizeVm, {}, (vm, _c, report) => {
    if (vm.pinnedHost === UNKNOWN || vm.pinnedHost === undefined) return;
    report(
      `VM ${vm.name} is pinned to host ${vm.pinnedHost}; leave hostSystemId unset and let DRS place it.`,
    );
  }),
};

export const vmPolicies = [vmSizing, vmNicsVmxnet3, vmToolsAndTimeSync, vmNoLegacyDevices, vmNotPinned];
