// Placement policies: Genesys HA pairs apart, MCPs spread, dependent VMs together.
import type { StackValidationPolicy } from "@pulumi/policy";
import { listOf, onStack } from "./common";
import type { NormalizedRule } from "./normalize/rule";
import { bySite, pairsOf, type StackView, type StackVm } from "./normalize/stack";
import { UNKNOWN } from "./normalize/values";

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Rules of a kind whose membership or flags are not known yet (nothing can be concluded from them). */
const unresolved = (rules: readonly NormalizedRule[]) =>
  rules.some((r) => r.members === UNKNOWN || r.enabled === UNKNOWN || r.mandatory === UNKNOWN);

export const pairAntiAffinity: StackValidationPolicy = {
  name: "ha-pair-anti-affinity",
  description:
    "The primary and backup of every Genesys HA pair never share a host (guide practice 9): on vSphere " +
    "an enabled, mandatory VM anti-affinity rule holds exactly the two VMs; on the Docker stand-in the " +
    "two containers run on different hosts (different Docker providers).",
  enforcementLevel: "mandatory",
  validateStack: onStack({}, (view, _cfg, report) => {
    const anti = view.rules.filter((r) => r.kind === "antiAffinity");
    for (const p of pairsOf(view.vms)) {
      if (!p.primary || !p.backup) continue;
      const { primary, backup } = p;
      if (primary.platform === "docker") {
        if (primary.engine && primary.engine === backup.engine)
          report(
            `Pair ${p.pair}: ${primary.name} and ${backup.name} run on the same host (${primary.hostLabel ?? primary.engine}).`,
            backup.urn,
          );
        continue;
      }
      const want = [primary.urn, backup.urn];
      const ok = anti.some(
        (r) =>
          r.enabled === true && r.mandatory === true && r.members !== UNKNOWN && sameSet(r.members, want),
      );
      if (ok || unresolved(anti)) continue;
      const partial = anti.find(
        (r) => r.members !== UNKNOWN && want.every((u) => (r.members as string[]).includes(u)),
      );
      const why = partial
        ? `rule ${partial.name} is ${[
            partial.enabled !== true ? "disabled" : "",
            partial.mandatory !== true ? "not mandatory" : "",
            (partial.members as string[]).length !== 2 ? "not limited to the two VMs" : "",
          ]
            .filter(Boolean)
            .join(", ")}`
        : "no anti-affinity rule holds them";
      report(`Pair ${p.pair}: ${primary.name} and ${backup.name} may share a host: ${why}.`, primary.urn);
    }
  }),
};

export const mcpSpread: StackValidationPolicy = {
  name: "mcp-vms-spread",
  description:
    "The media control platforms (MCPs) of a site are spread over different hosts, so one host failure " +
    "does not take all media capacity: an enabled anti-affinity rule holds them all (Docker: different hosts).",
  enforcementLevel: "advisory",
  validateStack: onStack({}, (view, _cfg, report) => {
    const anti = view.rules.filter((r) => r.kind === "antiAffinity");
    for (const [site, vms] of bySite(view.vms)) {
      const mcps = vms.filter((vm) => vm.role === "mcp");
      if (mcps.length < 2) continue;
      if (mcps[0].platform === "docker") {
        const engines = new Set(mcps.map((m) => m.engine));
        if (engines.size < mcps.length)
          report(`Site ${site}: MCPs ${listOf(mcps.map((m) => m.name))} share a host.`, mcps[0].urn);
        continue;
      }
      const urns = mcps.map((m) => m.urn);
      const ok = anti.some(
        (r) =>
          r.enabled === true &&
          r.members !== UNKNOWN &&
          urns.every((u) => (r.members as string[]).includes(u)),
      );
      if (!ok && !unresolved(anti))
        report(
          `Site ${site}: no enabled anti-affinity rule spreads MCPs ${listOf(mcps.map((m) => m.name))}.`,
          urns[0],
        );
    }
  }),
};

/** True when the VMs are kept on one host: one affinity rule, or one VM group bound to a host group. */
function keptTogether(view: StackView, urns: string[]): boolean | typeof UNKNOWN {
  const holds = (r: NormalizedRule) =>
    r.members !== UNKNOWN && urns.every((u) => (r.members as string[]).includes(u));
  const candidates = view.rules.filter(
    (r) => r.kind === "affinity" || r.kind === "vmGroup" || r.kind === "vmHost",
  );
  if (view.rules.some((r) => r.kind === "affinity" && r.enabled === true && holds(r))) return true;
  const groups = view.rules.filter((r) => r.kind === "vmGroup" && holds(r)).map((r) => r.name);
  const bound = view.rules.some(
    (r) =>
      r.kind === "vmHost" &&
      r.enabled === true &&
      typeof r.vmGroupName === "string" &&
      groups.includes(r.vmGroupName) &&
      typeof r.hostGroupName === "string" &&
      r.hostGroupName !== "",
  );
  if (bound) return true;
  return candidates.some((r) => r.members === UNKNOWN || r.vmGroupName === UNKNOWN) ? UNKNOWN : false;
}

export const dependentVmsTogether: StackValidationPolicy = {
  name: "dependent-vms-together",
  description:
    "VMs that depend on each other run on one host and one vSwitch (guide practice 6): the primaries of " +
    "a site share a host (an affinity rule, or a VM group bound to a host group) and a port group, and so " +
    "do the backups. Docker: same host and a shared network.",
  enforcementLevel: "advisory",
  validateStack: onStack({}, (view, _cfg, report) => {
    for (const [site, vms] of bySite(view.vms)) {
      for (const tier of ["primary", "backup"]) {
        const group = vms.filter((vm) => vm.tier === tier);
        if (group.length < 2) continue;
        const names = listOf(group.map((g) => g.name));
        const issues: string[] = [];
        if (group[0].platform === "docker") {
          if (new Set(group.map((g) => g.engine)).size > 1) issues.push("are not on one host");
        } else if (
          keptTogether(
            view,
            group.map((g) => g.urn),
          ) === false
        ) {
          issues.push("are not kept on one host (no affinity rule or VM group bound to a host group)");
        }
        if (!shareNetwork(group)) issues.push("share no port group");
        if (issues.length > 0)
          report(`Site ${site}: the ${tier} VMs (${names}) ${issues.join(" and ")}.`, group[0].urn);
      }
    }
  }),
};

function shareNetwork(group: readonly StackVm[]): boolean {
  if (group.some((g) => g.networks === UNKNOWN)) return true;
  const [first, ...rest] = group.map((g) => g.networks as string[]);
  return first.some((n) => n !== "" && rest.every((r) => r.includes(n)));
}

export const placementPolicies = [pairAntiAffinity, mcpSpread, dependentVmsTogether];
