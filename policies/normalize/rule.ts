// One view of a DRS placement object: VM-VM (anti-)affinity rules, VM groups, host groups and
// VM-host rules. Membership is what the rule holds: its `virtualMachineIds` (as deployed, in a
// stack export after a refresh) matched against the VMs' ids. Only when those ids are not known
// (a preview of VMs not created yet) do the rule's dependencies stand in for them: the VMs the ids
// were computed from. That is an upper bound (one `apply` over several VMs may pick some of them),
// so such members are marked inexact and the policies conclude from them only what a bound allows.
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
  /** VM URNs (rules, VM groups; an id of no VM of the stack is kept as the id) or host ids (host
   * groups); UNKNOWN when nothing is known of them yet. */
  members: U<string[]>;
  /** False when `members` are only the VMs the ids were computed from (a superset of the real ones). */
  exact: boolean;
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

/** How rule members are tied to the stack's VMs. */
export interface VmIndex {
  /** A VM's URN from its id (as virtualMachineIds hold it). */
  urnById(id: string): string | undefined;
  isVm(urn: string): boolean;
}

const NO_VMS: VmIndex = { urnById: () => undefined, isVm: () => false };

export function normalizeRule(r: RawResource, vms: VmIndex = NO_VMS): NormalizedRule | undefined {
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
    exact: true,
  };
  if (kind === "hostGroup") {
    rule.members = ids(p.hostSystemIds, () => undefined);
  } else if (kind === "vmHost") {
    rule.vmGroupName = str(p.vmGroupName);
    rule.hostGroupName = str(p.affinityHostGroupName);
  } else {
    Object.assign(rule, vmMembers(r, p.virtualMachineIds, vms));
  }
  return rule;
}

/** The VMs a list of VM ids names; see the file comment for the fallback on dependencies. */
export function vmMembers(
  r: RawResource,
  value: unknown,
  vms: VmIndex,
): { members: U<string[]>; exact: boolean } {
  const given = ids(value, (id) => vms.urnById(id));
  const deps = [
    ...new Set((r.propertyDependencies[dependencyKey(r)] ?? r.dependencies ?? []).filter((u) => vms.isVm(u))),
  ];
  // Ids known and some of them ours: exactly what vCenter holds.
  if (given !== UNKNOWN && (deps.length === 0 || given.some((m) => vms.isVm(m))))
    return { members: given, exact: true };
  if (deps.length === 0) return { members: given, exact: given !== UNKNOWN };
  const l = list(value);
  return { members: deps, exact: l !== UNKNOWN && l.length === deps.length };
}

const dependencyKey = (r: RawResource) =>
  r.type === TYPE.drsVmOverride ? "virtualMachineId" : "virtualMachineIds";

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
