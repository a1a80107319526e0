// The guide's lab as the model declares it, for the pack tests' plans: 3 hosts, the two networks on
// separate vSwitches and NICs, and 11 VMs (4 HA pairs, 2 MCPs, a simulator).
import type { GenesysVm, Host, Network } from "../../model/types";

export const SITE = "lab";

export function labHosts(site = SITE, count = 3): Host[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${site}-esx-0${i + 1}`,
    sockets: 2,
    coresPerSocket: 8,
    threads: 32,
    memoryGb: 132,
    nics: ["vmnic0", "vmnic1", "vmnic2", "vmnic3"],
    bios: { vt: true, ept: true, hyperThreading: true },
    vmotionIp: `10.0.1.${11 + i}`,
    dockerHost: `ssh://docker@${site}-esx-0${i + 1}`,
  }));
}

export const NETWORKS: { vmTraffic: Network; vmotion: Network } = {
  vmTraffic: {
    purpose: "vmTraffic",
    vswitch: "vSwitch0",
    nics: ["vmnic0", "vmnic1"],
    portGroup: "Genesys VMs",
    vlan: 10,
    mtu: 1500,
    // One /16 for every site of a fixture; each site's VMs take addresses in a /24 of their own.
    ipv4: {
      cidr: "10.10.0.0/16",
      prefix: 16,
      gateway: "10.10.0.1",
      dnsServers: ["10.10.0.5"],
      dnsSuffixes: ["lab.example"],
      firstAddress: "10.10.1.1",
      addresses: {},
    },
  },
  vmotion: {
    purpose: "vmotion",
    vswitch: "vSwitch1",
    nics: ["vmnic2", "vmnic3"],
    portGroup: "vMotion",
    vlan: 20,
    netmask: "255.255.255.0",
    mtu: 9000,
  },
};

/** The third octet of a site's VM addresses: distinct for the site names fixtures use. */
function siteOctet(site: string): number {
  return ([...site].reduce((n, c) => n * 31 + c.charCodeAt(0), 7) % 250) + 1;
}

/** A VM's guest identity in the fixtures: its name in capitals, an address of its site's /24. */
function guestOf(name: string, site: string, index: number): GenesysVm["guest"] {
  return { os: "windows", computerName: name.toUpperCase(), ipv4: `10.10.${siteOctet(site)}.${20 + index}` };
}

/** The guide's 11 VMs: 4 HA pairs (primaries on host 1, backups on host 2), 2 MCPs, a simulator. */
export function labVms(site = SITE, hosts = labHosts(site)): GenesysVm[] {
  const sizing = {
    cpus: 4,
    memoryMb: 4096,
    diskGb: 40,
    adapterType: "vmxnet3" as const,
    cpuHotAdd: false,
    memoryHotAdd: false,
  };
  const vms: GenesysVm[] = [];
  const pairs: [GenesysVm["role"], string][] = [
    ["sipServer", "sip-server"],
    ["statServer", "stat-server"],
    ["urs", "urs"],
    ["resourceManager", "rm"],
  ];
  for (const [role, short] of pairs) {
    for (const tier of ["primary", "backup"] as const) {
      vms.push({
        name: `${site}-${short}-${tier}`,
        site,
        role,
        tier,
        pair: `${site}-${short}`,
        sizing,
        intendedHost: hosts[tier === "primary" ? 0 : 1].name,
        restartPriority: role === "sipServer" ? "highest" : "high",
        protect: true,
        guest: guestOf(`${site}-${short}-${tier}`, site, vms.length),
      });
    }
  }
  const rest: [GenesysVm["role"], string, number][] = [
    ["mcp", "mcp-1", 2],
    ["mcp", "mcp-2", 1],
    ["simulator", "simulator-1", 2],
  ];
  for (const [role, short, h] of rest) {
    vms.push({
      name: `${site}-${short}`,
      site,
      role,
      tier: "standalone",
      sizing,
      intendedHost: hosts[h].name,
      restartPriority: "medium",
      protect: true,
      guest: guestOf(`${site}-${short}`, site, vms.length),
    });
  }
  return vms;
}
