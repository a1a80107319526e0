// End to end: `pulumi up` of the dev stack through the Automation API against a real Docker engine,
// checks through the engine, a failure and its restart, then `pulumi destroy`.
//
// Runs where the pulumi CLI is on PATH, a Docker engine answers (DOCKER_HOST or the default socket)
// and the stand-in image exists (scripts/build-standin-image.sh); otherwise it is skipped and says
// why. State goes to a local file backend in a temporary folder, secrets use a passphrase; the
// project is the repository itself. Initialising the stack writes an `encryptionsalt` into
// Pulumi.dev.yaml, so that file is restored afterwards.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LocalWorkspace, type Stack } from "@pulumi/pulumi/automation";
import { LABEL } from "../../policies/contract";
import { loadDeployment } from "../../model/config";
import { REPO_ROOT, stackConfig } from "./dev-config";
import { STANDIN_IMAGE, docker, engineUnavailable, imageExists, inspect, tryDocker, waitFor } from "./engine";
import { describeUnless } from "../support/skip";

const model = loadDeployment({ config: stackConfig("dev"), project: "genesys-iac", stack: "dev" });
const site = model.sites[0];

function preconditions(): string[] {
  const missing: string[] = [];
  const cli = spawnSync("pulumi", ["version"], { encoding: "utf8", timeout: 30_000 });
  if (cli.error || cli.status !== 0) missing.push("the pulumi CLI is not on PATH");
  const engine = engineUnavailable();
  if (engine) {
    missing.push(engine);
    return missing;
  }
  if (!imageExists())
    missing.push(`the image ${STANDIN_IMAGE} is missing (run scripts/build-standin-image.sh)`);
  const taken = site.vms
    .map((v) => v.name)
    .filter((n) => tryDocker(["container", "inspect", n], 15_000).status === 0);
  if (taken.length > 0)
    missing.push(`containers named ${taken.join(", ")} already exist on the engine (a dev stack is up?)`);
  return missing;
}

const missing = preconditions();

const MINUTES = 60_000;
const stackFile = path.join(REPO_ROOT, "Pulumi.dev.yaml");

describeUnless(
  missing.length > 0 ? missing.join("; ") : undefined,
  "dev stack up and down on a real engine",
  () => {
    let backend = "";
    let stackFileText = "";
    let stack: Stack | undefined;
    let destroyed = false;
    let vmIds: Record<string, string> = {};
    const log = (out: string) => process.stdout.write(out);

    beforeAll(async () => {
      stackFileText = fs.readFileSync(stackFile, "utf8");
      backend = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-e2e-"));
      stack = await LocalWorkspace.createOrSelectStack(
        { stackName: "dev", workDir: REPO_ROOT },
        {
          envVars: {
            PULUMI_BACKEND_URL: `file://${backend}`,
            // Protects only this throw-away stack's (absent) secrets.
            PULUMI_CONFIG_PASSPHRASE: "genesys-e2e",
            PULUMI_SKIP_UPDATE_CHECK: "true",
          },
        },
      );
    }, 5 * MINUTES);

    afterAll(async () => {
      try {
        if (stack && !destroyed) await stack.destroy({ onOutput: log });
        if (stack) await stack.workspace.removeStack("dev");
      } finally {
        fs.writeFileSync(stackFile, stackFileText);
        if (backend) fs.rmSync(backend, { recursive: true, force: true });
      }
    }, 10 * MINUTES);

    it(
      "up creates one running, healthy container per VM with its limits, labels and network",
      async () => {
        const result = await stack!.up({ onOutput: log });
        expect(result.summary.result).toBe("succeeded");
        vmIds = (result.outputs.vmIds.value as Record<string, Record<string, string>>).dev;
        expect(Object.keys(vmIds).sort()).toEqual(site.vms.map((v) => v.name).sort());
        for (const vm of site.vms) {
          const c = inspect(vmIds[vm.name]);
          expect(c.Name).toBe(`/${vm.name}`);
          expect(c.State.Running).toBe(true);
          expect(c.State.Health.Status).toBe("healthy");
          expect(c.HostConfig).toMatchObject({
            Memory: vm.sizing.memoryMb * 1024 * 1024,
            CpuShares: 1024 * vm.sizing.cpus,
            ReadonlyRootfs: true,
            Privileged: false,
            CapDrop: ["ALL"],
            RestartPolicy: { Name: "unless-stopped" },
          });
          expect(c.Config.Labels).toMatchObject({
            [LABEL.vm]: vm.name,
            [LABEL.host]: vm.intendedHost,
            [LABEL.vcpus]: String(vm.sizing.cpus),
            [LABEL.restartPriority]: vm.restartPriority,
          });
          expect(Object.keys(c.NetworkSettings.Networks)).toEqual([`dev-${vm.intendedHost}-genesys-vm`]);
        }
      },
      15 * MINUTES,
    );

    it("gives each host a VM-traffic network and an internal vMotion network", () => {
      for (const h of site.hosts) {
        expect(inspect(`dev-${h.name}-genesys-vm`).Internal).toBe(false);
        const vmotion = inspect(`dev-${h.name}-vmotion`);
        expect(vmotion.Internal).toBe(true);
        expect(vmotion.Labels[LABEL.network]).toBe("vmotion");
        expect(Object.keys(vmotion.Containers ?? {})).toEqual([]);
      }
    });

    it(
      "restarts a container whose main process dies",
      async () => {
        const id = vmIds["dev-mcp-1"];
        const before = inspect(id).RestartCount as number;
        docker(["exec", id, "kill", "1"]);
        await waitFor(
          "dev-mcp-1 restarted",
          () => (inspect(id).RestartCount > before && inspect(id).State.Running ? true : undefined),
          30_000,
        );
      },
      MINUTES,
    );

    it(
      "brings back, on the next up, a container stopped with `docker kill` (mustRun)",
      async () => {
        const id = vmIds["dev-sim-1"];
        docker(["kill", id]);
        await waitFor(
          "dev-sim-1 exited",
          () => (inspect(id).State.Status === "exited" ? true : undefined),
          15_000,
        );
        // The engine treats `docker kill` as a user stop and does not restart it; the program does.
        const result = await stack!.up({ onOutput: log });
        expect(result.summary.result).toBe("succeeded");
        const now = (result.outputs.vmIds.value as Record<string, Record<string, string>>).dev["dev-sim-1"];
        expect(inspect(now).State.Running).toBe(true);
      },
      10 * MINUTES,
    );

    it(
      "destroy leaves no container and no network behind",
      async () => {
        const result = await stack!.destroy({ onOutput: log });
        destroyed = true;
        expect(result.summary.result).toBe("succeeded");
        for (const vm of site.vms) expect(tryDocker(["container", "inspect", vm.name]).status).not.toBe(0);
        for (const h of site.hosts) {
          for (const n of [`dev-${h.name}-genesys-vm`, `dev-${h.name}-vmotion`]) {
            expect(tryDocker(["network", "inspect", n]).status).not.toBe(0);
          }
        }
      },
      10 * MINUTES,
    );
  },
);
