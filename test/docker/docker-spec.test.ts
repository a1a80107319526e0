// The model -> Docker translation, tested as plain data (no Pulumi).
import { LABEL } from "../../policies/contract";
import { normalizeVm } from "../../policies/normalize/vm";
import { normalizeDockerNetwork } from "../../policies/normalize/switch";
import { normalizeCluster } from "../../policies/normalize/cluster";
import type { RawResource } from "../../policies/normalize/resource";
import { loadDeployment } from "../../model/config";
import {
  CPU_SHARES_PER_VCPU,
  DockerContainerSpec,
  dockerContainerSpec,
  dockerNetworkName,
  dockerNetworkSpec,
  dockerVmResourceOptions,
  engineOf,
  pairsSharingAnEngine,
  toLabels,
} from "../../model/docker-spec";
import { vmResourceOptions, vmSpec } from "../../model/vsphere-spec";
import { Deployment, GenesysVm, Site } from "../../model/types";
import { stackConfig } from "./dev-config";

function devDeployment(overrides: Record<string, string> = {}): Deployment {
  return loadDeployment({
    config: { ...stackConfig("dev"), ...overrides },
    project: "genesys-iac",
    stack: "dev",
  });
}

const d = devDeployment();
const site = d.sites[0];
const vm = (name: string): GenesysVm => site.vms.find((v) => v.name === name)!;
const specOf = (v: GenesysVm, dep: Deployment = d): DockerContainerSpec =>
  dockerContainerSpec(v, site.networks.vmTraffic, dep);
const labelsOf = (s: { labels: { label: string; value: string }[] }) =>
  Object.fromEntries(s.labels.map((l) => [l.label, l.value]));

describe("network names and specs", () => {
  it("names vMotion per host and VM traffic per site (one subnet, shared by an engine's hosts)", () => {
    expect(dockerNetworkName("dev", "esx01", site.networks.vmTraffic)).toBe("dev-genesys-vm");
    expect(dockerNetworkName("dev", "esx01", site.networks.vmotion)).toBe("dev-esx01-vmotion");
    const vmotion = site.hosts.map((h) => dockerNetworkName(site.name, h.name, site.networks.vmotion));
    // Hosts sharing one engine must not share (collide on) a vMotion network name.
    expect(new Set(vmotion).size).toBe(site.hosts.length);
    const vmNets = site.hosts.map((h) => dockerNetworkName(site.name, h.name, site.networks.vmTraffic));
    expect(new Set(vmNets)).toEqual(new Set(["dev-genesys-vm"]));
  });

  it("makes the vMotion network internal and labels both with purpose, site and host", () => {
    const host = site.hosts[1];
    const vmNet = dockerNetworkSpec(site.name, host, site.networks.vmTraffic, ["esx02", "esx03"]);
    const vmotion = dockerNetworkSpec(site.name, host, site.networks.vmotion);
    expect(vmNet).toMatchObject({ name: "dev-genesys-vm", driver: "bridge", internal: false });
    // The IP plan's subnet and gateway: each container gets its planned address on it.
    expect(vmNet.ipamConfigs).toEqual([{ subnet: "10.123.10.0/24", gateway: "10.123.10.1" }]);
    expect(vmotion).toMatchObject({ name: "dev-esx02-vmotion", driver: "bridge", internal: true });
    expect(vmotion.ipamConfigs).toBeUndefined();
    expect(labelsOf(vmNet)).toEqual({
      [LABEL.network]: "vmTraffic",
      [LABEL.site]: "dev",
      [LABEL.host]: "esx02,esx03",
    });
    expect(labelsOf(vmotion)[LABEL.network]).toBe("vmotion");
    expect(vmotion.options).toEqual({ "com.docker.network.driver.mtu": String(site.networks.vmotion.mtu) });
  });

  it("is read by the policy pack as a vSwitch, vMotion by its label", () => {
    const raw = (name: string, props: object): RawResource => ({
      urn: `urn:${name}`,
      type: "docker:index/network:Network",
      name,
      props: props as Record<string, unknown>,
      providerUrn: "urn:provider-esx01",
      propertyDependencies: {},
      protect: false,
    });
    const host = site.hosts[0];
    const sw = normalizeDockerNetwork(raw("vm", dockerNetworkSpec(site.name, host, site.networks.vmTraffic)));
    const vmo = normalizeDockerNetwork(raw("vmo", dockerNetworkSpec(site.name, host, site.networks.vmotion)));
    expect(sw).toMatchObject({ vmotion: false, internal: false, host: "urn:provider-esx01" });
    expect(vmo).toMatchObject({ vmotion: true, internal: true });
  });
});

describe("container spec of a VM", () => {
  const primary = vm("dev-sip-primary");
  const spec = specOf(primary);

  it("is named after the VM and uses the configured image by its exact tag", () => {
    expect(spec.name).toBe("dev-sip-primary");
    expect(spec.image).toBe("genesys-standin:1.0");
  });

  it("limits memory to the VM's memory and weighs CPU by vCPUs, without a hard CPU quota", () => {
    expect(spec.memory).toBe(primary.sizing.memoryMb);
    expect(spec.cpuShares).toBe(CPU_SHARES_PER_VCPU * primary.sizing.cpus);
    expect(spec).not.toHaveProperty("cpus");
    expect(spec).not.toHaveProperty("cpuQuota");
  });

  it("follows a sizing override", () => {
    const dep = devDeployment({
      "genesys-iac:sizing": JSON.stringify({ sipServer: { cpus: 8, memoryMb: 8192 } }),
    });
    const big = specOf(
      dep.sites[0].vms.find((v) => v.name === "dev-sip-primary")!,
      dep,
    );
    expect(big).toMatchObject({ memory: 8192, cpuShares: 8 * 1024 });
    expect(labelsOf(big)).toMatchObject({ [LABEL.vcpus]: "8", [LABEL.memoryMb]: "8192" });
  });

  it("restarts unless stopped and has a healthcheck with the stand-in's health command", () => {
    expect(spec.restart).toBe("unless-stopped");
    expect(spec.healthcheck.tests).toEqual(["CMD", "/usr/local/bin/genesys-standin", "health"]);
    expect(spec.healthcheck.retries).toBeGreaterThan(0);
    // Whole seconds under a minute: the provider reads them back as Go durations ("1m0s" otherwise).
    for (const t of [spec.healthcheck.interval, spec.healthcheck.timeout, spec.healthcheck.startPeriod]) {
      expect(t).toMatch(/^([1-9]|[1-5]\d)s$/);
    }
  });

  it("carries every label the policy pack judges a VM by, as the vSphere VM has them", () => {
    const v = vmSpec(primary, d.vsphere, d.genesys);
    expect(labelsOf(spec)).toEqual({
      [LABEL.vm]: "dev-sip-primary",
      [LABEL.role]: "sipServer",
      [LABEL.tier]: "primary",
      [LABEL.pair]: "dev-sip",
      [LABEL.site]: "dev",
      [LABEL.host]: primary.intendedHost,
      [LABEL.vcpus]: "4",
      [LABEL.memoryMb]: "4096",
      [LABEL.diskGb]: "40",
      [LABEL.adapterType]: "vmxnet3",
      [LABEL.devices]: "",
      [LABEL.toolsUpgradePolicy]: v.toolsUpgradePolicy,
      [LABEL.toolsTimeSync]: "true",
      [LABEL.addpTimeout]: "4",
      [LABEL.addpRemoteTimeout]: "4",
      [LABEL.addpTrace]: "full",
      [LABEL.restartPriority]: "highest",
    });
    expect(spec.labels.map((l) => l.label)).toEqual([...spec.labels.map((l) => l.label)].sort());
  });

  it("has no pair label on a standalone VM", () => {
    expect(labelsOf(specOf(vm("dev-mcp-1")))).not.toHaveProperty(LABEL.pair);
  });

  it("passes the ADDP settings and the VM's identity in the environment", () => {
    const dep = devDeployment({ "genesys-iac:addpTimeout": "6", "genesys-iac:addpTrace": "remote" });
    const s = specOf(primary, dep);
    expect(s.envs).toEqual(
      expect.arrayContaining([
        "GENESYS_VM=dev-sip-primary",
        "GENESYS_ROLE=sipServer",
        "GENESYS_ADDP_TIMEOUT=6",
        "GENESYS_ADDP_REMOTE_TIMEOUT=4",
        "GENESYS_ADDP_TRACE=remote",
      ]),
    );
    expect(labelsOf(s)).toMatchObject({ [LABEL.addpTimeout]: "6", [LABEL.addpTrace]: "remote" });
  });

  it("joins only the VM-traffic network at its planned address, with its computer name, never vMotion", () => {
    const backup = specOf(vm("dev-sip-backup"));
    expect(spec.networksAdvanced).toEqual([{ name: "dev-genesys-vm", ipv4Address: "10.123.10.21" }]);
    expect(spec.hostname).toBe("DEV-SIP-P");
    expect(backup.networksAdvanced).toEqual([{ name: "dev-genesys-vm", ipv4Address: "10.123.10.22" }]);
    expect(backup.hostname).toBe("DEV-SIP-B");
    for (const v of site.vms) {
      expect(specOf(v).networksAdvanced.some((n) => n.name.endsWith("-vmotion"))).toBe(false);
    }
  });

  it("is hardened: unprivileged, no capabilities, no ports, read-only root with a small tmpfs", () => {
    expect(spec).toMatchObject({
      privileged: false,
      capabilities: { drops: ["ALL"] },
      securityOpts: ["no-new-privileges:true"],
      readOnly: true,
      mustRun: true,
      start: true,
    });
    expect(spec).not.toHaveProperty("ports");
    expect(spec).not.toHaveProperty("publishAllPorts");
    expect(spec).not.toHaveProperty("devices");
    expect(Object.keys(spec.tmpfs)).toEqual(["/tmp"]);
    expect(spec.tmpfs["/tmp"]).toMatch(/size=\d+m/);
  });

  it("is judged by the policy pack's normalizers like the VM it stands in for", () => {
    const raw: RawResource = {
      urn: "urn:c",
      type: "docker:index/container:Container",
      name: spec.name,
      props: spec as unknown as Record<string, unknown>,
      providerUrn: "urn:provider-esx01",
      propertyDependencies: {},
      protect: false,
    };
    expect(normalizeVm(raw)).toMatchObject({
      platform: "docker",
      name: "dev-sip-primary",
      role: "sipServer",
      tier: "primary",
      pair: "dev-sip",
      cpus: 4,
      memoryMb: 4096,
      disksGb: [40],
      adapterTypes: ["vmxnet3"],
      networks: ["dev-genesys-vm"],
      computerName: "DEV-SIP-P",
      ipv4: "10.123.10.21",
      toolsUpgradePolicy: "upgradeAtPowerCycle",
      timeSync: true,
      legacyDevices: [],
      addpTimeout: 4,
      addpRemoteTimeout: 4,
      hostLabel: primary.intendedHost,
      engine: "urn:provider-esx01",
    });
    expect(normalizeCluster(raw)).toMatchObject({ platform: "docker", haEnabled: true, vmMonitoring: true });
  });
});

describe("resource options", () => {
  it("are the VM's own: delete before replace, protect from config", () => {
    for (const v of site.vms) {
      expect(dockerVmResourceOptions(v)).toEqual(vmResourceOptions(v, "docker"));
      expect(dockerVmResourceOptions(v)).toMatchObject({ deleteBeforeReplace: true, protect: v.protect });
    }
    const protectedDep = devDeployment({ "genesys-iac:protectVoiceVms": "true" });
    const pv = protectedDep.sites[0].vms;
    expect(dockerVmResourceOptions(pv.find((v) => v.role === "sipServer")!).protect).toBe(true);
    expect(dockerVmResourceOptions(pv.find((v) => v.role === "simulator")!).protect).toBe(false);
  });
});

describe("engines", () => {
  const withEngines = (engines: Record<string, string | undefined>): Site => ({
    ...site,
    hosts: site.hosts.map((h) => ({ ...h, dockerHost: engines[h.name] })),
  });

  it("names the local engine when a host has no dockerHost", () => {
    expect(engineOf({})).toBe("local");
    expect(engineOf({ dockerHost: "ssh://root@esx01" })).toBe("ssh://root@esx01");
  });

  it("reports the pairs whose primary and backup hosts share an engine", () => {
    expect(pairsSharingAnEngine(site).map((p) => p.pair)).toEqual([
      "dev-sip",
      "dev-stat",
      "dev-urs",
      "dev-rm",
    ]);
    const same = withEngines({ esx01: "tcp://a:2376", esx02: "tcp://a:2376" });
    expect(pairsSharingAnEngine(same)).toContainEqual({ pair: "dev-sip", engine: "tcp://a:2376" });
    const apart = withEngines({ esx01: "ssh://root@a", esx02: "ssh://root@b" });
    expect(pairsSharingAnEngine(apart)).toEqual([]);
  });

  it("sorts labels by key", () => {
    expect(toLabels({ b: "2", a: "1" })).toEqual([
      { label: "a", value: "1" },
      { label: "b", value: "2" },
    ]);
  });
});
