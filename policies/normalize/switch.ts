// One view of a host's virtual switches: which physical NICs each uses and what is plugged into it
// (VM port groups, VMkernel adapters). On the Docker stand-in a Docker network plays a vSwitch with
// one port group; the vMotion network is the one labelled (or named) vmotion.
import { LABEL, TYPE } from "../contract";
import type { RawResource } from "./resource";
import { UNKNOWN, at, bool, dockerLabels, list, str, type U } from "./values";
import type { Platform } from "./vm";

export interface NormalizedPortGroup {
  name: string;
  /** Services of the VMkernel adapters on this port group; empty for a VM port group. */
  vmkernelServices: U<string[]>;
  /** The host declares it as the port group of its VMs (networks.vmTraffic of the Host component). */
  vmTraffic: boolean;
}

export interface NormalizedSwitch {
  urn: string;
  platform: Platform;
  /** The host the switch belongs to (its Host component's URN, else the host id). */
  host: string;
  name: string;
  nics: U<string[]>;
  portGroups: NormalizedPortGroup[];
  /** Docker: the network is internal (no route off the host). */
  internal?: U<boolean>;
  /** Carries vMotion (a VMkernel adapter with the vmotion service, or the Docker vMotion network). */
  vmotion: U<boolean>;
}

export const strings = (v: unknown): U<string[]> => {
  const l = list(v);
  if (l === UNKNOWN) return UNKNOWN;
  const out: string[] = [];
  for (const e of l) {
    const s = str(e);
    if (s === UNKNOWN) return UNKNOWN;
    if (s) out.push(s);
  }
  return out;
};

/**
 * The host a switch, port group or VMkernel adapter is on: its host id, else (a preview of a host
 * not known yet) the resource that id comes from, else its parent. Never the parent first: a
 * program that declares every host's switches at the top level has the stack as their parent.
 */
function hostKey(r: RawResource, idProp: string): string {
  const id = str(r.props[idProp]);
  if (typeof id === "string" && id !== "") return id;
  return r.propertyDependencies[idProp]?.[0] ?? r.parentUrn ?? "(unknown host)";
}

/** Services of a VMkernel adapter: its `services`, plus vMotion when it is on the vMotion TCP/IP
 * stack (`netstack: "vmotion"`, the other form the provider documents); none given: management. */
export function vnicServices(v: RawResource): U<string[]> {
  const s = strings(v.props.services);
  const netstack = str(v.props.netstack);
  if (s === UNKNOWN || netstack === UNKNOWN) return UNKNOWN;
  const out = new Set(s);
  if (netstack === "vmotion") out.add("vmotion");
  return out.size > 0 ? [...out] : ["management"];
}

/** Builds every switch of the stack from its vSwitch, port group, VMkernel and Docker network resources. */
export function normalizeSwitches(resources: readonly RawResource[]): NormalizedSwitch[] {
  const out: NormalizedSwitch[] = [];
  const vnics = resources.filter((r) => r.type === TYPE.vnic);
  const portGroups = resources.filter((r) => r.type === TYPE.portGroup);
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  // The port group a Host component declares for its VMs (the program's own switches).
  const vmPortGroupOf = (pg: RawResource) =>
    str(at(pg.parentUrn ? byUrn.get(pg.parentUrn)?.props : undefined, "networks", "vmTraffic", "portGroup"));
  for (const sw of resources) {
    if (sw.type === TYPE.vswitch) {
      const host = hostKey(sw, "hostSystemId");
      const name = str(sw.props.name);
      const swName = typeof name === "string" ? name : sw.name;
      const parts = [sw.props.networkAdapters, sw.props.activeNics, sw.props.standbyNics].map(strings);
      const nics = parts.includes(UNKNOWN) ? UNKNOWN : [...new Set((parts as string[][]).flat())];
      const pgs: NormalizedPortGroup[] = [];
      for (const pg of portGroups) {
        if (hostKey(pg, "hostSystemId") !== host || str(pg.props.virtualSwitchName) !== swName) continue;
        const pgName = str(pg.props.name);
        const services: string[] = [];
        let unknown = pgName === UNKNOWN;
        for (const v of vnics) {
          if (hostKey(v, "host") !== host) continue;
          const vpg = str(v.props.portgroup);
          if (vpg === UNKNOWN) unknown = true;
          else if (vpg === pgName) {
            const s = vnicServices(v);
            if (s === UNKNOWN) unknown = true;
            else services.push(...s);
          }
        }
        const finalName = typeof pgName === "string" ? pgName : pg.name;
        pgs.push({
          name: finalName,
          vmkernelServices: unknown ? UNKNOWN : services,
          vmTraffic: vmPortGroupOf(pg) === finalName,
        });
      }
      const vmotion = pgs.some((p) => p.vmkernelServices === UNKNOWN)
        ? UNKNOWN
        : pgs.some((p) => (p.vmkernelServices as string[]).includes("vmotion"));
      out.push({ urn: sw.urn, platform: "vsphere", host, name: swName, nics, portGroups: pgs, vmotion });
    } else if (sw.type === TYPE.dockerNetwork) {
      out.push(normalizeDockerNetwork(sw));
    }
  }
  return out;
}

export function normalizeDockerNetwork(r: RawResource): NormalizedSwitch {
  const name = str(r.props.name);
  const labels = dockerLabels(r.props.labels);
  const purpose = labels === UNKNOWN ? UNKNOWN : labels.get(LABEL.network);
  const netName = typeof name === "string" ? name : r.name;
  const vmotion =
    purpose === UNKNOWN ? UNKNOWN : purpose !== undefined ? purpose === "vmotion" : /vmotion/i.test(netName);
  return {
    urn: r.urn,
    platform: "docker",
    host: r.providerUrn ?? r.parentUrn ?? "(default engine)",
    name: netName,
    nics: [],
    portGroups: [
      { name: netName, vmkernelServices: vmotion === true ? ["vmotion"] : [], vmTraffic: vmotion === false },
    ],
    internal: bool(r.props.internal) ?? false,
    vmotion,
  };
}
