// One view of a Genesys VM, whether it is a vSphere VirtualMachine or its Docker stand-in container.
import { DISABLED_DEVICE_KEYS, GUESTINFO, LABEL, TYPE } from "../contract";
import type { RawResource } from "./resource";
import { UNKNOWN, at, bool, dockerLabels, isUnknown, list, mapAll, num, str, type U } from "./values";

export type Platform = "vsphere" | "docker";

export interface NormalizedVm {
  urn: string;
  platform: Platform;
  name: string;
  site?: string;
  role?: string;
  tier?: string;
  pair?: string;
  cpus: U<number | undefined>;
  memoryMb: U<number | undefined>;
  /** Size of each virtual disk, GB. */
  disksGb: U<number[]>;
  /** Adapter type of each NIC. */
  adapterTypes: U<string[]>;
  /** Port group ids (vSphere) or network names (Docker) the NICs attach to. */
  networks: U<string[]>;
  toolsUpgradePolicy: U<string | undefined>;
  /** Guest time synchronised with the host, at boot and periodically. */
  timeSync: U<boolean>;
  /** Legacy devices still present (guide #7): cdrom, floppy, serial, parallel, usb, host devices. */
  legacyDevices: U<string[]>;
  addpTimeout: U<number | undefined>;
  addpRemoteTimeout: U<number | undefined>;
  /** vSphere: the host the VM is pinned to (hostSystemId); undefined when DRS may place it. */
  pinnedHost: U<string | undefined>;
  /** Docker: the provider (one per stand-in host) the container is created through. */
  engine?: string;
  /** Docker: the host name the container says it stands on (label). */
  hostLabel?: string;
  protect: boolean;
}

export function normalizeVm(r: RawResource): NormalizedVm | undefined {
  if (r.type === TYPE.vm) return fromVirtualMachine(r);
  if (r.type === TYPE.container) return fromContainer(r);
  return undefined;
}

function known(v: U<string | undefined>): string | undefined {
  return v === UNKNOWN ? undefined : v;
}

function fromVirtualMachine(r: RawResource): NormalizedVm {
  const p = r.props;
  const extra = at(p, "extraConfig");
  const guest = (key: string) => str(at(extra, key));
  const sync = [bool(p.syncTimeWithHost), bool(p.syncTimeWithHostPeriodically)];
  const hostSystemId = str(p.hostSystemId);
  return {
    urn: r.urn,
    platform: "vsphere",
    name: known(str(p.name)) ?? r.name,
    site: known(guest(GUESTINFO.site)),
    role: known(guest(GUESTINFO.role)),
    tier: known(guest(GUESTINFO.tier)),
    pair: known(guest(GUESTINFO.pair)) || undefined,
    cpus: num(p.numCpus),
    memoryMb: num(p.memory),
    disksGb: mapAll(p.disks, (d) => num(at(d, "size")) ?? 0),
    // The provider's default adapter type is vmxnet3.
    adapterTypes: mapAll(p.networkInterfaces, (n) => str(at(n, "adapterType")) ?? "vmxnet3"),
    networks: mapAll(p.networkInterfaces, (n) => str(at(n, "networkId")) ?? ""),
    toolsUpgradePolicy: str(p.toolsUpgradePolicy) ?? "manual",
    timeSync: sync.some(isUnknown) ? UNKNOWN : sync.every((s) => s === true),
    legacyDevices: vsphereDevices(p.cdroms, extra),
    addpTimeout: num(guest(GUESTINFO.addpTimeout)),
    addpRemoteTimeout: num(guest(GUESTINFO.addpRemoteTimeout)),
    // An unknown hostSystemId is still a pin: it will hold some host's id.
    pinnedHost: hostSystemId === UNKNOWN ? "(known after apply)" : hostSystemId || undefined,
    protect: r.protect,
  };
}

function vsphereDevices(cdroms: unknown, extra: unknown): U<string[]> {
  const cds = list(cdroms);
  if (cds === UNKNOWN || isUnknown(extra)) return UNKNOWN;
  const present: string[] = cds.length > 0 ? ["cdrom"] : [];
  for (const [device, key] of Object.entries(DISABLED_DEVICE_KEYS)) {
    const v = str(at(extra, key));
    if (v === UNKNOWN) return UNKNOWN;
    // Absent means the template's default, which has these devices: only an explicit FALSE removes it.
    if ((v ?? "").toUpperCase() !== "FALSE") present.push(device);
  }
  return present;
}

function fromContainer(r: RawResource): NormalizedVm {
  const p = r.props;
  const labels = dockerLabels(p.labels);
  const label = (key: string): U<string | undefined> => (labels === UNKNOWN ? UNKNOWN : labels.get(key));
  const orElse = <T>(a: U<T | undefined>, b: U<T | undefined>): U<T | undefined> => (a === undefined ? b : a);
  const disk = num(label(LABEL.diskGb));
  const adapter = label(LABEL.adapterType);
  const timeSync = bool(label(LABEL.toolsTimeSync));
  return {
    urn: r.urn,
    platform: "docker",
    name: known(str(p.name)) ?? known(label(LABEL.vm)) ?? r.name,
    site: known(label(LABEL.site)),
    role: known(label(LABEL.role)),
    tier: known(label(LABEL.tier)),
    pair: known(label(LABEL.pair)) || undefined,
    cpus: orElse(num(label(LABEL.vcpus)), num(p.cpus)),
    memoryMb: orElse(num(label(LABEL.memoryMb)), num(p.memory)),
    disksGb: disk === UNKNOWN ? UNKNOWN : disk === undefined ? [] : [disk],
    adapterTypes: adapter === UNKNOWN ? UNKNOWN : adapter === undefined ? [] : [adapter],
    networks: mapAll(p.networksAdvanced, (n) => str(at(n, "name")) ?? ""),
    toolsUpgradePolicy: label(LABEL.toolsUpgradePolicy),
    timeSync: timeSync === UNKNOWN ? UNKNOWN : timeSync === true,
    legacyDevices: dockerDevices(label(LABEL.devices), p.devices),
    addpTimeout: num(label(LABEL.addpTimeout)),
    addpRemoteTimeout: num(label(LABEL.addpRemoteTimeout)),
    pinnedHost: undefined,
    engine: r.providerUrn,
    hostLabel: known(label(LABEL.host)),
    protect: r.protect,
  };
}

function dockerDevices(declared: U<string | undefined>, hostDevices: unknown): U<string[]> {
  const devs = list(hostDevices);
  if (declared === UNKNOWN || devs === UNKNOWN) return UNKNOWN;
  const present = (declared ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  for (const d of devs) {
    const path = str(at(d, "hostPath"));
    present.push(`host device ${path === UNKNOWN ? "(known after apply)" : (path ?? "?")}`);
  }
  return present;
}
