// One view of a distributed switch (vSphere Distributed Switch): its uplinks and, per distributed
// port group, the uplinks it uses (the port group's teaming, else the switch's; none set: all
// uplinks active), the VMkernel adapters on it and whether VMs attach to it.
//
// The links between resources are ids (a port group's switch UUID, an adapter's port group key, a
// NIC's network id), which the analyzer does not send; they are followed through
// propertyDependencies, else by the port group's `key` output, else (one switch in the stack) to
// that switch.
import { TYPE } from "../contract";
import type { RawResource } from "./resource";
import { strings, vnicServices } from "./switch";
import { UNKNOWN, at, list, str, type U } from "./values";

export interface DvPortGroup {
  urn: string;
  name: string;
  /** Uplinks carrying its traffic: active, then standby (after the switch's defaults). */
  active: U<string[]>;
  standby: U<string[]>;
  /** Services of the VMkernel adapters on it; empty when none. */
  vmkernelServices: U<string[]>;
  /** VMs attached to it, by name. */
  vms: string[];
}

export interface NormalizedDvSwitch {
  urn: string;
  name: string;
  portGroups: DvPortGroup[];
}

const nameOf = (r: RawResource) => {
  const n = str(r.props.name);
  return typeof n === "string" && n !== "" ? n : r.name;
};

/** The resource of `type` a property of `r` points at. */
function linked(
  r: RawResource,
  prop: string,
  candidates: readonly RawResource[],
  byKey: (c: RawResource, id: string) => boolean,
): RawResource | undefined {
  const dep = r.propertyDependencies[prop];
  if (dep) {
    const hit = candidates.find((c) => dep.includes(c.urn));
    if (hit) return hit;
  }
  const id = str(r.props[prop]);
  if (typeof id === "string" && id !== "") return candidates.find((c) => byKey(c, id));
  return undefined;
}

const nonEmpty = (v: U<string[]>): U<string[] | undefined> =>
  v === UNKNOWN ? UNKNOWN : v.length > 0 ? v : undefined;

export function normalizeDvSwitches(resources: readonly RawResource[]): NormalizedDvSwitch[] {
  const switches = resources.filter((r) => r.type === TYPE.distributedSwitch);
  if (switches.length === 0) return [];
  const pgs = resources.filter((r) => r.type === TYPE.distributedPortGroup);
  const vnics = resources.filter((r) => r.type === TYPE.vnic);
  const vms = resources.filter((r) => r.type === TYPE.vm);
  const isKey = (c: RawResource, id: string) => str(c.props.key) === id;
  const out = new Map<string, NormalizedDvSwitch>(
    switches.map((s) => [s.urn, { urn: s.urn, name: nameOf(s), portGroups: [] }]),
  );
  for (const pg of pgs) {
    const sw =
      linked(pg, "distributedVirtualSwitchUuid", switches, (c, id) => str(c.props.uuid) === id) ??
      (switches.length === 1 ? switches[0] : undefined);
    if (!sw) continue;
    const uplinks = strings(sw.props.uplinks);
    const swActive = nonEmpty(strings(sw.props.activeUplinks));
    const swStandby = strings(sw.props.standbyUplinks);
    const pgActive = nonEmpty(strings(pg.props.activeUplinks));
    const pgStandby = nonEmpty(strings(pg.props.standbyUplinks));
    const active = pgActive !== undefined ? pgActive : swActive !== undefined ? swActive : uplinks;
    const standby = pgStandby !== undefined ? pgStandby : pgActive !== undefined ? [] : swStandby;
    let services: U<string[]> = [];
    for (const v of vnics) {
      const on = linked(v, "distributedPortGroup", pgs, isKey);
      if (on === undefined && str(v.props.distributedPortGroup) === UNKNOWN) services = UNKNOWN;
      if (on !== pg || services === UNKNOWN) continue;
      const s = vnicServices(v);
      services = s === UNKNOWN ? UNKNOWN : [...services, ...s];
    }
    const attached = vms
      .filter((vm) => {
        const deps = vm.propertyDependencies.networkInterfaces ?? [];
        if (deps.includes(pg.urn)) return true;
        const nics = list(vm.props.networkInterfaces);
        const key = str(pg.props.key);
        return (
          nics !== UNKNOWN && typeof key === "string" && nics.some((n) => str(at(n, "networkId")) === key)
        );
      })
      .map(nameOf);
    out.get(sw.urn)!.portGroups.push({
      urn: pg.urn,
      name: nameOf(pg),
      active,
      standby,
      vmkernelServices: services,
      vms: attached,
    });
  }
  return [...out.values()];
}
