// One view of a DRS placement object: VM-VM (anti-)affinity rules, VM groups, host groups and
// VM-host rules. Membership is resolved to VM URNs: from `propertyDependencies.virtualMachineIds`
// (the VMs' URNs, present even in a preview, where the ids themselves are unknown), else by
// matching the ids against the VMs' own ids.
import { TYPE } from "../contract";
import type { RawResource } from "./resource";
import { UNKNOWN, bool, list, str, type U } from "./values";

export type RuleKind = "antiAffinity" | "affinity" | "vmGroup" | "hostGroup" | "vmHost";

export interface NormalizedRule {
  urn: string;
  kind: RuleKind;
  name: string;
  /** The PlacementRules component (or other parent) the rule was declared in. */
  parentUrn?: string;
  enabled: U<boolean>;
  mandatory: U<boolean>;
  /** VM URNs (rules, VM groups) or host ids (host groups); UNKNOWN when not resolvable yet. */
  members: U<string[]>;
  vmGroupName?: U<string | undefined>;
  hostGroupName?: U<string | undefined>;
}

const KINDS: Record<string, RuleKind> = {
  [TYPE.antiAffinityRule]: "antiAffinity",
  [TYPE.affinityRule]: "affinity",
  [TYPE.vmGroup]: "vmGroup",
  [TYPE.hostGroup]: "hostGroup",
  [TYPE.vmHostRule]: "vmHost",
};

export function isRuleType(type: string): boolean {
  return type in KINDS;
}

/** `vmUrnById` maps a VM's id (as the rule's virtualMachineIds hold it) to the VM's URN. */
export function normalizeRule(
  r: RawResource,
  vmUrnById: (id: string) => string | undefined = () => undefined,
): NormalizedRule | undefined {
  const kind = KINDS[r.type];
  if (!kind) return undefined;
  const p = r.props;
  const name = str(p.name);
  const rule: NormalizedRule = {
    urn: r.urn,
    kind,
    name: typeof name === "string" ? name : r.name,
    parentUrn: r.parentUrn,
    enabled: bool(p.enabled) ?? true,
    mandatory: bool(p.mandatory) ?? false,
    members: [],
  };
  if (kind === "hostGroup") {
    rule.members = ids(p.hostSystemIds, () => undefined);
  } else if (kind === "vmHost") {
    rule.vmGroupName = str(p.vmGroupName);
    rule.hostGroupName = str(p.affinityHostGroupName);
  } else {
    const deps = r.propertyDependencies.virtualMachineIds ?? [];
    rule.members = deps.length > 0 ? [...new Set(deps)] : ids(p.virtualMachineIds, vmUrnById);
  }
  return rule;
}

function ids(v: unknown, resolve: (id: string) => string | undefined): U<string[]> {
  const l = list(v);
  if (l === UNKNOWN) return UNKNOWN;
  const out: string[] = [];
  for (const e of l) {
    const id = str(e);
    if (id === UNKNOWN) return UNKNOWN;
    if (id) out.push(resolve(id) ?? id);
  }
  return out;
}
