// The dev stack (platform docker) planned under Pulumi's mocks: what the Docker components register.
import { runUnderMocks, type MockRun } from "../../cli/mock-engine";
import type { PlanResource } from "../../analyzer/plan-document";
import { COMPONENT, LABEL, TYPE } from "../../policies/contract";
import { loadDeployment } from "../../model/config";
import { dockerContainerSpec } from "../../model/docker-spec";
import { main } from "../../program/main";
import { stackConfig } from "./dev-config";

const PROJECT = "genesys-iac";
const devConfig = stackConfig("dev");
const model = loadDeployment({ config: devConfig, project: PROJECT, stack: "dev" });
const site = model.sites[0];

function plan(config: Record<string, string>): Promise<MockRun> {
  return runUnderMocks({ project: PROJECT, stack: "dev", config, secretKeys: [], program: main });
}

/**
 * A run whose program fails. The program's error is caught inside it and handed back: when the
 * program passed to runUnderMocks throws, the rejection also reaches promises inside the Pulumi SDK
 * (the root Stack's data) that nobody awaits, and Jest fails the test on that unhandled rejection
 * (or the worker dies), although runUnderMocks itself rejects properly.
 */
async function failingPlan(config: Record<string, string>): Promise<{ run: MockRun; failure: unknown }> {
  let failure: unknown;
  const run = await runUnderMocks({
    project: PROJECT,
    stack: "dev",
    config,
    secretKeys: [],
    program: async () => {
      try {
        return await main();
      } catch (e) {
        failure = e;
        return {};
      }
    },
  });
  return { run, failure };
}

const withSites = (edit: (sites: Record<string, unknown>[]) => void): Record<string, string> => {
  const sites = JSON.parse(devConfig["genesys-iac:sites"]) as Record<string, unknown>[];
  edit(sites);
  return { ...devConfig, "genesys-iac:sites": JSON.stringify(sites) };
};

const nameOf = (urn: string) => urn.split("::").pop()!;
const providerUrn = (r: PlanResource) => r.provider?.split("::").slice(0, -1).join("::");
const labelsOf = (r: PlanResource) =>
  Object.fromEntries((r.inputs.labels as { label: string; value: string }[]).map((l) => [l.label, l.value]));

let run: MockRun;
let resources: PlanResource[];
const ofType = (type: string) => resources.filter((r) => r.type === type);

beforeAll(async () => {
  run = await plan(devConfig);
  resources = run.document.deployment.resources;
});

describe("dev stack on Docker", () => {
  it("declares one container per VM of the model, named after it", () => {
    const containers = ofType(TYPE.container);
    expect(site.vms).toHaveLength(11);
    expect(containers.map((c) => c.inputs.name).sort()).toEqual(site.vms.map((v) => v.name).sort());
    const vmIds = (run.outputs.vmIds as Record<string, Record<string, string>>).dev;
    expect(Object.keys(vmIds).sort()).toEqual(site.vms.map((v) => v.name).sort());
    for (const c of containers) expect(vmIds[c.inputs.name as string]).toBe(c.id);
    expect(run.outputs.platform).toBe("docker");
    expect((run.outputs.ruleNames as Record<string, string[]>).dev).toContain("dev-sip-pair-apart");
  });

  it("has a Site, a Host per ESXi host with the plain model as inputs, and a provider per host", () => {
    expect(ofType(COMPONENT.dockerSite)).toHaveLength(1);
    const hosts = ofType(COMPONENT.dockerHost);
    expect(hosts.map((h) => (h.inputs.host as { name: string }).name)).toEqual(["esx01", "esx02", "esx03"]);
    for (const h of hosts) {
      expect(h.inputs).toEqual(
        JSON.parse(
          JSON.stringify({
            site: "dev",
            host: site.hosts.find((x) => x.name === (h.inputs.host as { name: string }).name),
            networks: site.networks,
          }),
        ),
      );
    }
    const providers = ofType(TYPE.dockerProvider);
    expect(providers.map((p) => nameOf(p.urn))).toEqual([
      "dev-esx01-engine",
      "dev-esx02-engine",
      "dev-esx03-engine",
    ]);
    // No dockerHost in the dev stack: the SDK takes DOCKER_HOST (or nothing: the default socket).
    for (const p of providers) expect(p.inputs.host).toBe(process.env.DOCKER_HOST);
  });

  it("puts each container on its intended host's provider, in a GenesysVm component holding the VM", () => {
    for (const c of ofType(TYPE.container)) {
      const vm = site.vms.find((v) => v.name === c.inputs.name)!;
      expect(nameOf(providerUrn(c)!)).toBe(`dev-${vm.intendedHost}-engine`);
      const parent = resources.find((r) => r.urn === c.parent)!;
      expect(parent.type).toBe(COMPONENT.dockerVm);
      expect(parent.inputs).toEqual({ vm: JSON.parse(JSON.stringify(vm)) });
      expect(labelsOf(c)[LABEL.host]).toBe(vm.intendedHost);
    }
  });

  it("never puts a primary and its backup on one provider", () => {
    const containers = ofType(TYPE.container);
    const pairs = new Set(site.vms.filter((v) => v.pair).map((v) => v.pair!));
    expect(pairs.size).toBe(4);
    for (const pair of pairs) {
      const members = containers.filter((c) => labelsOf(c)[LABEL.pair] === pair);
      expect(members.map((m) => labelsOf(m)[LABEL.tier]).sort()).toEqual(["backup", "primary"]);
      expect(providerUrn(members[0])).not.toBe(providerUrn(members[1]));
    }
  });

  it("creates each host's internal vMotion network on that host's provider, and one VM network per engine", () => {
    const networks = ofType(TYPE.dockerNetwork);
    expect(networks).toHaveLength(4);
    for (const host of site.hosts) {
      const vmotion = networks.find((n) => n.inputs.name === `dev-${host.name}-vmotion`)!;
      expect(nameOf(providerUrn(vmotion)!)).toBe(`dev-${host.name}-engine`);
      expect(vmotion.inputs.internal).toBe(true);
      expect(labelsOf(vmotion)).toEqual({
        [LABEL.network]: "vmotion",
        [LABEL.site]: "dev",
        [LABEL.host]: host.name,
      });
    }
    // The hosts share the local engine, which holds one network per subnet: the first host by name
    // makes the site's VM network, with the IP plan's subnet and gateway.
    const vmNet = networks.find((n) => n.inputs.name === "dev-genesys-vm")!;
    expect(nameOf(providerUrn(vmNet)!)).toBe("dev-esx01-engine");
    expect(vmNet.inputs.internal).toBe(false);
    expect(vmNet.inputs.ipamConfigs).toEqual([{ subnet: "10.123.10.0/24", gateway: "10.123.10.1" }]);
    expect(resources.find((r) => r.urn === vmNet.parent)!.type).toBe(COMPONENT.dockerHost);
  });

  it("attaches each container to the VM network only, at its planned address, named as the VM's guest", () => {
    const vmNet = ofType(TYPE.dockerNetwork).find((n) => n.inputs.name === "dev-genesys-vm")!;
    for (const c of ofType(TYPE.container)) {
      const vm = site.vms.find((v) => v.name === c.inputs.name)!;
      expect(c.inputs.networksAdvanced).toEqual([{ name: "dev-genesys-vm", ipv4Address: vm.guest.ipv4 }]);
      expect(c.inputs.hostname).toBe(vm.guest.computerName);
      expect(c.propertyDependencies?.networksAdvanced).toEqual([vmNet.urn]);
    }
    const addresses = ofType(TYPE.container).map(
      (c) => (c.inputs.networksAdvanced as { ipv4Address: string }[])[0].ipv4Address,
    );
    expect(new Set(addresses).size).toBe(11);
  });

  it("sends exactly the spec of model/docker-spec.ts: limits, labels, restart, healthcheck, hardening", () => {
    for (const c of ofType(TYPE.container)) {
      const vm = site.vms.find((v) => v.name === c.inputs.name)!;
      const spec = dockerContainerSpec(vm, site.networks.vmTraffic, model);
      expect(c.inputs).toEqual(JSON.parse(JSON.stringify(spec)));
      expect(c.inputs).toMatchObject({
        image: "genesys-standin:1.0",
        memory: vm.sizing.memoryMb,
        cpuShares: 1024 * vm.sizing.cpus,
        restart: "unless-stopped",
        privileged: false,
        readOnly: true,
        mustRun: true,
        start: true,
        capabilities: { drops: ["ALL"] },
      });
      expect((c.inputs.healthcheck as { tests: string[] }).tests[0]).toBe("CMD");
      expect(c.inputs).not.toHaveProperty("ports");
      expect(labelsOf(c)).toMatchObject({ [LABEL.vm]: vm.name, [LABEL.restartPriority]: vm.restartPriority });
      // dev sets protectVoiceVms: false.
      expect(c.protect).toBeUndefined();
    }
  });

  it("protects the voice VMs' containers when protectVoiceVms is on", async () => {
    const protectedRun = await plan({ ...devConfig, "genesys-iac:protectVoiceVms": "true" });
    const containers = protectedRun.document.deployment.resources.filter((r) => r.type === TYPE.container);
    const unprotected = containers.filter((c) => c.protect !== true).map((c) => c.inputs.name);
    expect(unprotected).toEqual(["dev-sim-1"]);
  });

  it("points a host's provider at its own dockerHost", async () => {
    const config = withSites((sites) => {
      const hosts = sites[0].hosts as Record<string, unknown>[];
      hosts[0].dockerHost = "ssh://root@esx01.lab";
      hosts[1].dockerHost = "tcp://esx02.lab:2376";
    });
    const r = await plan(config);
    const providers = r.document.deployment.resources.filter((x) => x.type === TYPE.dockerProvider);
    const hostOf = (n: string) => providers.find((p) => nameOf(p.urn) === n)!.inputs.host;
    expect(hostOf("dev-esx01-engine")).toBe("ssh://root@esx01.lab");
    expect(hostOf("dev-esx02-engine")).toBe("tcp://esx02.lab:2376");
    expect(hostOf("dev-esx03-engine")).toBe(process.env.DOCKER_HOST);
    expect((r.outputs.hosts as Record<string, Record<string, string>>).dev).toEqual({
      esx01: "ssh://root@esx01.lab",
      esx02: "tcp://esx02.lab:2376",
      esx03: "local",
    });
  });
});

describe("a bad dev config", () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      "a duplicate host name",
      withSites((sites) => (sites[0].hosts as unknown[]).push({ name: "esx01" })),
      /genesys-iac:sites\[0\]\.hosts: \["esx01"\] — host names unique within the site/,
    ],
    [
      "vMotion on the VM-traffic vSwitch",
      withSites((sites) => {
        const nets = sites[0].networks as Record<string, Record<string, unknown>>;
        nets.vmotion.vswitch = nets.vmTraffic.vswitch;
      }),
      /genesys-iac:sites\[0\]\.networks\.vmotion\.vswitch: "vSwitch0" — a vSwitch other than VM traffic's/,
    ],
  ];

  it.each(cases)(
    "with %s fails with the ConfigError message and registers no resource",
    async (_, config, message) => {
      const { run: bad, failure } = await failingPlan(config);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).toMatch(
        /^The stack configuration has \d+ problems?; nothing was registered:/,
      );
      expect((failure as Error).message).toMatch(message);
      // Only the root stack, which the engine registers before the program runs.
      expect(bad.document.deployment.resources.map((r) => r.type)).toEqual(["pulumi:pulumi:Stack"]);
    },
  );

  it("leaves a following run in the same process unaffected", async () => {
    const again = await plan(devConfig);
    expect(again.document.deployment.resources.map((r) => r.urn)).toEqual(resources.map((r) => r.urn));
    expect(again.outputs).toEqual(run.outputs);
  });
});
