// The whole stack in normalized form, for the stack policies: VMs with the model facts of their
// component, hosts, placement rules and switches, grouped by site.
import type { PolicyResource } from "@pulumi/policy";
import { COMPONENT, TYPE, type VmFacts, type VmInputs } from "../contract";
import { perRequest } from "../secret-marks";
import { normalizeCluster, type NormalizedCluster } from "./cluster";
import { normalizeDvSwitches, type NormalizedDvSwitch } from "./dvswitch";
import { normalizeHost, type NormalizedHost } from "./host";
import { fromPolicyResource, type RawResource } from "./resource";
import { isRuleType, normalizeRule, vmMembers, type NormalizedRule, type VmIndex } from "./rule";
import { normalizeSwitches, type NormalizedSwitch } from "./switch";
import { tagFactsByVm } from "./tags";
import { UNKNOWN, at, bool, isUnknown, num, str, type U } from "./values";
import { normalizeVm, type NormalizedVm } from "./vm";

/** A VM with what its GenesysVm component declares about it (the deployment model). */
export interface StackVm extends NormalizedVm {
  /** The host the model puts the VM on (vSphere: the start point of a failover analysis). */
  intendedHost?: string;
  /** The model's sizing, and its guest identity, used when the resource's own values are not known
   * yet (a preview) or not readable (a secret customization). */
  model?: { cpus?: number; memoryMb?: number; computerName?: string; ipv4?: string };
}

/** A per-VM DRS override (DrsVmOverride): DRS off or not fully automated for its VM. */
export interface DrsOverride {
  urn: string;
  name: string;
  /** The VM it applies to (URN), or the VMs its id was computed from when the id is unknown. */
  members: U<string[]>;
  exact: boolean;
  /** Provider defaults when absent: DRS disabled, manual. */
  drsEnabled: U<boolean>;
  automationLevel: U<string>;
}

export interface StackView {
  vms: StackVm[];
  drsOverrides: DrsOverride[];
  hosts: NormalizedHost[];
  rules: NormalizedRule[];
  switches: NormalizedSwitch[];
  dvSwitches: NormalizedDvSwitch[];
  clusters: NormalizedCluster[];
  byUrn: ReadonlyMap<string, RawResource>;
}

/** Keys a stack's view in the per-request memo of its first resource (secret-marks.ts). */
const STACK_VIEW = Symbol("stackViewOf");

/**
 * The view of an AnalyzeStack request's resources. The SDK calls every stack policy with a list of
 * its own, all read from the one request: the view is built once per request and shared, frozen
 * (about a tenth of the pack's CPU when each of the 11 stack policies built its own). It is kept
 * with the request's first resource (its Struct belongs to that request alone) and the URNs it was
 * built from, and used only for a list of the same URNs in the same order.
 */
export function stackViewOf(resources: readonly PolicyResource[]): StackView {
  const build = () => buildStackView(resources.map(fromPolicyResource));
  if (resources.length === 0) return build();
  const kept = perRequest(resources[0].props, STACK_VIEW, () => ({
    urns: resources.map((r) => r.urn),
    view: build(),
  }));
  const same = kept.urns.length === resources.length && resources.every((r, i) => r.urn === kept.urns[i]);
  return same ? kept.view : build();
}

export function buildStackView(resources: readonly RawResource[]): StackView {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const vms: StackVm[] = [];
  const idToUrn = new Map<string, string>();
  const tags = tagFactsByVm(resources, byUrn);
  for (const r of resources) {
    const vm = normalizeVm(r);
    if (!vm) continue;
    const model = modelOf(r, byUrn);
    const tagged = tags.get(r.urn) ?? {};
    vms.push({
      ...vm,
      ...model,
      site: vm.site ?? tagged.site ?? model.site,
      role: vm.role ?? tagged.role,
      tier: vm.tier ?? tagged.tier?.toLowerCase(),
      pair: vm.pair ?? tagged.pair,
      genesys: vm.genesys || tags.has(r.urn),
    });
    // A vSphere VM's id is its UUID (also an output); a container's id is its own.
    for (const key of ["id", "uuid"]) {
      const id = str(r.props[key]);
      if (typeof id === "string" && id !== "") idToUrn.set(id, r.urn);
    }
  }
  const vmUrns = new Set(vms.map((v) => v.urn));
  const index: VmIndex = { urnById: (id) => idToUrn.get(id), isVm: (urn) => vmUrns.has(urn) };
  const rules: NormalizedRule[] = [];
  const drsOverrides: DrsOverride[] = [];
  for (const r of resources) {
    if (r.type === TYPE.drsVmOverride) drsOverrides.push(drsOverride(r, index));
    if (!isRuleType(r.type)) continue;
    const rule = normalizeRule(r, index);
    if (rule) rules.push(rule);
  }
  const hosts = resources.map(normalizeHost).filter((h): h is NormalizedHost => h !== undefined);
  const clusters = resources
    .filter((r) => r.type === TYPE.cluster)
    .map(normalizeCluster)
    .filter((c): c is NormalizedCluster => c !== undefined);
  return {
    vms,
    drsOverrides,
    hosts,
    rules,
    switches: normalizeSwitches(resources),
    dvSwitches: normalizeDvSwitches(resources),
    clusters,
    byUrn,
  };
}

function drsOverride(r: RawResource, index: VmIndex): DrsOverride {
  const id = r.props.virtualMachineId;
  const name = str(r.props.name);
  return {
    urn: r.urn,
    name: typeof name === "string" && name !== "" ? name : r.name,
    ...vmMembers(r, isUnknown(id) ? id : id === undefined ? [] : [id], index),
    drsEnabled: bool(r.props.drsEnabled) ?? false,
    automationLevel: str(r.props.drsAutomationLevel) ?? "manual",
  };
}

/** Model facts from the VM's GenesysVm component (its parent), read as plain data. */
function modelOf(r: RawResource, byUrn: ReadonlyMap<string, RawResource>): Partial<StackVm> {
  const parent = r.parentUrn ? byUrn.get(r.parentUrn) : undefined;
  if (!parent || (parent.type !== COMPONENT.vsphereVm && parent.type !== COMPONENT.dockerVm)) return {};
  // The keys of the contract's VmInputs: renaming one there fails this build.
  const vm = at(parent.props, "vm" satisfies keyof VmInputs);
  const fact = (...path: [keyof VmFacts, ...string[]]) => at(vm, ...path);
  if (vm === UNKNOWN) return {};
  const s = (v: unknown) => {
    const x = str(v);
    return typeof x === "string" && x !== "" ? x : undefined;
  };
  const n = (v: unknown) => {
    const x = num(v);
    return typeof x === "number" ? x : undefined;
  };
  return {
    intendedHost: s(fact("intendedHost")),
    model: {
      cpus: n(fact("sizing", "cpus" satisfies keyof VmFacts["sizing"])),
      memoryMb: n(fact("sizing", "memoryMb" satisfies keyof VmFacts["sizing"])),
      computerName: s(fact("guest", "computerName" satisfies keyof VmFacts["guest"])),
      ipv4: s(fact("guest", "ipv4" satisfies keyof VmFacts["guest"])),
    },
    site: s(fact("site")),
  };
}

/** Groups items by site; items without a site go under "". */
export function bySite<T extends { site?: string }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) {
    const k = i.site ?? "";
    const l = m.get(k);
    if (l) l.push(i);
    else m.set(k, [i]);
  }
  return m;
}

/** Primary/backup pairs of a set of VMs, by pair name. */
export function pairsOf<T extends NormalizedVm>(
  vms: readonly T[],
): { pair: string; primary?: T; backup?: T }[] {
  const m = new Map<string, { pair: string; primary?: T; backup?: T }>();
  for (const vm of vms) {
    if (!vm.pair || (vm.tier !== "primary" && vm.tier !== "backup")) continue;
    const e = m.get(vm.pair) ?? { pair: vm.pair };
    e[vm.tier] = vm;
    m.set(vm.pair, e);
  }
  return [...m.values()].sort((a, b) => a.pair.localeCompare(b.pair));
}
