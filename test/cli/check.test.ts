// `genesys-iac check`: the pack's verdict on a plan or a saved stack export, as exit codes and reports.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SECRET_SIG_KEY, SECRET_SIG_VALUE, type PlanDocument } from "../../analyzer/plan-document";
import type { PolicyRunner } from "../../analyzer/policy-runner";
import { validatePolicyConfig } from "../../cli/policy-config";
import { PR_MARKER } from "../../cli/markdown";
import { TYPE } from "../../policies/contract";
import { startPack } from "../support/analyzer-pack";
import { repoStack, runCli, scratchProject } from "../support/project";
import { REPO } from "../support/stacks";

const FIXTURE = path.join(REPO, "test", "fixtures", "lab-stack-export.json");

function tmpFile(name: string, content: string): string {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "genesys-check-")), name);
  fs.writeFileSync(f, content);
  return f;
}

/** The lab stack with DRS set to manual: `cluster-drs-automated` (mandatory) fails. */
function manualDrsProject(): string {
  const lab = repoStack("lab");
  lab.config["genesys-iac:sites"][0].cluster.drsAutomationLevel = "manual";
  return scratchProject({ lab });
}

let runner: PolicyRunner;
beforeAll(async () => {
  runner = await startPack(); // builds the pack when its sources are newer
});
afterAll(async () => runner?.close());

describe("check on the repository's stacks", () => {
  it.each(["lab", "dev"])("passes %s: exit 0, no mandatory violation", async (stack) => {
    const r = await runCli(["check", "--stack", stack]);
    // The dev stack's program logs an info diagnostic (shared Docker engine): never an error.
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Policy check of stack ${stack}`);
    expect(r.stdout).toMatch(/Summary: 0 mandatory, \d+ advisory violations? in \d+ resources: PASSED/);
  });
});

describe("check on a stack that breaks a mandatory policy", () => {
  const dir = manualDrsProject();

  it("exits 1 and names the policy and the resource, mandatory first", async () => {
    const r = await runCli(["check", "--stack", "lab", "--dir", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("❌ genesys-vmware@v");
    expect(r.stdout).toContain(
      "- [mandatory]  cluster-drs-automated  (vsphere:index/computeCluster:ComputeCluster: lab-cluster)",
    );
    expect(r.stdout).toContain("DRS automation level is manual");
    expect(r.stdout).toMatch(/Summary: 1 mandatory, 0 advisory violations? in 82 resources: FAILED/);
  });

  it("--policy-config that disables the policy turns the verdict: exit 0", async () => {
    const cfg = tmpFile(
      "policy.json",
      JSON.stringify({ "cluster-drs-automated": { enforcementLevel: "disabled" } }),
    );
    const r = await runCli(["check", "--stack", "lab", "--dir", dir, "--policy-config", cfg]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("- [mandatory]  cluster-drs-automated");
    expect(r.stdout).toContain("1 policy disabled by the policy config, not checked: cluster-drs-automated.");
  });

  it("--policy-config that makes an advisory mandatory fails a stack that passed", async () => {
    const cfg = tmpFile("policy.json", JSON.stringify({ "voice-vms-protected": "mandatory" }));
    const r = await runCli(["check", "--stack", "dev", "--policy-config", cfg]);
    expect(r.code).toBe(1);
    // The ten unprotected containers under one heading (cli/report-text.ts groups a policy's findings).
    expect(r.stdout).toContain("- [mandatory]  voice-vms-protected  (10 resources)");
    expect(r.stdout).toMatch(
      /where \{name\} is each docker:index\/container:Container of:\n.*\bdev-sip-primary\b/,
    );
  });

  it("accepts the example config shipped with the pack", async () => {
    const r = await runCli(["check", "--stack", "lab", "--policy-config", "policies/policy-config.json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("writes JSON and Markdown", async () => {
    const json = await runCli(["check", "--stack", "lab", "--dir", dir, "--format", "json"]);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc).toMatchObject({ stack: "lab", verdict: "failed", blocked: true, counts: { mandatory: 1 } });
    expect(doc.violations[0]).toMatchObject({
      policyName: "cluster-drs-automated",
      enforcementLevel: "mandatory",
    });
    const md = await runCli(["check", "--stack", "lab", "--dir", dir, "--format", "markdown"]);
    expect(md.stdout.split("\n")[0]).toBe(PR_MARKER);
    expect(md.stdout).toContain("❌ Policy check of stack `lab`: failed");
    expect(md.stdout).toMatch(
      /\| \*\*mandatory\*\* \| `cluster-drs-automated` \| vsphere:index\/computeCluster:ComputeCluster: lab-cluster \| Cluster genesys-ha: DRS/,
    );
    expect(md.stdout).toContain("```mermaid\nflowchart TB");
  });
});

describe("--policy-config is checked against the pack's schemas first", () => {
  const bad = async (config: unknown) => {
    const r = await runCli([
      "check",
      "--stack",
      "lab",
      "--policy-config",
      tmpFile("p.json", JSON.stringify(config)),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return r.stderr;
  };

  // Each case is a whole `check` (a plan and the pack): a few per test, so one test stays short on a busy machine.
  it("names the policy and the key of an unknown key", async () => {
    expect(await bad({ "vm-sizing-per-genesys-guide": { minVcpu: 4 } })).toContain(
      'policy "vm-sizing-per-genesys-guide", key "minVcpu": unknown key (its keys: genesysVmNamePattern, maxDisks, minDiskGb, minMemoryMb, minVcpus, and enforcementLevel)',
    );
  });

  it("names a wrong type and a value out of range", async () => {
    expect(await bad({ "cluster-ha-enabled": { minHostFailuresTolerated: "two" } })).toContain(
      'policy "cluster-ha-enabled", key "minHostFailuresTolerated": "two" is not a number',
    );
    expect(await bad({ "cluster-ha-enabled": { minHostFailuresTolerated: 0 } })).toContain(
      "is below the minimum 1",
    );
  });

  it("names a bad level, an unknown policy, and a file that is not an object of policies", async () => {
    expect(await bad({ "addp-timeout-max": { enforcementLevel: "strict" } })).toContain(
      'policy "addp-timeout-max", key "enforcementLevel": "strict" is not an enforcement level',
    );
    expect(await bad({ "no-such-policy": "advisory" })).toContain(
      'policy "no-such-policy": no such policy in genesys-vmware',
    );
    expect(await bad(["advisory"])).toContain("expected an object of policy names");
  });

  it("reports a file that is not JSON or does not exist", async () => {
    const r = await runCli(["check", "--stack", "lab", "--policy-config", tmpFile("p.json", "{ nope")]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(/--policy-config .*p\.json is not JSON/);
    expect((await runCli(["check", "--stack", "lab", "--policy-config", "missing.json"])).stderr).toContain(
      "--policy-config missing.json cannot be read: it does not exist",
    );
  });

  it("validates against GetAnalyzerInfo of the running pack", async () => {
    const info = await runner.getAnalyzerInfo();
    expect(info.policies).toHaveLength(21);
    const example = JSON.parse(fs.readFileSync(path.join(REPO, "policies", "policy-config.json"), "utf8"));
    expect(validatePolicyConfig(example, info, "example")).toEqual(example);
    expect(() =>
      validatePolicyConfig({ "failover-capacity-single-host-loss": { vcpuPerThread: true } }, info, "x"),
    ).toThrow('policy "failover-capacity-single-host-loss", key "vcpuPerThread": true is not a number');
  });
});

describe("check --input: a saved `pulumi stack export`", () => {
  const doc = JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as PlanDocument & {
    deployment: Record<string, any>;
  };
  const res = doc.deployment.resources;

  it("is a realistic export: manifest, passphrase provider, encrypted password, vCenter ids, timestamps", () => {
    expect(doc.version).toBe(3);
    expect(doc.deployment.manifest).toEqual({
      time: expect.any(String),
      magic: expect.stringMatching(/^[0-9a-f]{64}$/),
      version: expect.stringMatching(/^v3\./),
    });
    expect(doc.deployment.secrets_providers).toEqual({
      type: "passphrase",
      state: { salt: expect.stringMatching(/^v1:/) },
    });
    expect(res[0]).toMatchObject({ type: "pulumi:pulumi:Stack", outputs: { placement: expect.any(Object) } });
    const provider = res.find((r) => r.type === TYPE.vsphereProvider)!;
    expect(provider.inputs.password).toEqual({
      [SECRET_SIG_KEY]: SECRET_SIG_VALUE,
      ciphertext: expect.stringMatching(/^v1:[^:]+:[^:]+$/),
    });
    const vm = res.find((r) => r.type === TYPE.vm)!;
    expect(vm.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(vm.outputs).toMatchObject({
      moid: expect.stringMatching(/^vm-\d+$/),
      powerState: "on",
      eptRviMode: "automatic",
      vmwareToolsStatus: "guestToolsRunning",
    });
    expect(vm.outputs.guestIpAddresses).toEqual(expect.arrayContaining([expect.stringMatching(/^10\./)]));
    expect(res.find((r) => r.type === TYPE.cluster)!.id).toMatch(/^domain-c\d+$/);
    for (const r of res)
      expect(r).toMatchObject({ created: expect.any(String), modified: expect.any(String) });
  });

  it("judges what is deployed: the drift a refresh brought in fails the check", async () => {
    const r = await runCli(["check", "--input", FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Policy check of stack lab (");
    expect(r.stdout).toContain(
      "- [mandatory]  cluster-drs-automated  (vsphere:index/computeCluster:ComputeCluster: lab-cluster)",
    );
    expect(r.stdout).toContain("DRS automation level is manual");
    expect(r.stdout).toContain(
      "- [advisory]  vm-tools-upgrade-and-time-sync  (vsphere:index/virtualMachine:VirtualMachine: lab-sim-1)",
    );
    // Only that drift: the export is of the lab as the program deploys it now (guests customized).
    expect(r.stdout).toContain("Summary: 1 mandatory, 1 advisory violations in 82 resources: FAILED");
    expect(r.stdout).not.toContain("vm-guest-identity");
    expect(r.stdout).not.toContain("ciphertext");
  });

  it("judges a saved plan like the stack itself", async () => {
    const plan = await runCli(["plan", "--stack", "lab", "--format", "json"]);
    const r = await runCli(["check", "--input", tmpFile("plan.json", plan.stdout), "--stack", "lab"]);
    expect(r.code).toBe(0);
    expect(
      (await runCli(["check", "--input", tmpFile("plan.json", plan.stdout), "--stack", "dev"])).stderr,
    ).toContain("is of stack lab, not dev");
  });

  it("refuses what is not a stack export: exit 2, a plain message", async () => {
    const foreign = await runCli([
      "check",
      "--input",
      tmpFile("package.json", JSON.stringify({ name: "x", version: "1.0.0" })),
    ]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(
      /^error: --input .*package\.json is not a plan or a `pulumi stack export` document/,
    );
    const text = await runCli(["check", "--input", tmpFile("x.json", "not json")]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("is not JSON");
    const missing = await runCli(["check", "--input", "nope.json"]);
    expect(missing.stderr).toBe("error: --input nope.json cannot be read: it does not exist\n");
  });
});

describe("usage errors", () => {
  it("exit 2 for a missing stack file, no --stack or --input, a bad format", async () => {
    const r = await runCli(["check", "--stack", "prod"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No stack file .*Pulumi\.prod\.yaml/);
    expect((await runCli(["check"])).stderr).toContain("--stack NAME or --input FILE is required");
    expect((await runCli(["check", "--stack", "lab", "--format", "table"])).code).toBe(2);
  });
});
