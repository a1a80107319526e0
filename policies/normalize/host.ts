// One view of an ESXi host, from the facts the program declares on its Host component
// (genesys:vsphere:Host, or genesys:docker:Host for the stand-in): capacity and BIOS settings.
import { COMPONENT } from "../contract";
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
}

export function isHostComponent(type: string): boolean {
  return type === COMPONENT.vsphereHost || type === COMPONENT.dockerHost;
}

export function normalizeHost(r: RawResource): NormalizedHost | undefined {
  if (!isHostComponent(r.type)) return undefined;
  const host = at(r.props, "host");
  const site = str(r.props.site);
  const name = str(at(host, "name"));
  return {
    urn: r.urn,
    platform: r.type === COMPONENT.vsphereHost ? "vsphere" : "docker",
    site: site === UNKNOWN ? undefined : site,
    name: typeof name === "string" && name !== "" ? name : r.name,
    threads: num(at(host, "threads")),
    memoryGb: num(at(host, "memoryGb")),
    bios: {
      vt: bool(at(host, "bios", "vt")),
      ept: bool(at(host, "bios", "ept")),
      hyperThreading: bool(at(host, "bios", "hyperThreading")),
    },
  };
}
