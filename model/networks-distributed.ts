// Distributed networking of a site (`networks.kind: distributed`): one vSphere Distributed Switch
// whose uplinks are the hosts' NICs, a port group for VM traffic and one for vMotion. Guide #2
// (vMotion apart from VM traffic) holds through the uplinks: each network has uplinks of its own,
// active for it and unused by the other. Plain data, no Pulumi: the components translate it.
import { ObjReader, NAME_PATTERN, NAME_RULE } from "./config-reader";
import type { NetworkKind, SiteNetworks } from "./types";

export const NETWORK_KINDS: readonly NetworkKind[] = ["standard", "distributed"];
/** The guide's layout: a standard vSwitch per network on every host. */
export const DEFAULT_NETWORK_KIND: NetworkKind = "standard";

/** The keys of `networks` beside the two networks. */
export const NETWORK_KIND_KEYS = ["kind", "distributedSwitch"] as const;

export interface NetworkKindSpec {
  kind: NetworkKind;
  /** The distributed switch's name (distributed only). */
  distributedSwitch?: string;
}

export function defaultSwitchName(site: string): string {
  return `${site}-dvs`;
}

/** Reads `networks.kind` and, for a distributed site, `networks.distributedSwitch`. */
export function readNetworkKind(r: ObjReader, site: string): NetworkKindSpec | undefined {
  const kind = r.oneOf("kind", NETWORK_KINDS, DEFAULT_NETWORK_KIND);
  if (kind === undefined) return undefined;
  if (kind === "standard") {
    if (r.has("distributedSwitch"))
      r.issues.add(
        r.path("distributedSwitch"),
        r.obj.distributedSwitch,
        "only with networks.kind: distributed (standard networks name their vSwitch in vmTraffic.vswitch and vmotion.vswitch)",
      );
    return { kind };
  }
  const distributedSwitch = r.string("distributedSwitch", {
    default: defaultSwitchName(site),
    pattern: NAME_PATTERN,
    describe: `a distributed switch name: ${NAME_RULE}`,
  });
  return distributedSwitch === undefined ? undefined : { kind, distributedSwitch };
}

/**
 * The vSwitch name a network takes: its own `vswitch` on standard networks; the site's distributed
 * switch otherwise, where `vswitch` is a mistake (both networks share the one switch).
 */
export function readSwitchName(r: ObjReader, spec: NetworkKindSpec): string | undefined {
  if (spec.kind === "standard")
    return r.string("vswitch", { pattern: NAME_PATTERN, describe: `a vSwitch name: ${NAME_RULE}` });
  if (r.has("vswitch")) {
    r.issues.add(
      r.path("vswitch"),
      r.obj.vswitch,
      "no vswitch with networks.kind: distributed: both networks are port groups of networks.distributedSwitch",
    );
    return undefined;
  }
  return spec.distributedSwitch;
}

export interface UplinkLayout {
  /** The switch's uplink names, in the order the hosts' devices fill them. */
  uplinks: string[];
  /** Each host's NICs given to the switch, in uplink order. */
  devices: string[];
  vmTrafficUplinks: string[];
  vmotionUplinks: string[];
  /** The switch's MTU: the larger of the two networks' (vMotion may use jumbo frames). */
  maxMtu: number;
}

/**
 * The uplinks of a site's distributed switch. vCenter gives a host's NICs to the uplink ports in
 * the order they are added, so the NICs of VM traffic fill `vm-uplink1..n` and vMotion's NICs
 * `vmotion-uplink1..n`; each port group then uses its own uplinks as active and the other's as
 * unused (neither active nor standby), which is guide #2 on a distributed switch.
 */
export function uplinkLayout(networks: SiteNetworks): UplinkLayout {
  const named = (prefix: string, nics: string[]) => nics.map((_, i) => `${prefix}-uplink${i + 1}`);
  const vmTrafficUplinks = named("vm", networks.vmTraffic.nics);
  const vmotionUplinks = named("vmotion", networks.vmotion.nics);
  return {
    uplinks: [...vmTrafficUplinks, ...vmotionUplinks],
    devices: [...networks.vmTraffic.nics, ...networks.vmotion.nics],
    vmTrafficUplinks,
    vmotionUplinks,
    maxMtu: Math.max(networks.vmTraffic.mtu, networks.vmotion.mtu),
  };
}
