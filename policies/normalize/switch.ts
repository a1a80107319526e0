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

const strings = (v: unknown): U<string[]> => {
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

function hostKey(r: RawResource, idProp: string): string {
  const id = str(r.props[idProp]);
  return r.parentUrn ?? (typeof id === "string" ? id : "(unknown host)");
}

/** Builds every switch of the stack from its vSwitch, port group, VMkernel and Docker network resources. */
export function normalizeSwitches(resources: readonly RawResource[]): NormalizedSwitch[] {
  const out: NormalizedSwitch[] = [];
  const vnics = resources.filter((r) => r.type === TYPE.vnic);
  const portGroups = resources.filter((r) => r.type === TYPE.portGroup);
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const vmPortGroupOf = (host: string) =>
    str(at(byUrn.get(host)?.props, "networks", "vmTraffic", "portGroup"));
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
            const s = strings(v.props.services);
            if (s === UNKNOWN) unknown = true;
            else services.push(...(s.length > 0 ? s : ["management"]));
          }
        }
        const finalName = typeof pgName === "string" ? pgName : pg.name;
        pgs.push({
          name: finalName,
          vmkernelServices: unknown ? UNKNOWN : services,
          vmTraffic: vmPortGroupOf(host) === finalName,
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
