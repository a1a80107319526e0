// Reads one site of `genesys-iac:sites`: its hosts, its two networks and which Genesys components
// it runs. Every check of guide #2 (vMotion on its own vSwitch and NICs) is made here, before
// anything is registered.
import { DEFAULT_COUNTS } from "./defaults";
import { NAME_PATTERN, NAME_RULE, ObjReader, duplicatesOf, isObject } from "./config-reader";
import {
  IPV4_PATTERN,
  formatSubnet,
  hostAddressProblem,
  netmaskProblem,
  parseIpv4,
  prefixLength,
  subnetOf,
} from "./ipv4";
import { MAX_HOSTS_PER_CLUSTER, MAX_SCALED_COUNT } from "./limits";
import { hostKey, hostNameProblem, vsphereNameProblem } from "./vsphere-names";
import { Issues } from "./errors";
import { INVENTORY_KEYS, readInventory } from "./inventory-config";
import { NETWORK_KIND_KEYS, NetworkKindSpec, readNetworkKind, readSwitchName } from "./networks-distributed";
import { readGuest } from "./guest-config";
import { readIpv4Plan } from "./ipv4-plan";
import { PlacementSpec, readPlacement } from "./placement-config";
import {
  ClusterSettings,
  Host,
  Network,
  NetworkPurpose,
  PAIR_ROLES,
  PairRole,
  Platform,
  Site,
} from "./types";

export interface RoleSpec {
  enabled: boolean;
  /** true: a primary/backup pair; false: one standalone VM. */
  pair: boolean;
}

export interface ComponentsSpec {
  pairs: Record<PairRole, RoleSpec>;
  mcp: number;
  simulator: number;
}

/** A site as configured: the model's Site before its VMs and rules are derived. */
export type SiteSpec = Pick<
  Site,
  "name" | "datacenter" | "datastore" | "cluster" | "hosts" | "networks" | "inventory" | "guest"
> & {
  components: ComponentsSpec;
  placement: PlacementSpec;
};

const SITE_KEYS = [
  "name",
  "datacenter",
  "datastore",
  "cluster",
  "hostDefaults",
  "hosts",
  "networks",
  "components",
  ...INVENTORY_KEYS,
  "guest",
  "placement",
];
const HOST_FACT_KEYS = ["sockets", "coresPerSocket", "memoryGb", "nics", "bios"];
const HOST_KEYS = ["name", "vmotionIp", "dockerHost", ...HOST_FACT_KEYS];
/** The facts every host must have, from its own entry or hostDefaults. */
const REQUIRED_HOST_FACTS = ["sockets", "coresPerSocket", "memoryGb", "nics"];
const NETWORK_KEYS = ["vswitch", "nics", "portGroup", "vlan", "netmask", "mtu"];
const VM_NETWORK_KEYS = [...NETWORK_KEYS, "ipv4"];
const CLUSTER_KEYS = ["name", "adoptId", "hostFailuresTolerated", "drsAutomationLevel", "dpmEnabled"];
const COMPONENT_KEYS = [...PAIR_ROLES, "mcp", "simulator"];
const NIC_PATTERN = /^vmnic\d{1,2}$/;

/** Reads sites[index]; returns undefined when it is too broken to build on (problems recorded). */
export function readSite(
  issues: Issues,
  key: string,
  raw: unknown,
  platform: Platform,
): SiteSpec | undefined {
  const r = ObjReader.open(issues, key, raw, SITE_KEYS);
  if (!r) return undefined;
  const name = r.string("name", { pattern: NAME_PATTERN, describe: NAME_RULE });
  const datacenter = r.string("datacenter", { default: "Datacenter", problem: vsphereNameProblem });
  const datastore = r.string("datastore", { default: "datastore1", problem: vsphereNameProblem });
  const cluster = readCluster(issues, r.path("cluster"), r.obj.cluster ?? {}, name ?? "site");
  const defaults = r.has("hostDefaults")
    ? ObjReader.open(issues, r.path("hostDefaults"), r.obj.hostDefaults, HOST_FACT_KEYS)?.obj
    : {};
  // Defaults that are not an object (reported above) would make every host lack every fact: its
  // hosts are not read, rather than reported host by host for the one mistake.
  const read = defaults && readHosts(issues, r, defaults, platform);
  const hosts = read?.hosts;
  const networks = readNetworks(issues, r, hosts, name ?? "site");
  if (read && networks && platform === "vsphere") checkVmotionAddresses(issues, read, networks.vmotion, r);
  const memoryGb = hosts?.reduce((sum, h) => sum + h.memoryGb, 0);
  const inventory = readInventory(issues, r, name ?? "site", memoryGb);
  const components = readComponents(issues, r.path("components"), r.obj.components ?? {});
  const guest = readGuest(issues, r.path("guest"), r.obj.guest, name ?? "site");
  const placement = readPlacement(issues, r.path("placement"), r.obj.placement, hosts, components);
  if (components && hosts && hosts.length < 2) {
    const pairs = PAIR_ROLES.filter((p) => components.pairs[p].enabled && components.pairs[p].pair);
    if (pairs.length > 0) {
      issues.add(
        r.path("hosts"),
        hosts.map((h) => h.name),
        `at least 2 hosts: the pairs ${pairs.join(", ")} need their primary and backup on different hosts (guide #9); ` +
          `add a host or set components.<role>.pair to false`,
      );
    }
  }
  if (cluster && hosts && cluster.hostFailuresTolerated >= hosts.length) {
    issues.add(
      r.path("cluster.hostFailuresTolerated"),
      cluster.hostFailuresTolerated,
      `fewer host failures than the site has hosts (${hosts.length}): HA needs a surviving host to restart VMs on`,
    );
  }
  if (!name || !datacenter || !datastore || !cluster || !hosts || !networks || !components) return undefined;
  if (!inventory || !guest || !placement) return undefined;
  return { name, datacenter, datastore, cluster, hosts, networks, inventory, components, guest, placement };
}

function readCluster(
  issues: Issues,
  key: string,
  raw: unknown,
  siteName: string,
): ClusterSettings | undefined {
  const r = ObjReader.open(issues, key, raw, CLUSTER_KEYS);
  if (!r) return undefined;
  const name = r.string("name", {
    default: `${siteName}-genesys`,
    pattern: NAME_PATTERN,
    describe: NAME_RULE,
  });
  const adoptId = r.optionalString("adoptId", "a cluster's managed object id, such as domain-c7");
  const hostFailuresTolerated = r.int("hostFailuresTolerated", { default: 1, min: 1, max: 31 });
  const drsAutomationLevel = r.oneOf(
    "drsAutomationLevel",
    ["fullyAutomated", "partiallyAutomated", "manual"] as const,
    "fullyAutomated",
  );
  const dpmEnabled = r.bool("dpmEnabled", false);
  if (!name || hostFailuresTolerated === undefined || !drsAutomationLevel || dpmEnabled === undefined)
    return undefined;
  return { name, adoptId, hostFailuresTolerated, drsAutomationLevel, dpmEnabled };
}

function readHosts(issues: Issues, site: ObjReader, defaults: Record<string, unknown>, platform: Platform) {
  const key = site.path("hosts");
  const raw = site.obj.hosts;
  if (!Array.isArray(raw) || raw.length === 0) {
    issues.add(key, raw, "a list of at least one host (the ESXi hosts of this site's cluster)");
    return undefined;
  }
  if (raw.length > MAX_HOSTS_PER_CLUSTER) {
    issues.add(
      key,
      `(${raw.length} hosts)`,
      `at most ${MAX_HOSTS_PER_CLUSTER} hosts: vSphere's maximum of hosts per cluster (one site is one cluster)`,
    );
    return undefined;
  }
  // A fact that neither the defaults nor any host gives is one omission: inherited as missing from
  // hostDefaults, it is reported once there rather than on every host.
  const unset = REQUIRED_HOST_FACTS.filter(
    (f) => defaults[f] == null && raw.every((e) => !isObject(e) || e[f] == null),
  );
  const inherited = { ...defaults, ...Object.fromEntries(unset.map((f) => [f, undefined])) };
  const hosts: Host[] = [];
  /** Where each host's vmotionIp is written, by host. */
  const ipKeys = new Map<Host, string>();
  raw.forEach((entry, i) => {
    // Facts the site declares once (hostDefaults) apply to every host that does not say otherwise;
    // a bad one is reported once, under hostDefaults, where it was written.
    const r = ObjReader.openMerged(
      issues,
      `${key}[${i}]`,
      entry,
      inherited,
      site.path("hostDefaults"),
      HOST_KEYS,
    );
    const h = r && readHost(r, platform);
    if (h) {
      hosts.push(h);
      ipKeys.set(h, r.path("vmotionIp"));
    }
  });
  const dupNames = duplicatesOf(hosts.map((h) => hostKey(h.name)));
  if (dupNames.length > 0)
    issues.add(key, dupNames, "host names unique within the site, without regard to case");
  const ips = hosts.map((h) => h.vmotionIp).filter((ip): ip is string => ip !== undefined);
  const dupIps = duplicatesOf(ips);
  if (dupIps.length > 0) issues.add(key, dupIps, "a different vmotionIp on each host");
  return hosts.length === raw.length ? { hosts, ipKeys } : undefined;
}

function readHost(r: ObjReader, platform: Platform): Host | undefined {
  const issues = r.issues;
  const name = r.string("name", { problem: hostNameProblem });
  const sockets = r.int("sockets", { min: 1, max: 8 });
  const coresPerSocket = r.int("coresPerSocket", { min: 1, max: 128 });
  const memoryGb = r.int("memoryGb", { min: 1, max: 24576 });
  const nics = r.stringList("nics", {
    minItems: 2,
    pattern: NIC_PATTERN,
    describe: "physical NIC names like vmnic0",
  });
  const b = ObjReader.open(issues, r.path("bios"), r.obj.bios ?? {}, ["vt", "ept", "hyperThreading"]);
  const vt = b?.bool("vt", true);
  const ept = b?.bool("ept", true);
  const hyperThreading = b?.bool("hyperThreading", true);
  // Required on vSphere; the stand-in has no VMkernel adapter, but an address written is still one.
  const vmotionIp =
    platform === "vsphere" || r.has("vmotionIp")
      ? r.string("vmotionIp", {
          pattern: IPV4_PATTERN,
          describe: "an IPv4 address for the vMotion VMkernel adapter",
        })
      : undefined;
  const dockerHost = r.has("dockerHost")
    ? r.string("dockerHost", {
        pattern: /^(unix|tcp|ssh):\/\/\S+$/,
        describe: "a Docker endpoint such as unix:///var/run/docker.sock, tcp://host:2376 or ssh://user@host",
      })
    : undefined;
  if (!name || !sockets || !coresPerSocket || !memoryGb || !nics || vt === undefined || ept === undefined)
    return undefined;
  if (hyperThreading === undefined || ((platform === "vsphere" || r.has("vmotionIp")) && !vmotionIp))
    return undefined;
  const threads = sockets * coresPerSocket * (hyperThreading ? 2 : 1);
  return {
    name,
    sockets,
    coresPerSocket,
    threads,
    memoryGb,
    nics,
    bios: { vt, ept, hyperThreading },
    vmotionIp,
    dockerHost,
  };
}

function readNetworks(issues: Issues, site: ObjReader, hosts: Host[] | undefined, siteName: string) {
  const r = ObjReader.open(issues, site.path("networks"), site.obj.networks, [
    ...NETWORK_KIND_KEYS,
    "vmTraffic",
    "vmotion",
  ]);
  if (!r) return undefined;
  const kind = readNetworkKind(r, siteName);
  if (!kind) return undefined;
  const vmTraffic = readNetwork(issues, r, "vmTraffic", hosts, kind);
  const vmotion = readNetwork(issues, r, "vmotion", hosts, kind);
  if (!vmTraffic || !vmotion) return undefined;
  let ok = true;
  // Guide #2: "Configure the VMs and the VMkernel on a separate NIC on a separate vSwitch." On a
  // distributed switch the two share the switch and are kept apart by their uplinks (the NICs).
  if (kind.kind === "standard" && vmotion.vswitch === vmTraffic.vswitch) {
    issues.add(
      r.path("vmotion.vswitch"),
      vmotion.vswitch,
      `a vSwitch other than VM traffic's (${vmTraffic.vswitch}): vMotion gets its own vSwitch (guide #2)`,
    );
    ok = false;
  }
  const shared = vmotion.nics.filter((n) => vmTraffic.nics.includes(n));
  if (shared.length > 0) {
    issues.add(
      r.path("vmotion.nics"),
      vmotion.nics,
      `NICs not already on ${vmTraffic.vswitch} (VM traffic): ${shared.join(", ")} would sit on two vSwitches; vMotion needs NICs of its own (guide #2)`,
    );
    ok = false;
  }
  if (vmotion.portGroup === vmTraffic.portGroup) {
    issues.add(r.path("vmotion.portGroup"), vmotion.portGroup, `a port group name other than VM traffic's`);
    ok = false;
  }
  return ok ? { kind: kind.kind, vmTraffic, vmotion } : undefined;
}

function readNetwork(
  issues: Issues,
  parent: ObjReader,
  purpose: NetworkPurpose,
  hosts: Host[] | undefined,
  kind: NetworkKindSpec,
): Network | undefined {
  const r = ObjReader.open(
    issues,
    parent.path(purpose),
    parent.obj[purpose],
    purpose === "vmTraffic" ? VM_NETWORK_KEYS : NETWORK_KEYS,
  );
  if (!r) return undefined;
  const vswitch = readSwitchName(r, kind);
  const nics = r.stringList("nics", {
    minItems: 1,
    pattern: NIC_PATTERN,
    describe: "physical NIC names like vmnic2",
  });
  const portGroup = r.string("portGroup", {
    pattern: NAME_PATTERN,
    describe: `a port group name: ${NAME_RULE}`,
  });
  const vlan = r.int("vlan", { default: 0, min: 0, max: 4094 });
  const mtu = r.int("mtu", { default: 1500, min: 1280, max: 9000 });
  const netmask =
    purpose === "vmotion" || r.has("netmask")
      ? r.string("netmask", { default: "255.255.255.0", problem: netmaskProblem })
      : undefined;
  // One problem for the one list, naming every host that lacks a NIC of it.
  const lacking = (hosts ?? []).flatMap((h) => {
    const missing = (nics ?? []).filter((n) => !h.nics.includes(n));
    return missing.length > 0 ? [`${h.name} (${h.nics.join(", ")}) lacks ${missing.join(", ")}`] : [];
  });
  if (lacking.length > 0) issues.add(r.path("nics"), nics, `NICs that every host has: ${lacking.join("; ")}`);
  const ipv4 = purpose === "vmTraffic" ? readIpv4Plan(issues, r) : undefined;
  if (!vswitch || !nics || !portGroup || vlan === undefined || mtu === undefined) return undefined;
  if (purpose === "vmTraffic" && !ipv4) return undefined;
  return { purpose, vswitch, nics, portGroup, vlan, mtu, netmask, ...(ipv4 ? { ipv4 } : {}) };
}

function readComponents(issues: Issues, key: string, raw: unknown): ComponentsSpec | undefined {
  const r = ObjReader.open(issues, key, raw, COMPONENT_KEYS);
  if (!r) return undefined;
  const pairs = {} as Record<PairRole, RoleSpec>;
  let ok = true;
  for (const role of PAIR_ROLES) {
    const rr = ObjReader.open(issues, r.path(role), r.obj[role] ?? {}, ["enabled", "pair"]);
    const enabled = rr?.bool("enabled", true);
    const pair = rr?.bool("pair", true);
    if (enabled === undefined || pair === undefined) ok = false;
    else pairs[role] = { enabled, pair };
  }
  const counts: Partial<Record<"mcp" | "simulator", number>> = {};
  for (const role of ["mcp", "simulator"] as const) {
    const rr = ObjReader.open(issues, r.path(role), r.obj[role] ?? {}, ["count"]);
    const count = rr?.int("count", { default: DEFAULT_COUNTS[role], min: 0, max: MAX_SCALED_COUNT });
    if (count === undefined) ok = false;
    else counts[role] = count;
  }
  if (!ok || counts.mcp === undefined || counts.simulator === undefined) return undefined;
  return { pairs, mcp: counts.mcp, simulator: counts.simulator };
}

/**
 * vSphere's rules for the vMotion VMkernel addresses of one site: each a host address (not the
 * network or broadcast address of its subnet) and all in one subnet, the first host's, since
 * vMotion traffic between the hosts is not routed.
 */
function checkVmotionAddresses(
  issues: Issues,
  read: { hosts: Host[]; ipKeys: Map<Host, string> },
  vmotion: Network,
  site: ObjReader,
): void {
  const prefix = vmotion.netmask === undefined ? undefined : prefixLength(vmotion.netmask);
  let reference: { subnet: string; host: string } | undefined;
  for (const h of read.hosts) {
    const ip = h.vmotionIp;
    const key = read.ipKeys.get(h);
    if (ip === undefined || key === undefined) continue;
    const problem = hostAddressProblem(ip, prefix);
    if (problem !== undefined) {
      issues.add(key, ip, problem);
      continue;
    }
    if (prefix === undefined) continue;
    const subnet = formatSubnet(subnetOf(parseIpv4(ip)!, prefix));
    if (reference === undefined) reference = { subnet, host: h.name };
    else if (subnet !== reference.subnet)
      issues.add(
        key,
        ip,
        `an address in the site's vMotion subnet ${reference.subnet} (that of ${reference.host}, with ${site.path(
          "networks.vmotion.netmask",
        )} ${vmotion.netmask}): a site's vMotion addresses share one subnet`,
      );
  }
}
