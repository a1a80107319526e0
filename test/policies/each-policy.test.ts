// Every policy of the pack, in process, on the repository's real plans: lab (vSphere) and dev (the
// Docker stand-in) pass each one, and one broken practice per policy not covered elsewhere gives
// exactly its finding.
import { clusterDrs, failoverCapacity } from "../../policies/cluster";
import { COMPONENT, TYPE } from "../../policies/contract";
import { hostBios } from "../../policies/genesys";
import { dependentVmsTogether } from "../../policies/placement";
import { allPolicies } from "../../policies/policies";
import { declare, named, ofType } from "../support/export-shapes";
import { labPlan, runPolicies, runPolicy, stackPlan } from "../support/policy-harness";
import type { PlanDocument } from "../../analyzer/plan-document";

const ALL = allPolicies;

const messages = async (...args: Parameters<typeof runPolicy>) =>
  (await runPolicy(...args)).map((f) => f.message);

test("21 policies, each named once", () => {
  expect(new Set(ALL.map((p) => p.name)).size).toBe(21);
});

test.each(["lab", "dev"] as const)(
  "the %s stack's real plan passes every policy (protection aside on dev)",
  async (stack) => {
    const found = await runPolicies(ALL, await stackPlan(stack));
    // The dev stack turns protection off so that `pulumi destroy -s dev` works.
    expect(found.filter((f) => !(stack === "dev" && f.policy === "voice-vms-protected"))).toEqual([]);
  },
);

test("cluster-drs-automated: partially automated fails, unless the site allows it", async () => {
  const plan = await labPlan();
  const doc = declare(
    plan,
    named(plan, TYPE.cluster, "::lab-cluster"),
    "drsAutomationLevel",
    "partiallyAutomated",
  );
  expect(await messages(clusterDrs, doc)).toEqual([
    "Cluster genesys-ha: DRS automation level is partiallyAutomated (expected fullyAutomated).",
  ]);
  expect(await messages(clusterDrs, doc, { allowPartiallyAutomated: true })).toEqual([]);
});

test("host-bios-virtualization: a host declared without EPT", async () => {
  const plan = await labPlan();
  const [host] = ofType(plan, COMPONENT.vsphereHost);
  const facts = {
    ...(host.inputs.host as Record<string, unknown>),
    bios: { vt: true, ept: false, hyperThreading: true },
  };
  expect(await messages(hostBios, declare(plan, host, "host", facts))).toEqual([
    "Host esx01.genesys-lab.local is not declared with EPT enabled.",
  ]);
});

test("failover-capacity-single-host-loss: 16 GB hosts cannot take a lost host's VMs", async () => {
  let doc: PlanDocument = await labPlan();
  for (const host of ofType(doc, COMPONENT.vsphereHost))
    doc = declare(doc, host, "host", { ...(host.inputs.host as Record<string, unknown>), memoryGb: 16 });
  const found = await messages(failoverCapacity, doc);
  expect(found.length).toBeGreaterThan(0);
  expect(found[0]).toMatch(/^Site lab: if host esx0\d\.genesys-lab\.local fails, .* cannot be restarted/);
  // A site that allows memory overcommit (3x) absorbs it.
  expect(await messages(failoverCapacity, doc, { memoryOvercommit: 3 })).toEqual([]);
});

test("dependent-vms-together: backups neither in an affinity rule nor bound to a host group", async () => {
  const plan = await labPlan();
  const drop = [
    named(plan, TYPE.affinityRule, "-lab-backups-together").urn,
    named(plan, TYPE.vmHostRule, "-lab-backups-should-run").urn,
  ];
  const doc = {
    ...plan,
    deployment: {
      ...plan.deployment,
      resources: plan.deployment.resources.filter((r) => !drop.includes(r.urn)),
    },
  };
  expect(await messages(dependentVmsTogether, doc)).toEqual([
    expect.stringMatching(/^Site lab: the backup VMs \(.*\) are not kept on one host/),
  ]);
});
