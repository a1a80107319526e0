// The stand-in image on a real engine: built by scripts/build-standin-image.sh (or reused), and one
// container run with exactly the spec model/docker-spec.ts gives one VM of the dev stack. Runs
// wherever a Docker engine answers (DOCKER_HOST or the default socket); skipped, saying why, elsewhere.
import { execFileSync } from "child_process";
import * as path from "path";
import { LABEL } from "../../policies/contract";
import { loadDeployment } from "../../model/config";
import { dockerContainerSpec, dockerNetworkSpec, type DockerContainerSpec } from "../../model/docker-spec";
import { REPO_ROOT, stackConfig } from "./dev-config";
import {
  STANDIN_IMAGE,
  apiEndpoint,
  createLikeTheProvider,
  docker,
  engineUnavailable,
  inspect,
  tryDocker,
  waitFor,
} from "./engine";
import { describeUnless } from "../support/skip";

const unavailable =
  engineUnavailable() ??
  (apiEndpoint()
    ? undefined
    : `DOCKER_HOST=${process.env.DOCKER_HOST} is neither a unix socket nor plain tcp, which this test's API calls need`);

const model = loadDeployment({ config: stackConfig("dev"), project: "genesys-iac", stack: "dev" });
const site = model.sites[0];
const vm = site.vms.find((v) => v.name === "dev-sip-primary")!;
const host = site.hosts.find((h) => h.name === vm.intendedHost)!;
// Names of their own, so that this test never meets a deployed dev stack on the same engine.
const suffix = `imgtest-${process.pid}`;
const vmNet = { ...dockerNetworkSpec(site.name, host, site.networks.vmTraffic) };
const vmotionNet = { ...dockerNetworkSpec(site.name, host, site.networks.vmotion) };
vmNet.name = `${vmNet.name}-${suffix}`;
vmotionNet.name = `${vmotionNet.name}-${suffix}`;
// The plan's subnet moved to 10.199.x.x (same host part), so that a deployed dev stack on the same
// engine, which holds the plan's own subnet, does not clash with this test's network.
const moved = (ip: string) => ip.replace(/^\d+\.\d+\./, "10.199.");
vmNet.ipamConfigs = vmNet.ipamConfigs!.map((c) => ({ subnet: moved(c.subnet), gateway: moved(c.gateway) }));
const base = dockerContainerSpec(vm, site.networks.vmTraffic, model);
const spec: DockerContainerSpec = {
  ...base,
  name: `${base.name}-${suffix}`,
  networksAdvanced: [{ name: vmNet.name, ipv4Address: moved(base.networksAdvanced[0].ipv4Address) }],
};

function createNetwork(n: typeof vmNet): void {
  const args = ["network", "create", "--driver", n.driver];
  if (n.internal) args.push("--internal");
  for (const c of n.ipamConfigs ?? []) args.push("--subnet", c.subnet, "--gateway", c.gateway);
  for (const [k, v] of Object.entries(n.options)) args.push("--opt", `${k}=${v}`);
  for (const l of n.labels) args.push("--label", `${l.label}=${l.value}`);
  docker([...args, n.name]);
}

describeUnless(unavailable, "the stand-in image running one VM's container spec", () => {
  let id = "";
  const state = () => inspect(id).State;

  beforeAll(async () => {
    // Builds the image, or finds it up to date; may fetch busybox-static with apt the first time.
    const out = execFileSync(path.join(REPO_ROOT, "scripts", "build-standin-image.sh"), [STANDIN_IMAGE], {
      encoding: "utf8",
      timeout: 300_000,
    });
    process.stdout.write(out);
    for (const n of [vmNet, vmotionNet]) createNetwork(n);
    id = await createLikeTheProvider(spec, spec.name);
  }, 360_000);

  afterAll(() => {
    if (id) tryDocker(["rm", "-f", id]);
    for (const n of [vmNet, vmotionNet]) tryDocker(["network", "rm", n.name]);
  });

  it("runs and turns healthy (the heartbeat check)", async () => {
    const health = await waitFor(
      "healthy",
      () => (state().Health?.Status === "healthy" ? "healthy" : undefined),
      60_000,
    );
    expect(health).toBe("healthy");
    expect(state().Status).toBe("running");
  }, 70_000);

  it("has the VM's memory limit and CPU weight, and no hard CPU quota", () => {
    const hc = inspect(id).HostConfig;
    expect(hc.Memory).toBe(vm.sizing.memoryMb * 1024 * 1024);
    expect(hc.CpuShares).toBe(1024 * vm.sizing.cpus);
    expect(hc.NanoCpus).toBe(0);
    expect(hc.CpuQuota).toBe(0);
  });

  it("is hardened: read-only root, tmpfs /tmp, no privileges or capabilities, non-root, no ports", () => {
    const c = inspect(id);
    expect(c.HostConfig).toMatchObject({
      ReadonlyRootfs: true,
      Privileged: false,
      CapDrop: ["ALL"],
      Tmpfs: spec.tmpfs,
    });
    expect(c.HostConfig.SecurityOpt).toEqual(spec.securityOpts);
    expect(c.HostConfig.PortBindings ?? {}).toEqual({});
    expect(c.Config.User).toBe("10001:10001");
    expect(docker(["exec", id, "id", "-u"])).toBe("10001");
    const write = tryDocker(["exec", id, "touch", "/probe"]);
    expect(write.status).not.toBe(0);
    expect(write.stderr).toMatch(/Read-only file system/);
    expect(tryDocker(["exec", id, "touch", "/tmp/probe"]).status).toBe(0);
    expect(docker(["exec", id, "grep", "CapEff", "/proc/1/status"])).toMatch(/CapEff:\s+0+$/);
  });

  it("carries the spec's labels, environment and healthcheck, and joins only the VM-traffic network", () => {
    const c = inspect(id);
    expect(c.Config.Labels).toMatchObject(Object.fromEntries(spec.labels.map((l) => [l.label, l.value])));
    expect(c.Config.Labels[LABEL.vm]).toBe("dev-sip-primary");
    expect(c.Config.Env).toEqual(expect.arrayContaining(spec.envs));
    expect(c.Config.Healthcheck.Test).toEqual(spec.healthcheck.tests);
    expect(c.HostConfig.RestartPolicy.Name).toBe("unless-stopped");
    expect(Object.keys(c.NetworkSettings.Networks)).toEqual([vmNet.name]);
    // The guest identity: the VM's computer name, its planned address (host part) on the VM network.
    expect(c.Config.Hostname).toBe("DEV-SIP-P");
    expect(c.NetworkSettings.Networks[vmNet.name].IPAddress).toBe(spec.networksAdvanced[0].ipv4Address);
    expect(inspect(vmotionNet.name).Internal).toBe(true);
    expect(inspect(vmNet.name).Internal).toBe(false);
  });

  it("logs its role and ADDP settings from the environment", () => {
    const logs = docker(["logs", id]);
    expect(logs).toMatch(/vm=dev-sip-primary role=sipServer tier=primary pair=dev-sip site=dev/);
    expect(logs).toMatch(/ADDP timeout=4s remote-timeout=4s trace=full/);
  });

  it("is restarted by the engine when its main process dies (HA restart)", async () => {
    const before = inspect(id).RestartCount as number;
    // SIGTERM to PID 1 from inside, as a crashing guest: the engine did not stop it, so it restarts.
    // (SIGKILL from inside the container is ignored by PID 1 of a PID namespace.)
    docker(["exec", id, "kill", "1"]);
    const count = await waitFor(
      "a restart",
      () => {
        const c = inspect(id);
        return c.RestartCount > before && c.State.Running ? (c.RestartCount as number) : undefined;
      },
      30_000,
    );
    expect(count).toBe(before + 1);
    await waitFor("healthy again", () => (state().Health?.Status === "healthy" ? true : undefined), 60_000);
  }, 100_000);

  it("is not restarted after `docker kill`: the engine counts that as a user stop", async () => {
    const before = inspect(id).RestartCount as number;
    docker(["kill", id]);
    await waitFor("exited", () => (state().Status === "exited" ? true : undefined), 15_000);
    await new Promise((r) => setTimeout(r, 5_000));
    expect(state().Status).toBe("exited");
    expect(inspect(id).RestartCount).toBe(before);
  }, 30_000);

  it("refuses a hard CPU quota above the engine's cores, which is why vCPUs map to cpuShares", () => {
    const cores = Number(docker(["info", "--format", "{{.NCPU}}"]));
    const r = tryDocker(["create", "--name", `cpus-${suffix}`, "--cpus", String(cores + 1), STANDIN_IMAGE]);
    tryDocker(["rm", "-f", `cpus-${suffix}`]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Range of CPUs is from/);
  });
});
