// `check` analyzes a stack one site at a time (AnalyzeStack per site) with the pack started by
// bin/policy-pack-host.js; a preview sends one AnalyzeStack over the whole stack to a pack started by
// run-policy-pack. Both must give the same verdict: shown on three-site stacks with a different
// fault planted in each site's plan.
import type { PlanDocument, PlanResource } from "../../analyzer/plan-document";
import { PolicyRunner } from "../../analyzer/policy-runner";
import { SiteAnalysis } from "../../analyzer/site-analysis";
import { planSites } from "../../cli/plan";
import { mergeDocuments } from "../../cli/plan-merge";
import { TYPE } from "../../policies/contract";
import { PACK_DIR, startPack } from "../support/analyzer-pack";
import { summary } from "../support/analyzer-expect";
import { clone } from "../support/analyzer-mutators";
import { threeSites } from "../support/stacks";

let preview: PolicyRunner;
let compiled: PolicyRunner;
beforeAll(async () => {
  preview = await startPack(); // run-policy-pack, as the Pulumi CLI starts a pack
  compiled = await PolicyRunner.start({ packDir: PACK_DIR, host: "compiled" });
  await compiled.configureStack({ stack: "lab", project: "genesys-iac", dryRun: true });
});
afterAll(async () => {
  await preview?.close();
  await compiled?.close();
});

async function sitePlans(stack: "lab" | "dev"): Promise<PlanDocument[]> {
  const docs: PlanDocument[] = [];
  for await (const run of planSites(threeSites(stack)).runs) docs.push(run.document);
  return docs;
}

/** The one resource of a type whose URN ends with `suffix`. */
function resource(doc: PlanDocument, type: string, suffix: string) {
  const r = doc.deployment.resources.find((x) => x.type === type && x.urn.endsWith(suffix));
  if (!r) throw new Error(`no ${type} ending ${suffix}`);
  return r;
}

/** A property as declared (inputs, for Analyze) and as planned (outputs, for AnalyzeStack). */
function set(r: PlanResource, key: string, value: unknown): void {
  r.inputs[key] = value;
  r.outputs[key] = value;
}

/** Site a loses the SIP pair's anti-affinity rule, site b's MCP rule is disabled, site c's DRS is manual. */
function plantFaults([a, b, c]: PlanDocument[]): PlanDocument[] {
  const [fa, fb, fc] = [clone(a), clone(b), clone(c)];
  const rule = resource(fa, TYPE.antiAffinityRule, "-sip-pair-apart");
  fa.deployment.resources = fa.deployment.resources.filter((r) => r !== rule);
  set(resource(fb, TYPE.antiAffinityRule, "-mcp-spread"), "enabled", false);
  set(resource(fc, TYPE.cluster, "-cluster"), "drsAutomationLevel", "manual");
  return [fa, fb, fc];
}

describe.each(["lab", "dev"] as const)("a three-site %s stack", (stack) => {
  it("gets the same verdict site by site from the compiled host as from one AnalyzeStack", async () => {
    const plans = await sitePlans(stack);
    const sites = stack === "lab" ? plantFaults(plans) : plans;
    const whole = await preview.run(mergeDocuments(sites));
    const streamed = new SiteAnalysis(compiled);
    for (const site of sites) await streamed.add(site);
    expect(streamed.report()).toEqual(whole);
    expect(whole.violations.length).toBeGreaterThan(0);
    if (stack === "lab") {
      // The planted faults, each found in its own site, two of them by stack policies.
      const found = summary(whole.violations);
      expect(found).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^ha-pair-anti-affinity \[mandatory\] laba-sip-primary: /),
          expect.stringMatching(/^mcp-vms-spread \[advisory\] labb-mcp-1: /),
          expect.stringMatching(/^cluster-drs-automated \[mandatory\] labc-cluster: /),
        ]),
      );
      expect(whole.blocked).toBe(true);
    }
  });
});
