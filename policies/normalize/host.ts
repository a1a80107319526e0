// One view of an ESXi host, from the facts the program declares on its Host component
// (genesys:vsphere:Host, or genesys:docker:Host for the stand-in): capacity and BIOS settings.
import { COMPONENT, type HostFacts, type HostInputs } from "../contract";
import type { RawResource } from "./resource";
import { UNKNOWN, at, bool, num, str, type U } from "./values";
import type { Platform } from "./vm";

export interface NormalizedHost {
  urn: string;
  platform: Platform;
  site?: string;
  name: string;
  threads: U<number | undefined>;
  memoryGb: U<number | undefined>;
  bios: { vt: U<boolean | undefined>; ept: U<boolean | undefined>; hyperThreading: U<boolean | undefined> };
  /** The IP plan of the site's VM network as the host declares it (networks.vmTraffic.ipv4). */
  vmNetwork: U<{ cidr?: string; gateway?: string } | undefined>;
}

export function isHostComponent(type: string): boolean {
  return type === COMPONENT.vsphereHost || type === COMPONENT.dockerHost;
}

export function normalizeHost(r: RawResource): NormalizedHost | undefined {
  if (!isHostComponent(r.type)) return undefined;
  // The keys of the contract's HostInputs: renaming one there fails this build.
  const host = at(r.props, "host" satisfies keyof HostInputs);
  const site = str(r.props["site" satisfies keyof HostInputs]);
  const fact = (...path: [keyof HostFacts, ...string[]]) => at(host, ...path);
  const name = str(fact("name"));
  return {
    urn: r.urn,
    platform: r.type === COMPONENT.vsphereHost ? "vsphere" : "docker",
    site: site === UNKNOWN ? undefined : site,
    name: typeof name === "string" && name !== "" ? name : r.name,
    threads: num(fact("threads")),
    memoryGb: num(fact("memoryGb")),
    bios: {
      vt: bool(fact("bios", "vt" satisfies keyof HostFacts["bios"])),
      ept: bool(fact("bios", "ept" satisfies keyof HostFacts["bios"])),
      hyperThreading: bool(fact("bios", "hyperThreading" satisfies keyof HostFacts["bios"])),
    },
    vmNetwork: vmNetworkOf(r),
  };
}

function vmNetworkOf(r: RawResource): NormalizedHost["vmNetwork"] {
  const plan = at(r.props, "networks", "vmTraffic", "ipv4");
  if (plan === UNKNOWN) return UNKNOWN;
  if (typeof plan !== "object" || plan === null) return undefined;
  const cidr = str(at(plan, "cidr"));
  const gateway = str(at(plan, "gateway"));
  if (cidr === UNKNOWN || gateway === UNKNOWN) return UNKNOWN;
  return { cidr, gateway };
}
