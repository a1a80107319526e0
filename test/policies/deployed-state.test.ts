// Deployed state read exactly, in process, on exports made from the lab's real plan: rule members
// as vCenter holds them, per-VM DRS overrides, the HA option in any case, ADDP off.
import { TYPE } from "../../policies/contract";
import { clusterHaRespectsAntiAffinity } from "../../policies/cluster";
import { addpTimeout } from "../../policies/genesys";
import { pairAntiAffinity, mcpSpread } from "../../policies/placement";
import { copy, declare, drift, membersFromOneApply, named, ofType, topLevel } from "../support/export-shapes";
import { deployedState, labPlan, runPolicy } from "../support/policy-harness";
import { UNKNOWN } from "../support/analyzer-plan-builder";
import type { PlanDocument, PlanResource } from "../../analyzer/plan-document";

const rule = (doc: PlanDocument, pair: string) => named(doc, TYPE.antiAffinityRule, `-${pair}-pair-apart`);
const vm = (doc: PlanDocument, name: string) => named(doc, TYPE.vm, `::${name}`);
const uuid = (r: PlanResource) => r.outputs.uuid as string;
const messages = async (...args: Parameters<typeof runPolicy>) =>
  (await runPolicy(...args)).map((f) => f.message);

describe("pair rules: members as deployed", () => {
  test("the lab's real plan, as an export, passes", async () => {
    expect(await messages(pairAntiAffinity, deployedState(await labPlan()))).toEqual([]);
  });

  test("a deployed rule that holds only the primary fails (its dependencies still name both)", async () => {
    const plan = await labPlan();
    const doc = drift(plan, rule(plan, "sip"), "virtualMachineIds", [uuid(vm(plan, "lab-sip-primary"))]);
    expect(await messages(pairAntiAffinity, deployedState(doc))).toEqual([
      "Pair lab-sip: lab-sip-primary and lab-sip-backup may share a host: rule lab-sip-pair-apart holds lab-sip-primary, not both.",
    ]);
  });

  test("rules whose ids come from one apply over every VM are judged once each, by their ids", async () => {
    const doc = deployedState(membersFromOneApply(await labPlan()));
    expect(await messages(pairAntiAffinity, doc)).toEqual([]);
    expect(await messages(mcpSpread, doc)).toEqual([]);
  });

  test("...and at the top level, with no components", async () => {
    expect(
      await messages(pairAntiAffinity, deployedState(topLevel(membersFromOneApply(await labPlan())))),
    ).toEqual([]);
  });

  test("one unresolvable rule leaves the other pairs judged", async () => {
    let doc = await labPlan();
    const sip = rule(doc, "sip");
    doc = declare(doc, sip, "virtualMachineIds", UNKNOWN);
    const r = doc.deployment.resources.find((x) => x.urn === sip.urn)!;
    r.propertyDependencies = {};
    r.dependencies = [];
    doc = declare(doc, rule(doc, "urs"), "mandatory", false);
    expect(await messages(pairAntiAffinity, deployedState(doc))).toEqual([
      "Pair lab-urs: lab-urs-primary and lab-urs-backup may share a host: rule lab-urs-pair-apart is not mandatory.",
    ]);
  });

  test("a preview (ids unknown) falls back on the dependencies and still finds a disabled rule", async () => {
    let doc = await labPlan();
    for (const r of ofType(doc, TYPE.antiAffinityRule)) doc = declare(doc, r, "virtualMachineIds", UNKNOWN);
    expect(await messages(pairAntiAffinity, doc)).toEqual([]);
    doc = declare(doc, rule(doc, "rm"), "enabled", false);
    expect(await messages(pairAntiAffinity, doc)).toEqual([
      "Pair lab-rm: lab-rm-primary and lab-rm-backup may share a host: rule lab-rm-pair-apart is disabled.",
    ]);
  });
});

describe("per-VM DRS overrides on a pair member", () => {
  function withOverride(doc: PlanDocument, member: string, inputs: Record<string, unknown>): PlanDocument {
    const out = copy(doc);
    const target = vm(out, member);
    const [stack] = out.deployment.resources;
    const base = stack.urn.slice(0, stack.urn.lastIndexOf("pulumi:pulumi:Stack"));
    const all = { computeClusterId: "domain-c-74629", virtualMachineId: uuid(target), ...inputs };
    out.deployment.resources.push({
      urn: `${base}${TYPE.drsVmOverride}::${member}-drs`,
      type: TYPE.drsVmOverride,
      custom: true,
      id: `domain-c-74629:${uuid(target)}`,
      parent: stack.urn,
      inputs: all,
      outputs: all,
      dependencies: [target.urn],
      propertyDependencies: { virtualMachineId: [target.urn] },
    });
    return out;
  }

  test.each([
    [{}, "DRS override lab-stat-backup-drs disables DRS for lab-stat-backup"],
    [
      { drsEnabled: true, drsAutomationLevel: "manual" },
      "DRS override lab-stat-backup-drs sets lab-stat-backup to manual",
    ],
  ])("%j is a finding", async (inputs, why) => {
    const doc = withOverride(await labPlan(), "lab-stat-backup", inputs);
    const found = await runPolicy(pairAntiAffinity, deployedState(doc));
    expect(found.map((f) => f.message)).toEqual([
      `Pair lab-stat: ${why}, so DRS does not keep the pair apart.`,
    ]);
    expect(found[0].urn).toBe(vm(doc, "lab-stat-backup").urn);
  });

  test("fully automated, or on a VM outside the pairs, is fine", async () => {
    let doc = withOverride(await labPlan(), "lab-stat-backup", {
      drsEnabled: true,
      drsAutomationLevel: "fullyAutomated",
    });
    doc = withOverride(doc, "lab-sim-1", {});
    expect(await messages(pairAntiAffinity, deployedState(doc))).toEqual([]);
  });
});

describe("cluster HA option and ADDP", () => {
  test("das.respectVmVmAntiAffinityRules in any case", async () => {
    const plan = await labPlan();
    const cluster = named(plan, TYPE.cluster, "::lab-cluster");
    const lower = declare(plan, cluster, "haAdvancedOptions", { "das.respectvmvmantiaffinityrules": "TRUE" });
    expect(await messages(clusterHaRespectsAntiAffinity, deployedState(lower))).toEqual([]);
    const off = drift(plan, cluster, "haAdvancedOptions", { "DAS.RespectVmVmAntiAffinityRules": "false" });
    expect(await messages(clusterHaRespectsAntiAffinity, deployedState(off))).toHaveLength(1);
  });

  test("ADDP of 0 (off), as deployed, fails", async () => {
    const plan = await labPlan();
    const target = vm(plan, "lab-sip-primary");
    const extra = {
      ...(target.outputs.extraConfig as Record<string, string>),
      "guestinfo.genesys.addp.timeout": "0",
    };
    const doc = drift(plan, target, "extraConfig", extra);
    expect(await messages(addpTimeout, deployedState(doc))).toEqual([
      "VM lab-sip-primary: ADDP timeout is 0 (ADDP off; at most 4 s, above 0).",
    ]);
  });
});
