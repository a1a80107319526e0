// One view of a Genesys VM, whether it is a vSphere VirtualMachine or its Docker stand-in container.
import {
  CPU_SHARES_PER_VCPU,
  DISABLED_DEVICE_KEYS,
  GENESYS_VM_COMPONENT,
  GUESTINFO,
  LABEL,
  REDACTED,
  TYPE,
} from "../contract";
import { typeChain, type RawResource } from "./resource";
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
  /** The guest's computer name (vSphere: clone customization; Docker: the container's hostname). */
  computerName: U<string | undefined>;
  /** The guest's static IPv4 address on its first NIC; undefined when it gets none (DHCP). */
  ipv4: U<string | undefined>;
  /** vSphere: the prefix length customized with that address. */
  ipv4Prefix: U<number | undefined>;
  /** Docker: the provider (one per stand-in host) the container is created through. */
  engine?: string;
  /** Docker: the host name the container says it stands on (label). */
  hostLabel?: string;
  protect: boolean;
  /** What the program wrote on the VM says it is a Genesys VM: a role (guestinfo key or stand-in
   * label) or a GenesysVm component above it. Tags and the name pattern are added by the stack view
   * and the policies' scope setting. */
  genesys: boolean;
  /** Docker: labels that disagree with what the engine enforces (e.g. the memory limit). */
  labelMismatches?: string[];
}

export function normalizeVm(r: RawResource): NormalizedVm | undefined {
  if (r.type === TYPE.vm) return fromVirtualMachine(r);
  if (r.type === TYPE.container && isStandIn(r)) return fromContainer(r);
  return undefined;
}

/**
 * A container is a VM only as this project's stand-in for one: labelled with a Genesys role, or
 * under a GenesysVm component. Any other program's containers are not VMs, and no VM, HA or
 * hardening rule of this pack applies to them.
 */
export function isStandIn(r: RawResource): boolean {
  if (r.type !== TYPE.container) return false;
  const labels = dockerLabels(r.props.labels);
  return (labels !== UNKNOWN && !!labels.get(LABEL.role)) || underGenesysComponent(r);
}

function known(v: U<string | undefined>): string | undefined {
  return v === UNKNOWN ? undefined : v;
}

/** The resource sits under a GenesysVm component (its URN names every ancestor's type). */
function underGenesysComponent(r: RawResource): boolean {
  return typeChain(r.urn).some((t) => GENESYS_VM_COMPONENT.test(t));
}

function fromVirtualMachine(r: RawResource): NormalizedVm {
  const p = r.props;
  const extra = at(p, "extraConfig");
  const guest = (key: string) => str(at(extra, key));
  const sync = [bool(p.syncTimeWithHost), bool(p.syncTimeWithHostPeriodically)];
  const hostSystemId = str(p.hostSystemId);
  const role = known(guest(GUESTINFO.role));
  return {
    urn: r.urn,
    platform: "vsphere",
    name: known(str(p.name)) ?? r.name,
    site: known(guest(GUESTINFO.site)),
    role,
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
    legacyDevices: vsphereDevices(p.cdroms, extra, p.clone),
    addpTimeout: num(guest(GUESTINFO.addpTimeout)),
    addpRemoteTimeout: num(guest(GUESTINFO.addpRemoteTimeout)),
    // An unknown hostSystemId is still a pin: it will hold some host's id.
    pinnedHost: hostSystemId === UNKNOWN ? "(known after apply)" : hostSystemId || undefined,
    ...customizedIdentity(p),
    protect: r.protect,
    genesys: !!role || underGenesysComponent(r),
  };
}

/** The computer name and address a clone's customization gives the guest (windowsOptions or linuxOptions). */
function customizedIdentity(
  p: Record<string, unknown>,
): Pick<NormalizedVm, "computerName" | "ipv4" | "ipv4Prefix"> {
  const clone = at(p, "clone");
  // A secret we cannot read (a stack export's clone, which holds the passwords): judged elsewhere.
  if (clone === REDACTED || at(clone, "customize") === REDACTED)
    return { computerName: UNKNOWN, ipv4: UNKNOWN, ipv4Prefix: UNKNOWN };
  const c = at(clone, "customize");
  const windows = str(at(c, "windowsOptions", "computerName"));
  const linux = str(at(c, "linuxOptions", "hostName"));
  const nic = at(c, "networkInterfaces", "0");
  return {
    computerName: windows === UNKNOWN || linux === UNKNOWN ? UNKNOWN : windows || linux || undefined,
    ipv4: nonEmpty(str(at(nic, "ipv4Address"))),
    ipv4Prefix: num(at(nic, "ipv4Netmask")),
  };
}

function nonEmpty(v: U<string | undefined>): U<string | undefined> {
  return v === "" ? undefined : v;
}

/**
 * A clone inherits the template's floppy, serial, parallel and USB devices unless the VMX keys take
 * them out (only an explicit FALSE does). A VM the provider builds from scratch gets none of them:
 * there only an explicit TRUE adds one. CD/DVD drives are the `cdroms` blocks either way.
 */
function vsphereDevices(cdroms: unknown, extra: unknown, clone: unknown): U<string[]> {
  const cds = list(cdroms);
  if (cds === UNKNOWN || isUnknown(extra)) return UNKNOWN;
  // A clone whose block is a secret (it holds the guest's passwords) is a clone all the same.
  const cloned = isUnknown(clone) || clone === REDACTED || (typeof clone === "object" && clone !== null);
  const present: string[] = cds.length > 0 ? ["cdrom"] : [];
  for (const [device, key] of Object.entries(DISABLED_DEVICE_KEYS)) {
    const v = str(at(extra, key));
    if (v === UNKNOWN) return UNKNOWN;
    const set = (v ?? "").toUpperCase();
    if (cloned ? set !== "FALSE" : set === "TRUE") present.push(device);
  }
  return present;
}

function fromContainer(r: RawResource): NormalizedVm {
  const p = r.props;
  const labels = dockerLabels(p.labels);
  const label = (key: string): U<string | undefined> => (labels === UNKNOWN ? UNKNOWN : labels.get(key));
  const disk = num(label(LABEL.diskGb));
  const adapter = label(LABEL.adapterType);
  const timeSync = bool(label(LABEL.toolsTimeSync));
  const role = known(label(LABEL.role));
  const enforced = dockerEnforced(p);
  return {
    urn: r.urn,
    platform: "docker",
    name: known(str(p.name)) ?? known(label(LABEL.vm)) ?? r.name,
    site: known(label(LABEL.site)),
    role,
    tier: known(label(LABEL.tier)),
    pair: known(label(LABEL.pair)) || undefined,
    // What the engine enforces, not what a label says (a label is only a description).
    cpus: enforced.cpus,
    memoryMb: enforced.memoryMb,
    disksGb: disk === UNKNOWN ? UNKNOWN : disk === undefined ? [] : [disk],
    adapterTypes: adapter === UNKNOWN ? UNKNOWN : adapter === undefined ? [] : [adapter],
    networks: mapAll(p.networksAdvanced, (n) => str(at(n, "name")) ?? ""),
    toolsUpgradePolicy: label(LABEL.toolsUpgradePolicy),
    timeSync: timeSync === UNKNOWN ? UNKNOWN : timeSync === true,
    legacyDevices: dockerDevices(label(LABEL.devices), p.devices),
    addpTimeout: num(label(LABEL.addpTimeout)),
    addpRemoteTimeout: num(label(LABEL.addpRemoteTimeout)),
    pinnedHost: undefined,
    computerName: nonEmpty(str(p.hostname)),
    ipv4: nonEmpty(str(at(p.networksAdvanced, "0", "ipv4Address"))),
    ipv4Prefix: undefined,
    engine: r.providerUrn,
    hostLabel: known(label(LABEL.host)),
    protect: r.protect,
    genesys: !!role || underGenesysComponent(r),
    labelMismatches: [
      mismatch(LABEL.vcpus, label(LABEL.vcpus), enforced.cpus, "vCPU", "cpuShares"),
      mismatch(LABEL.memoryMb, label(LABEL.memoryMb), enforced.memoryMb, "MB", "memory limit"),
    ].filter((m): m is string => m !== undefined),
  };
}

/**
 * The sizing Docker enforces: the hard memory limit (MB; none when 0 or absent) and the CPU weight
 * as vCPUs (cpuShares per CPU_SHARES_PER_VCPU; Docker treats 0 or absent as the default weight).
 */
function dockerEnforced(p: Record<string, unknown>): {
  cpus: U<number | undefined>;
  memoryMb: U<number | undefined>;
} {
  const shares = num(p.cpuShares);
  const memory = num(p.memory);
  return {
    cpus: shares === UNKNOWN ? UNKNOWN : (shares || CPU_SHARES_PER_VCPU) / CPU_SHARES_PER_VCPU,
    memoryMb: memory === UNKNOWN ? UNKNOWN : memory || undefined,
  };
}

/** A label whose number differs from the enforced value. */
function mismatch(
  key: string,
  labelled: U<string | undefined>,
  enforced: U<number | undefined>,
  unit: string,
  what: string,
): string | undefined {
  const said = num(labelled);
  if (said === UNKNOWN || said === undefined || enforced === UNKNOWN || said === enforced) return undefined;
  const has = enforced === undefined ? `no ${what}` : `${enforced} ${unit} (${what})`;
  return `label ${key} says ${said} but the container has ${has}`;
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
