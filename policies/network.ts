// Network policies: vMotion kept off the VM network (guide practice 2).
import type { StackValidationPolicy } from "@pulumi/policy";
import { listOf, onStack } from "./common";
import type { DvPortGroup, NormalizedDvSwitch } from "./normalize/dvswitch";
import { UNKNOWN } from "./normalize/values";

export const vmotionIsolated: StackValidationPolicy = {
  name: "vmotion-network-isolated",
  description:
    "The vMotion VMkernel adapter sits on a vSwitch of its own, with physical NICs no other vSwitch " +
    "uses and no VM port group (guide practice 2), so a vMotion cannot starve call traffic. On a " +
    "distributed switch: the vMotion port group's active uplinks carry no VM port group. On the " +
    "Docker stand-in: no container is attached to the vMotion network.",
  enforcementLevel: "mandatory",
  validateStack: onStack({}, (view, _cfg, report) => {
    for (const sw of view.switches) {
      if (sw.vmotion !== true) continue;
      if (sw.platform === "docker") {
        const attached = view.vms
          .filter(
            (vm) => vm.platform === "docker" && vm.networks !== UNKNOWN && vm.networks.includes(sw.name),
          )
          .map((vm) => vm.name);
        if (attached.length > 0)
          report(`vMotion network ${sw.name} has containers attached: ${listOf(attached)}.`, sw.urn);
        continue;
      }
      const issues: string[] = [];
      const vmPortGroups = sw.portGroups
        .filter((pg) => pg.vmTraffic || (pg.vmkernelServices !== UNKNOWN && pg.vmkernelServices.length === 0))
        .map((pg) => pg.name);
      if (vmPortGroups.length > 0) issues.push(`it also carries VM port group(s) ${listOf(vmPortGroups)}`);
      if (sw.nics !== UNKNOWN) {
        if (sw.nics.length === 0) issues.push("it has no physical NIC of its own");
        const shared = new Set<string>();
        for (const other of view.switches) {
          if (other === sw || other.host !== sw.host || other.nics === UNKNOWN) continue;
          for (const nic of other.nics) if (sw.nics.includes(nic)) shared.add(`${nic} (with ${other.name})`);
        }
        if (shared.size > 0) issues.push(`it shares NIC(s) ${listOf([...shared].sort())}`);
      }
      if (issues.length > 0) report(`vSwitch ${sw.name} carries vMotion but ${issues.join("; ")}.`, sw.urn);
    }
    for (const dvs of view.dvSwitches) judgeDistributed(dvs, report);
  }),
};

const isVmotion = (pg: DvPortGroup) =>
  pg.vmkernelServices !== UNKNOWN && pg.vmkernelServices.includes("vmotion");

/**
 * A distributed switch shares its uplinks among port groups, so isolation is per uplink: the
 * vMotion port group's active uplinks carry no VM port group (active or standby), and no VM
 * attaches to the vMotion port group itself.
 */
function judgeDistributed(dvs: NormalizedDvSwitch, report: (message: string, urn?: string) => void): void {
  for (const vmotion of dvs.portGroups.filter(isVmotion)) {
    const issues: string[] = [];
    if (vmotion.vms.length > 0) issues.push(`VMs attach to it (${listOf(vmotion.vms)})`);
    if (vmotion.active !== UNKNOWN) {
      if (vmotion.active.length === 0) issues.push("it has no active uplink");
      const shared: string[] = [];
      for (const pg of dvs.portGroups) {
        // Port groups of other VMkernel traffic (management, storage) are not VM traffic.
        if (pg === vmotion || pg.vmkernelServices === UNKNOWN || pg.vmkernelServices.length > 0) continue;
        if (pg.active === UNKNOWN || pg.standby === UNKNOWN) continue;
        const used = new Set([...pg.active, ...pg.standby]);
        const common = vmotion.active.filter((u) => used.has(u));
        if (common.length > 0) shared.push(`${listOf(common)} with VM port group ${pg.name}`);
      }
      if (shared.length > 0) issues.push(`its active uplinks are shared: ${shared.join("; ")}`);
    }
    if (issues.length > 0)
      report(
        `Distributed port group ${vmotion.name} (switch ${dvs.name}) carries vMotion but ${issues.join("; ")}.`,
        vmotion.urn,
      );
  }
}

export const networkPolicies = [vmotionIsolated];
