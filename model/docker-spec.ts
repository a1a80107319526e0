// The Docker stand-in's settings as plain data: what the docker components send to the provider for
// each host (its networks) and each Genesys VM (its container). Kept free of Pulumi so it is tested
// directly, and built on vmSpec/vmResourceOptions so that a VM's sizing, tools and ADDP settings
// come from the same code on both platforms.
import { CPU_SHARES_PER_VCPU, DISABLED_DEVICE_KEYS, LABEL } from "../policies/contract";
import { Deployment, GenesysVm, Host, Network, Site } from "./types";
import { vmResourceOptions, vmSpec } from "./vsphere-spec";

/** Docker's default CPU weight; a VM gets this much per vCPU (see dockerContainerSpec). The pack
 * reads the vCPU count back from it, so the number lives in the contract. */
export { CPU_SHARES_PER_VCPU };
/** The writable scratch space of a container whose root file system is read-only. */
export const TMPFS = { "/tmp": "rw,noexec,nosuid,size=16m" } as const;
/** The stand-in image's health command (standin/genesys-standin): its heartbeat is fresh. */
export const HEALTH_TEST = ["CMD", "/usr/local/bin/genesys-standin", "health"] as const;
/** Bridge driver option that sets the MTU of a network (the vSwitch's MTU). */
export const MTU_OPTION = "com.docker.network.driver.mtu";

export interface DockerLabel {
  label: string;
  value: string;
}

/** [{label, value}] as the provider takes them, sorted by key so plans are stable. */
export function toLabels(map: Record<string, string>): DockerLabel[] {
  return Object.keys(map)
    .sort()
    .map((label) => ({ label, value: map[label] }));
}

/**
 * The Docker network that plays a port group. VM traffic: one network per site and engine, named
 * `<site>-<port group>`, with the IP plan's subnet and gateway, shared by the hosts that engine
 * plays, as the port group of one VLAN spans the ESXi hosts (an engine refuses two networks whose
 * subnets overlap, and several hosts may share the local one). vMotion: one per host, named after
 * site, host and port group, as each host has its own VMkernel.
 */
export function dockerNetworkName(
  site: string,
  host: string,
  net: Pick<Network, "portGroup" | "purpose">,
): string {
  return net.purpose === "vmTraffic" ? `${site}-${net.portGroup}` : `${site}-${host}-${net.portGroup}`;
}

export interface DockerNetworkSpec {
  name: string;
  driver: "bridge";
  /** vMotion: no route off the engine, and no container attached (only the hypervisor uses it). */
  internal: boolean;
  options: Record<string, string>;
  /** VM traffic: the IP plan's subnet and gateway, so every container gets its planned address. */
  ipamConfigs?: { subnet: string; gateway: string }[];
  labels: DockerLabel[];
}

/** A host's network; `hosts` are all the hosts an engine's VM-traffic network serves (default: this one). */
export function dockerNetworkSpec(
  site: string,
  host: Pick<Host, "name">,
  net: Network,
  hosts: readonly string[] = [host.name],
): DockerNetworkSpec {
  const plan = net.purpose === "vmTraffic" ? net.ipv4 : undefined;
  return {
    name: dockerNetworkName(site, host.name, net),
    driver: "bridge",
    internal: net.purpose === "vmotion",
    options: { [MTU_OPTION]: String(net.mtu) },
    ...(plan ? { ipamConfigs: [{ subnet: plan.cidr, gateway: plan.gateway }] } : {}),
    labels: toLabels({ [LABEL.network]: net.purpose, [LABEL.site]: site, [LABEL.host]: hosts.join(",") }),
  };
}

export interface DockerContainerSpec {
  /** The VM's name: unique per stack, and per engine as long as sites are. */
  name: string;
  image: string;
  /** Memory limit, MB: the VM's configured memory. */
  memory: number;
  /** Relative CPU weight: CPU_SHARES_PER_VCPU per vCPU. */
  cpuShares: number;
  /** Stand-in for HA restarting a failed VM. */
  restart: "unless-stopped";
  /** Stand-in for HA VM monitoring (VMware Tools heartbeats). */
  healthcheck: { tests: string[]; interval: string; timeout: string; startPeriod: string; retries: number };
  labels: DockerLabel[];
  envs: string[];
  /** The VM's computer name, as the guest would have it. */
  hostname: string;
  /** The VM-traffic network of the VM's host, at the VM's planned address; never the vMotion one. */
  networksAdvanced: { name: string; ipv4Address: string }[];
  privileged: false;
  capabilities: { drops: string[] };
  securityOpts: string[];
  readOnly: true;
  tmpfs: Record<string, string>;
  mustRun: true;
  start: true;
  /** `up` waits until the healthcheck passes, so a VM that never comes up fails the update. */
  wait: true;
  waitTimeout: number;
  /** Stop (SIGTERM) before removal, as a guest is shut down before its VM is deleted. */
  destroyGraceSeconds: number;
}

type SpecSettings = Pick<Deployment, "genesys" | "vsphere" | "docker">;

/**
 * One Genesys VM as a container. Sizing, devices, VMware Tools and ADDP settings are read from
 * vmSpec (the vSphere VM of the same model), so both platforms describe the VM the same way.
 *
 * CPU: a VM's vCPUs become `cpuShares` = 1024 x vCPU, a relative weight that only matters when
 * containers compete for CPU (as vCPUs compete for cores under contention). A hard quota
 * (`cpus`) would be closer to a vCPU count but the engine refuses one above its own core count
 * ("Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available"), so a 4-vCPU VM
 * could not start on a 2-core CI machine. The vCPU count itself travels in a label.
 */
export function dockerContainerSpec(
  vm: GenesysVm,
  network: Network,
  settings: SpecSettings,
): DockerContainerSpec {
  const spec = vmSpec(vm, settings.vsphere, settings.genesys);
  const { genesys } = settings;
  const timeSync = spec.syncTimeWithHost && spec.syncTimeWithHostPeriodically;
  const labels: Record<string, string> = {
    [LABEL.vm]: vm.name,
    [LABEL.role]: vm.role,
    [LABEL.tier]: vm.tier,
    [LABEL.site]: vm.site,
    [LABEL.host]: vm.intendedHost,
    [LABEL.vcpus]: String(spec.numCpus),
    [LABEL.memoryMb]: String(spec.memory),
    [LABEL.diskGb]: String(spec.disks[0].size),
    [LABEL.adapterType]: spec.adapterType,
    [LABEL.devices]: legacyDevices(spec.extraConfig).join(","),
    [LABEL.toolsUpgradePolicy]: spec.toolsUpgradePolicy,
    [LABEL.toolsTimeSync]: String(timeSync),
    [LABEL.addpTimeout]: String(genesys.addpTimeout),
    [LABEL.addpRemoteTimeout]: String(genesys.addpRemoteTimeout),
    [LABEL.addpTrace]: genesys.addpTrace,
    [LABEL.restartPriority]: vm.restartPriority,
  };
  if (vm.pair) labels[LABEL.pair] = vm.pair;
  return {
    name: vm.name,
    image: settings.docker.image,
    memory: spec.memory,
    cpuShares: CPU_SHARES_PER_VCPU * spec.numCpus,
    restart: "unless-stopped",
    // Under 60 s each: the provider reads durations back in Go's form, where 60s is "1m0s".
    healthcheck: { tests: [...HEALTH_TEST], interval: "10s", timeout: "5s", startPeriod: "10s", retries: 3 },
    labels: toLabels(labels),
    envs: standinEnv(vm, settings.genesys),
    hostname: vm.guest.computerName,
    networksAdvanced: [
      { name: dockerNetworkName(vm.site, vm.intendedHost, network), ipv4Address: vm.guest.ipv4 },
    ],
    privileged: false,
    capabilities: { drops: ["ALL"] },
    securityOpts: ["no-new-privileges:true"],
    readOnly: true,
    tmpfs: { ...TMPFS },
    mustRun: true,
    start: true,
    wait: true,
    waitTimeout: 60,
    destroyGraceSeconds: 10,
  };
}

/** What the guest would read from guestinfo, as environment for the stand-in process. */
function standinEnv(vm: GenesysVm, genesys: SpecSettings["genesys"]): string[] {
  const env: [string, string][] = [
    ["GENESYS_VM", vm.name],
    ["GENESYS_ROLE", vm.role],
    ["GENESYS_TIER", vm.tier],
    ["GENESYS_PAIR", vm.pair ?? ""],
    ["GENESYS_SITE", vm.site],
    ["GENESYS_HOST", vm.intendedHost],
    ["GENESYS_COMPUTER_NAME", vm.guest.computerName],
    ["GENESYS_IPV4", vm.guest.ipv4],
    ["GENESYS_ADDP_TIMEOUT", String(genesys.addpTimeout)],
    ["GENESYS_ADDP_REMOTE_TIMEOUT", String(genesys.addpRemoteTimeout)],
    ["GENESYS_ADDP_TRACE", genesys.addpTrace],
  ];
  return env.map(([k, v]) => `${k}=${v}`);
}

/** Legacy devices (guide #7) the VM would still have: those whose VMX key is not set to FALSE. */
function legacyDevices(extraConfig: Record<string, string>): string[] {
  return Object.entries(DISABLED_DEVICE_KEYS)
    .filter(([, key]) => (extraConfig[key] ?? "").toUpperCase() !== "FALSE")
    .map(([device]) => device);
}

/**
 * Resource options of a VM's container: the VM's own (vmResourceOptions). deleteBeforeReplace
 * matters here as well: a container name is unique per engine, so the replacement can only be
 * created once the old container is gone. protect comes from config (protectVoiceVms).
 */
export function dockerVmResourceOptions(vm: GenesysVm) {
  return vmResourceOptions(vm, "docker");
}

/** How the stand-in reaches a host's engine: its dockerHost, else DOCKER_HOST or the default socket. */
export function engineOf(host: Pick<Host, "dockerHost">): string {
  return host.dockerHost ?? "local";
}

/**
 * Primary/backup pairs whose hosts reach the same engine: there the anti-affinity is kept by
 * placement and labels (distinct providers) but not by separate machines.
 */
export function pairsSharingAnEngine(site: Pick<Site, "hosts" | "vms">): { pair: string; engine: string }[] {
  const engineByHost = new Map(site.hosts.map((h) => [h.name, engineOf(h)]));
  const byPair = new Map<string, Set<string>>();
  for (const vm of site.vms) {
    if (!vm.pair) continue;
    const engines = byPair.get(vm.pair) ?? new Set<string>();
    engines.add(engineByHost.get(vm.intendedHost) ?? "local");
    byPair.set(vm.pair, engines);
  }
  const members = (pair: string) => site.vms.filter((v) => v.pair === pair).length;
  return [...byPair.entries()]
    .filter(([pair, engines]) => engines.size === 1 && members(pair) > 1)
    .map(([pair, engines]) => ({ pair, engine: [...engines][0] }));
}
