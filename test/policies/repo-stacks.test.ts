// The policy pack on the real plans of the repository's stacks: what `pulumi preview --policy-pack`
// would say of lab and dev, through the pack's gRPC interface.
import { PolicyRunner } from "../../analyzer/policy-runner";
import { planConfig } from "../../cli/plan";
import { planStack } from "../../cli/plan-stack";
import { readStackConfig } from "../../cli/stack-files";
import { REPO } from "../support/stacks";
import { startPack } from "../support/analyzer-pack";

let runner: PolicyRunner;
beforeAll(async () => {
  runner = await startPack();
});
afterAll(async () => runner?.close());

describe.each(["lab", "dev"])("the %s stack", (stack) => {
  it("gives no mandatory violation, and every advisory is one the stack file chose", async () => {
    const plan = await planStack(REPO, stack);
    await runner.configureStack({ stack, project: "genesys-iac", dryRun: true });
    const report = await runner.run(plan.document);
    expect(report.violations.filter((v) => v.enforcementLevel === "mandatory")).toEqual([]);
    expect(report.blocked).toBe(false);
    const advisories = report.violations.map((v) => v.policyName);
    // The dev stack turns protection off so that `pulumi destroy -s dev` works; nothing else.
    expect([...new Set(advisories)]).toEqual(stack === "dev" ? ["voice-vms-protected"] : []);
  });

  it("is blocked once a pair's anti-affinity is broken in the plan", async () => {
    const plan = await planStack(REPO, stack);
    const resources = plan.document.deployment.resources;
    if (stack === "lab") {
      const rule = resources.find(
        (r) => r.type.endsWith("ComputeClusterVmAntiAffinityRule") && r.inputs.name === "lab-sip-pair-apart",
      )!;
      // A changed plan changes a resource's inputs and its outputs (what stack policies read).
      rule.inputs.mandatory = false;
      rule.outputs.mandatory = false;
    } else {
      // Move the SIP backup onto the primary's host (provider).
      const containers = resources.filter((r) => r.type === "docker:index/container:Container");
      const primary = containers.find((c) => String(c.inputs.name).includes("sip-primary"))!;
      const backup = containers.find((c) => String(c.inputs.name).includes("sip-backup"))!;
      backup.provider = primary.provider;
    }
    const report = await runner.run(plan.document);
    expect(report.blocked).toBe(true);
    expect(
      report.violations.filter((v) => v.enforcementLevel === "mandatory").map((v) => v.policyName),
    ).toEqual(["ha-pair-anti-affinity"]);
  });
});

describe.each(["lab", "dev"])("failover capacity on the %s stack's real plan", (stack) => {
  it("names the host whose loss cannot be absorbed when the hosts are too small", async () => {
    // 16 GB hosts: the four primaries (4 x 4 GB) cannot restart next to what already runs elsewhere.
    const cfg = readStackConfig(REPO, stack);
    const sites = JSON.parse(cfg.config["genesys-iac:sites"]);
    sites[0].hostDefaults.memoryGb = 16;
    cfg.config["genesys-iac:sites"] = JSON.stringify(sites);
    const plan = await planConfig(cfg);
    await runner.configureStack({ stack, project: "genesys-iac", dryRun: true });
    const report = await runner.run(plan.document);
    const failover = report.violations.filter((v) => v.policyName === "failover-capacity-single-host-loss");
    expect(failover.length).toBeGreaterThan(0);
    expect(failover[0].enforcementLevel).toBe("mandatory");
    expect(failover.map((v) => v.message).join("\n")).toMatch(/esx01/);
  });
});
