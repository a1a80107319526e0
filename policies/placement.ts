// Placement policies: Genesys HA pairs apart, MCPs spread, dependent VMs together.
import type { StackValidationPolicy } from "@pulumi/policy";
import { listOf } from "./common";
import type { NormalizedRule } from "./normalize/rule";
import { bySite, pairsOf, type StackView, type StackVm } from "./normalize/stack";
import { UNKNOWN, type U } from "./normalize/values";
import { GENESYS_SCOPE, onGenesysStack } from "./scope";

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
const holdsAll = (r: { members: U<string[]> }, urns: readonly string[]) =>
  r.members !== UNKNOWN && urns.every((u) => (r.members as string[]).includes(u));
/** Surely holds them: exact members including them all, or a bound that is exactly them. */
const holdsSurely = (r: NormalizedRule, urns: readonly string[]) =>
  holdsAll(r, urns) && (r.exact || sameSet(r.members as string[], urns));

/** A rule that may hold all of these VMs but cannot be judged yet: its members or flags are not
 * known, or only a bound of its members is. Only such a rule keeps a conclusion about these VMs
 * open; an unresolved rule elsewhere in the stack does not. */
function mayHoldUnresolved(r: NormalizedRule, urns: readonly string[]): boolean {
  if (r.members === UNKNOWN) return true;
  if (!holdsAll(r, urns)) return false;
  // A bound that is exactly these VMs is their rule (a rule of fewer would keep nothing apart).
  return (
    (!r.exact && !sameSet(r.members as string[], urns)) || r.enabled === UNKNOWN || r.mandatory === UNKNOWN
  );
}

/** DRS overrides that take a VM out of fully automated DRS: the rules are then not enforced for it. */
function weakenedDrs(view: StackView, vm: StackVm): string[] {
  const out: string[] = [];
  for (const o of view.drsOverrides) {
    if (o.members === UNKNOWN || !o.exact || !o.members.includes(vm.urn)) continue;
    if (o.drsEnabled === false) out.push(`DRS override ${o.name} disables DRS for ${vm.name}`);
    else if (typeof o.automationLevel === "string" && o.automationLevel !== "fullyAutomated")
      out.push(`DRS override ${o.name} sets ${vm.name} to ${o.automationLevel}`);
  }
  return out;
}

export const pairAntiAffinity: StackValidationPolicy = {
  name: "ha-pair-anti-affinity",
  description:
    "The primary and backup of every Genesys HA pair never share a host (guide practice 9): on vSphere " +
    "an enabled, mandatory VM anti-affinity rule holds exactly the two VMs, and no per-VM DRS override " +
    "takes either out of fully automated DRS; on the Docker stand-in the two containers run on " +
    "different hosts (different Docker providers).",
  enforcementLevel: "mandatory",
  configSchema: { properties: GENESYS_SCOPE },
  validateStack: onGenesysStack({}, (view, _cfg, report) => {
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
      for (const vm of [primary, backup]) {
        const weak = weakenedDrs(view, vm);
        if (weak.length > 0)
          report(`Pair ${p.pair}: ${listOf(weak)}, so DRS does not keep the pair apart.`, vm.urn);
      }
      const want = [primary.urn, backup.urn];
      const ok = anti.some(
        (r) =>
          r.enabled === true && r.mandatory === true && r.members !== UNKNOWN && sameSet(r.members, want),
      );
      // Not known yet: a rule that may be this pair's (unknown members, or a bound holding both).
      if (
        ok ||
        anti.some((r) => mayHoldUnresolved(r, want) && !(r.members === UNKNOWN && ownRule(anti, want)))
      )
        continue;
      const partial = anti.find((r) => holdsSurely(r, want));
      const why = partial
        ? `rule ${partial.name} is ${[
            partial.enabled !== true ? "disabled" : "",
            partial.mandatory !== true ? "not mandatory" : "",
            (partial.members as string[]).length !== 2 ? "not limited to the two VMs" : "",
          ]
            .filter(Boolean)
            .join(", ")}`
        : heldBy(anti, view, want);
      report(`Pair ${p.pair}: ${primary.name} and ${backup.name} may share a host: ${why}.`, primary.urn);
    }
  }),
};

/** The pair has a rule of its own whose members are known (so a rule of unknown members is another's). */
function ownRule(anti: readonly NormalizedRule[], want: readonly string[]): boolean {
  return anti.some(
    (r) => r.members !== UNKNOWN && r.exact && want.some((u) => (r.members as string[]).includes(u)),
  );
}

/** Why no rule holds the pair: the rule that holds one of them, as deployed, or none. */
function heldBy(anti: readonly NormalizedRule[], view: StackView, want: readonly string[]): string {
  const one = anti.find(
    (r) => r.exact && r.members !== UNKNOWN && want.some((u) => (r.members as string[]).includes(u)),
  );
  if (!one) return "no anti-affinity rule holds them";
  const names = (one.members as string[]).map((u) => view.vms.find((v) => v.urn === u)?.name ?? u);
  return `rule ${one.name} holds ${listOf(names)}, not both`;
}

export const mcpSpread: StackValidationPolicy = {
  name: "mcp-vms-spread",
  description:
    "The media control platforms (MCPs) of a site are spread over different hosts, so one host failure " +
    "does not take all media capacity: an enabled anti-affinity rule holds them all (Docker: different hosts).",
  enforcementLevel: "advisory",
  configSchema: { properties: GENESYS_SCOPE },
  validateStack: onGenesysStack({}, (view, _cfg, report) => {
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
      const ok = anti.some((r) => r.enabled === true && holdsSurely(r, urns));
      if (!ok && !anti.some((r) => mayHoldUnresolved(r, urns)))
        report(
          `Site ${site}: no enabled anti-affinity rule spreads MCPs ${listOf(mcps.map((m) => m.name))}.`,
          urns[0],
        );
    }
  }),
};

/** True when the VMs are kept on one host: one affinity rule, or one VM group bound to a host group. */
function keptTogether(view: StackView, urns: string[]): boolean | typeof UNKNOWN {
  const holds = (r: NormalizedRule) => holdsSurely(r, urns);
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
  return candidates.some((r) => mayHoldUnresolved(r, urns) || r.vmGroupName === UNKNOWN) ? UNKNOWN : false;
}

export const dependentVmsTogether: StackValidationPolicy = {
  name: "dependent-vms-together",
  description:
    "VMs that depend on each other run on one host and one vSwitch (guide practice 6): the primaries of " +
    "a site share a host (an affinity rule, or a VM group bound to a host group) and a port group, and so " +
    "do the backups. Docker: same host and a shared network.",
  enforcementLevel: "advisory",
  configSchema: { properties: GENESYS_SCOPE },
  validateStack: onGenesysStack({}, (view, _cfg, report) => {
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
