// The whole stack in normalized form, for the stack policies: VMs with the model facts of their
// component, hosts, placement rules and switches, grouped by site.
import { COMPONENT, TYPE, type VmFacts, type VmInputs } from "../contract";
import { normalizeCluster, type NormalizedCluster } from "./cluster";
import { normalizeHost, type NormalizedHost } from "./host";
import type { RawResource } from "./resource";
import { isRuleType, normalizeRule, type NormalizedRule } from "./rule";
import { normalizeSwitches, type NormalizedSwitch } from "./switch";
import { UNKNOWN, at, num, str } from "./values";
import { normalizeVm, type NormalizedVm } from "./vm";

/** A VM with what its GenesysVm component declares about it (the deployment model). */
export interface StackVm extends NormalizedVm {
  /** The host the model puts the VM on (vSphere: the start point of a failover analysis). */
  intendedHost?: string;
  /** Model sizing, used when the resource's own values are not known yet. */
  modelCpus?: number;
  modelMemoryMb?: number;
}

export interface StackView {
  vms: StackVm[];
  hosts: NormalizedHost[];
  rules: NormalizedRule[];
  switches: NormalizedSwitch[];
  clusters: NormalizedCluster[];
  byUrn: ReadonlyMap<string, RawResource>;
}

export function buildStackView(resources: readonly RawResource[]): StackView {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const vms: StackVm[] = [];
  const idToUrn = new Map<string, string>();
  for (const r of resources) {
    const vm = normalizeVm(r);
    if (!vm) continue;
    const model = modelOf(r, byUrn);
    vms.push({ ...vm, ...model, site: vm.site ?? model.site });
    for (const key of ["id", "uuid"]) {
      const id = str(r.props[key]);
      if (typeof id === "string" && id !== "") idToUrn.set(id, r.urn);
    }
  }
  const rules: NormalizedRule[] = [];
  for (const r of resources) {
    if (!isRuleType(r.type)) continue;
    const rule = normalizeRule(r, (id) => idToUrn.get(id));
    if (rule) rules.push(rule);
  }
  const hosts = resources.map(normalizeHost).filter((h): h is NormalizedHost => h !== undefined);
  const clusters = resources
    .filter((r) => r.type === TYPE.cluster)
    .map(normalizeCluster)
    .filter((c): c is NormalizedCluster => c !== undefined);
  return { vms, hosts, rules, switches: normalizeSwitches(resources), clusters, byUrn };
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
    modelCpus: n(fact("sizing", "cpus" satisfies keyof VmFacts["sizing"])),
    modelMemoryMb: n(fact("sizing", "memoryMb" satisfies keyof VmFacts["sizing"])),
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
