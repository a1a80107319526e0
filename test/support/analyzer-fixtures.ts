// Plan documents for the policy pack tests: a guide-conformant vSphere site (3 hosts, 11 VMs, as in
// the guide's lab) and its Docker stand-in, shaped as the program declares them (mutators in
// analyzer-mutators.ts).
import { COMPONENT, DISABLED_DEVICE_KEYS, GUESTINFO, LABEL, TYPE } from "../../policies/contract";
import {
  SECRET_SIG_KEY,
  SECRET_SIG_VALUE,
  type PlanDocument,
  type PlanResource,
} from "../../analyzer/plan-document";
import { UNKNOWN_VALUE } from "../../internals/pulumi-sdk";
import type { GenesysVm, Host, Network } from "../../model/types";

export const STACK = "lab";
export const PROJECT = "genesys-iac";
export const SITE = "lab";
/** The engine's marker for a value unknown during preview. */
export const UNKNOWN = UNKNOWN_VALUE;
export const SECRET = { [SECRET_SIG_KEY]: SECRET_SIG_VALUE };
/** A password as a plan keeps it: the secret mark around a withheld value. */
const SECRET_PASSWORD = { ...SECRET, ciphertext: "[secret]" };

export function urn(typeChain: string[], name: string): string {
  return `urn:pulumi:${STACK}::${PROJECT}::${typeChain.join("$")}::${name}`;
}

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

class DocBuilder {
  readonly resources: PlanResource[] = [];
  readonly stackUrn = urn(["pulumi:pulumi:Stack"], `${PROJECT}-${STACK}`);
  constructor() {
    this.resources.push({
      urn: this.stackUrn,
      type: "pulumi:pulumi:Stack",
      custom: false,
      inputs: {},
      outputs: {},
      dependencies: [],
    });
  }
  add(
    chain: string[],
    name: string,
    inputs: Record<string, unknown>,
    extra: Partial<PlanResource> & { parentChain?: string[] } = {},
  ): { urn: string; chain: string[]; id: string } {
    const type = chain[chain.length - 1];
    const { parentChain: _pc, ...rest } = extra;
    const custom = !type.startsWith("genesys:");
    const id = custom ? `${name}-id` : "";
    const r: PlanResource = {
      urn: urn(chain, name),
      type,
      custom,
      ...(custom ? { id } : {}),
      parent: this.stackUrn,
      inputs,
      outputs: {},
      dependencies: [],
      ...rest,
    };
    this.resources.push(r);
    return { urn: r.urn, chain, id };
  }
  doc(): PlanDocument {
    return {
      version: 3,
      deployment: {
        manifest: { time: "2024-01-01T00:00:00Z", magic: "", version: "v3.270.0" },
        resources: this.resources,
      },
    };
  }
}

const providerRef = (p: { urn: string; id: string }) => `${p.urn}::${p.id}`;

function guestinfo(vm: GenesysVm): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const key of Object.values(DISABLED_DEVICE_KEYS)) extra[key] = "FALSE";
  extra[GUESTINFO.role] = vm.role;
  extra[GUESTINFO.tier] = vm.tier;
  extra[GUESTINFO.pair] = vm.pair ?? "";
  extra[GUESTINFO.site] = vm.site;
  extra[GUESTINFO.addpTimeout] = "4";
  extra[GUESTINFO.addpRemoteTimeout] = "4";
  extra[GUESTINFO.addpTrace] = "full";
  return extra;
}

/** The rollout order the components declare: each pair's primary VM (or container) depends on its backup. */
function withRolloutOrder(doc: PlanDocument): PlanDocument {
  const vms = doc.deployment.resources.filter((r) => r.type === TYPE.vm || r.type === TYPE.container);
  for (const r of vms) {
    if (!r.urn.endsWith("-primary")) continue;
    const backup = vms.find((b) => b.type === r.type && b.urn === r.urn.replace(/-primary$/, "-backup"));
    if (backup) r.dependencies = [...r.dependencies, backup.urn];
  }
  return doc;
}

/** A guide-conformant vSphere deployment: one site per name, each 3 hosts and 11 VMs. */
export function vsphereDoc(sites: string[] = [SITE]): PlanDocument {
  const b = new DocBuilder();
  const provider = b.add(["pulumi:providers:vsphere"], "vcenter", {
    user: "administrator@vsphere.local",
    password: SECRET,
    vsphereServer: "vcenter.lab.example",
    allowUnverifiedSsl: false,
  });
  const prov = { provider: providerRef(provider) };
  for (const siteName of sites) {
    const site = b.add([COMPONENT.vsphereSite], siteName, { name: siteName });
    const cluster = b.add(
      [COMPONENT.vsphereSite, COMPONENT.vsphereCluster],
      `${siteName}-cluster`,
      { site: siteName },
      { parent: site.urn },
    );
    b.add(
      [COMPONENT.vsphereSite, COMPONENT.vsphereCluster, TYPE.cluster],
      `${siteName}-cluster`,
      {
        name: `${siteName}-cluster`,
        datacenterId: "datacenter-1",
        haEnabled: true,
        haHostMonitoring: "enabled",
        haAdmissionControlPolicy: "resourcePercentage",
        haAdmissionControlHostFailureTolerance: 1,
        haVmMonitoring: "vmMonitoringOnly",
        haAdvancedOptions: { "das.respectVmVmAntiAffinityRules": "true" },
        drsEnabled: true,
        drsAutomationLevel: "fullyAutomated",
        dpmEnabled: false,
      },
      { parent: cluster.urn, ...prov },
    );
    const hosts = labHosts(siteName);
    const hostChain = [COMPONENT.vsphereSite, COMPONENT.vsphereHost];
    for (const host of hosts) {
      const h = b.add(
        hostChain,
        host.name,
        { site: siteName, host, networks: NETWORKS },
        { parent: site.urn },
      );
      const child = (type: string, name: string, inputs: Record<string, unknown>) =>
        b.add([...hostChain, type], name, inputs, { parent: h.urn, ...prov });
      const hostSystemId = `host-${host.name}`;
      for (const net of [NETWORKS.vmTraffic, NETWORKS.vmotion]) {
        child(TYPE.vswitch, `${host.name}-${net.vswitch}`, {
          name: net.vswitch,
          hostSystemId,
          networkAdapters: net.nics,
          activeNics: net.nics,
          mtu: net.mtu,
        });
        child(TYPE.portGroup, `${host.name}-${net.portGroup}`, {
          name: net.portGroup,
          hostSystemId,
          virtualSwitchName: net.vswitch,
          vlanId: net.vlan,
        });
      }
      child(TYPE.vnic, `${host.name}-vmk1`, {
        host: hostSystemId,
        portgroup: NETWORKS.vmotion.portGroup,
        ipv4: { ip: host.vmotionIp, netmask: NETWORKS.vmotion.netmask },
        services: ["vmotion"],
      });
    }
    const vms = labVms(siteName, hosts);
    const vmRes = new Map<string, { urn: string; id: string }>();
    const vmChain = [COMPONENT.vsphereSite, COMPONENT.vsphereVm];
    for (const vm of vms) {
      const comp = b.add(vmChain, vm.name, { vm }, { parent: site.urn });
      const r = b.add(
        [...vmChain, TYPE.vm],
        vm.name,
        {
          name: vm.name,
          resourcePoolId: "resgroup-1",
          datastoreId: "datastore-1",
          numCpus: vm.sizing.cpus,
          memory: vm.sizing.memoryMb,
          guestId: "windows7Server64Guest",
          networkInterfaces: [{ networkId: "network-genesys-vms", adapterType: "vmxnet3" }],
          disks: [{ label: "disk0", size: vm.sizing.diskGb, thinProvisioned: true }],
          clone: {
            templateUuid: "template-uuid",
            customize: {
              timeout: 30,
              ipv4Gateway: NETWORKS.vmTraffic.ipv4!.gateway,
              networkInterfaces: [{ ipv4Address: vm.guest.ipv4, ipv4Netmask: 16 }],
              windowsOptions: {
                computerName: vm.guest.computerName,
                workgroup: "WORKGROUP",
                adminPassword: SECRET_PASSWORD,
              },
            },
          },
          toolsUpgradePolicy: "upgradeAtPowerCycle",
          syncTimeWithHost: true,
          syncTimeWithHostPeriodically: true,
          extraConfig: guestinfo(vm),
          shutdownWaitTimeout: 5,
          forcePowerOff: false,
        },
        { parent: comp.urn, ...prov, protect: vm.protect, ignoreChanges: ["eptRviMode", "hvMode"] },
      );
      vmRes.set(vm.name, r);
    }
    const rulesChain = [COMPONENT.vsphereSite, COMPONENT.vsphereRules];
    const rules = b.add(rulesChain, `${siteName}-rules`, { site: siteName }, { parent: site.urn });
    const clusterId = `${siteName}-cluster-id`;
    const ruleOf = (type: string, name: string, members: string[], inputs: Record<string, unknown>) => {
      const refs = members.map((m) => vmRes.get(m)!);
      return b.add(
        [...rulesChain, type],
        name,
        { name, computeClusterId: clusterId, virtualMachineIds: refs.map((r) => r.id), ...inputs },
        {
          parent: rules.urn,
          ...prov,
          dependencies: refs.map((r) => r.urn),
          propertyDependencies: { virtualMachineIds: refs.map((r) => r.urn) },
        },
      );
    };
    const pairs = [...new Set(vms.filter((v) => v.pair).map((v) => v.pair!))];
    for (const pair of pairs) {
      ruleOf(TYPE.antiAffinityRule, `${pair}-apart`, [`${pair}-primary`, `${pair}-backup`], {
        enabled: true,
        mandatory: true,
      });
    }
    const mcps = vms.filter((v) => v.role === "mcp").map((v) => v.name);
    ruleOf(TYPE.antiAffinityRule, `${siteName}-mcp-spread`, mcps, { enabled: true, mandatory: false });
    for (const tier of ["primary", "backup"] as const) {
      const members = vms.filter((v) => v.tier === tier).map((v) => v.name);
      ruleOf(TYPE.affinityRule, `${siteName}-${tier}-together`, members, { enabled: true, mandatory: false });
      ruleOf(TYPE.vmGroup, `${siteName}-${tier}-vms`, members, {});
      b.add(
        [...rulesChain, TYPE.hostGroup],
        `${siteName}-${tier}-hosts`,
        {
          name: `${siteName}-${tier}-hosts`,
          computeClusterId: clusterId,
          hostSystemIds: [`host-${hosts[tier === "primary" ? 0 : 1].name}`],
        },
        { parent: rules.urn, ...prov },
      );
      b.add(
        [...rulesChain, TYPE.vmHostRule],
        `${siteName}-${tier}-should-run`,
        {
          name: `${siteName}-${tier}-should-run`,
          computeClusterId: clusterId,
          vmGroupName: `${siteName}-${tier}-vms`,
          affinityHostGroupName: `${siteName}-${tier}-hosts`,
          enabled: true,
          mandatory: false,
        },
        { parent: rules.urn, ...prov },
      );
    }
    for (const vm of vms) {
      const r = vmRes.get(vm.name)!;
      b.add(
        [...rulesChain, TYPE.haVmOverride],
        `${vm.name}-restart`,
        {
          computeClusterId: clusterId,
          virtualMachineId: r.id,
          haVmRestartPriority: vm.restartPriority,
        },
        { parent: rules.urn, ...prov, propertyDependencies: { virtualMachineId: [r.urn] } },
      );
    }
  }
  return withRolloutOrder(b.doc());
}

/** The Docker stand-in of the same deployment. */
export function dockerDoc(sites: string[] = [SITE]): PlanDocument {
  const b = new DocBuilder();
  for (const siteName of sites) {
    const site = b.add([COMPONENT.dockerSite], siteName, { name: siteName });
    const hosts = labHosts(siteName);
    const providers = new Map<string, { urn: string; id: string }>();
    const hostChain = [COMPONENT.dockerSite, COMPONENT.dockerHost];
    for (const host of hosts) {
      const h = b.add(
        hostChain,
        host.name,
        { site: siteName, host, networks: NETWORKS },
        { parent: site.urn },
      );
      const p = b.add(
        [...hostChain, TYPE.dockerProvider],
        host.name,
        { host: host.dockerHost },
        { parent: h.urn },
      );
      providers.set(host.name, p);
      for (const net of [NETWORKS.vmTraffic, NETWORKS.vmotion]) {
        b.add(
          [...hostChain, TYPE.dockerNetwork],
          `${host.name}-${net.purpose}`,
          {
            name: `${siteName}-${net.purpose}`,
            driver: "bridge",
            internal: net.purpose === "vmotion",
            labels: [{ label: LABEL.network, value: net.purpose }],
          },
          { parent: h.urn, provider: providerRef(p) },
        );
      }
    }
    const vmChain = [COMPONENT.dockerSite, COMPONENT.dockerVm];
    for (const vm of labVms(siteName, hosts)) {
      const comp = b.add(vmChain, vm.name, { vm }, { parent: site.urn });
      const labels: Record<string, string> = {
        [LABEL.vm]: vm.name,
        [LABEL.role]: vm.role,
        [LABEL.tier]: vm.tier,
        [LABEL.pair]: vm.pair ?? "",
        [LABEL.site]: vm.site,
        [LABEL.host]: vm.intendedHost,
        [LABEL.vcpus]: String(vm.sizing.cpus),
        [LABEL.memoryMb]: String(vm.sizing.memoryMb),
        [LABEL.diskGb]: String(vm.sizing.diskGb),
        [LABEL.adapterType]: vm.sizing.adapterType,
        [LABEL.devices]: "",
        [LABEL.toolsUpgradePolicy]: "upgradeAtPowerCycle",
        [LABEL.toolsTimeSync]: "true",
        [LABEL.addpTimeout]: "4",
        [LABEL.addpRemoteTimeout]: "4",
        [LABEL.addpTrace]: "full",
        [LABEL.restartPriority]: vm.restartPriority,
      };
      b.add(
        [...vmChain, TYPE.container],
        vm.name,
        {
          name: vm.name,
          image: "genesys-stand-in:1.0",
          memory: vm.sizing.memoryMb,
          cpuShares: vm.sizing.cpus * 1024,
          restart: "unless-stopped",
          healthcheck: { tests: ["CMD", "true"], interval: "10s", retries: 3 },
          labels: Object.entries(labels).map(([label, value]) => ({ label, value })),
          hostname: vm.guest.computerName,
          networksAdvanced: [{ name: `${siteName}-vmTraffic`, ipv4Address: vm.guest.ipv4 }],
          privileged: false,
          capabilities: { drops: ["ALL"] },
          readOnly: true,
          destroyGraceSeconds: 10,
        },
        { parent: comp.urn, provider: providerRef(providers.get(vm.intendedHost)!), protect: vm.protect },
      );
    }
  }
  return withRolloutOrder(b.doc());
}
