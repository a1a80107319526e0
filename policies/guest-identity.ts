// Guest identity: the Genesys configuration finds SIP Server, Stat Server, URS and RM by host and
// port, so each VM needs a name of its own and an address that does not move.
import type { StackValidationPolicy } from "@pulumi/policy";
import { formatSubnet, parseCidr, parseIpv4, unusableReason, type Subnet } from "./ipv4";
import type { StackView, StackVm } from "./normalize/stack";
import { UNKNOWN, type U } from "./normalize/values";
import { GENESYS_SCOPE, onGenesysStack } from "./scope";

interface SitePlan {
  subnet: Subnet;
  gateway?: number;
}

/** Each site's VM network as its hosts declare it; a site whose plan is unknown yet is left out. */
function sitePlans(view: StackView): Map<string, SitePlan | "unknown"> {
  const plans = new Map<string, SitePlan | "unknown">();
  for (const h of view.hosts) {
    const site = h.site ?? "";
    if (plans.has(site)) continue;
    if (h.vmNetwork === UNKNOWN) plans.set(site, "unknown");
    else if (h.vmNetwork?.cidr) {
      const subnet = parseCidr(h.vmNetwork.cidr);
      if (subnet) plans.set(site, { subnet, gateway: parseIpv4(h.vmNetwork.gateway ?? "") });
    }
  }
  return plans;
}

function orModel(v: U<string | undefined>, model?: string): U<string | undefined> {
  return v === UNKNOWN ? (model ?? UNKNOWN) : v;
}

/** Reports the second and later holders of a value: the first one keeps it. */
function reportRepeats(
  vms: { vm: StackVm; value: string }[],
  report: (message: string, urn?: string) => void,
  what: (value: string, first: StackVm) => string,
): void {
  const first = new Map<string, StackVm>();
  for (const { vm, value } of vms) {
    const holder = first.get(value);
    if (holder) report(`VM ${vm.name} ${what(value, holder)}.`, vm.urn);
    else first.set(value, vm);
  }
}

export const vmGuestIdentity: StackValidationPolicy = {
  name: "vm-guest-identity",
  description:
    "Every Genesys VM gets a computer name no other VM in the stack has and a static IPv4 address " +
    "inside its site's VM network (not its network, broadcast or gateway address), used by no other " +
    "VM: the Genesys configuration reaches each server by host and port.",
  enforcementLevel: "mandatory",
  configSchema: { properties: GENESYS_SCOPE },
  validateStack: onGenesysStack({}, (view, _c, report) => {
    const plans = sitePlans(view);
    const names: { vm: StackVm; value: string }[] = [];
    const addresses: { vm: StackVm; value: string }[] = [];
    for (const declared of view.vms) {
      // What the resource says; where that is not known, what its component's model says.
      const vm: StackVm = {
        ...declared,
        computerName: orModel(declared.computerName, declared.model?.computerName),
        ipv4: orModel(declared.ipv4, declared.model?.ipv4),
      };
      if (vm.computerName === undefined)
        report(`VM ${vm.name} has no computer name: its clone is not customized (clone.customize).`, vm.urn);
      else if (vm.computerName !== UNKNOWN) names.push({ vm, value: vm.computerName.toLowerCase() });
      if (vm.ipv4 === UNKNOWN) continue;
      if (vm.ipv4 === undefined) {
        report(`VM ${vm.name} has no static IPv4 address (it would take one from DHCP).`, vm.urn);
        continue;
      }
      addresses.push({ vm, value: vm.ipv4 });
      const plan = plans.get(vm.site ?? "");
      if (plan === "unknown") continue;
      const ip = parseIpv4(vm.ipv4);
      if (!plan) {
        report(
          `VM ${vm.name} has ${vm.ipv4}, but site ${vm.site ?? "(none)"} declares no VM network (networks.vmTraffic.ipv4).`,
          vm.urn,
        );
        continue;
      }
      const why = ip === undefined ? "not an IPv4 address" : unusableReason(plan.subnet, ip, plan.gateway);
      if (why)
        report(
          `VM ${vm.name} has ${vm.ipv4}: ${why}; it needs an address of the VM network ${formatSubnet(plan.subnet)}.`,
          vm.urn,
        );
      else if (
        vm.ipv4Prefix !== UNKNOWN &&
        vm.ipv4Prefix !== undefined &&
        vm.ipv4Prefix !== plan.subnet.prefix
      )
        report(
          `VM ${vm.name} has ${vm.ipv4}/${vm.ipv4Prefix}; the VM network is ${formatSubnet(plan.subnet)}.`,
          vm.urn,
        );
    }
    reportRepeats(
      names,
      report,
      (n, first) => `has the computer name ${n.toUpperCase()} of VM ${first.name}`,
    );
    reportRepeats(addresses, report, (ip, first) => `has the address ${ip} of VM ${first.name}`);
  }),
};

export const guestIdentityPolicies = [vmGuestIdentity];
