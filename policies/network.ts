// Network policies: vMotion kept off the VM network (guide practice 2).
import type { StackValidationPolicy } from "@pulumi/policy";
import { listOf, onStack } from "./common";
import { UNKNOWN } from "./normalize/values";

export const vmotionIsolated: StackValidationPolicy = {
  name: "vmotion-network-isolated",
  description:
    "The vMotion VMkernel adapter sits on a vSwitch of its own, with physical NICs no other vSwitch " +
    "uses and no VM port group (guide practice 2), so a vMotion cannot starve call traffic. On the " +
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
  }),
};

export const networkPolicies = [vmotionIsolated];
