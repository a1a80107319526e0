// `plan` runs the program once per site and merges the runs (to keep a large stack's memory to one
// site's). The merged plan must be the very plan of a single run over all sites.
import { PlanResource } from "../../analyzer/plan-document";
import { runUnderMocks } from "../../cli/mock-engine";
import { planConfig } from "../../cli/plan";
import { mergeOutputs } from "../../cli/plan-merge";
import { main } from "../../program/main";
import { threeSites } from "../support/stacks";

const byUrn = (rs: PlanResource[]) => [...rs].sort((a, b) => a.urn.localeCompare(b.urn));

describe.each(["lab", "dev"] as const)("a three-site %s stack", (stack) => {
  it("plans per site to exactly the resources and outputs of one run over all sites", async () => {
    const cfg = threeSites(stack);
    const merged = await planConfig(cfg);
    const whole = await runUnderMocks({ ...cfg, program: main });
    expect(merged.document.deployment.resources.length).toBeGreaterThan(90);
    expect(byUrn(merged.document.deployment.resources)).toEqual(byUrn(whole.document.deployment.resources));
    expect(merged.outputs).toEqual(whole.outputs);
    expect(Object.keys(merged.outputs.placement as object)).toEqual([`${stack}a`, `${stack}b`, `${stack}c`]);
  });
});

describe("mergeOutputs", () => {
  it("joins maps keyed by site and refuses values that disagree", () => {
    expect(
      mergeOutputs(
        { platform: "vsphere", placement: { a: {} } },
        { platform: "vsphere", placement: { b: {} } },
        "o",
      ),
    ).toEqual({
      platform: "vsphere",
      placement: { a: {}, b: {} },
    });
    expect(() => mergeOutputs({ platform: "vsphere" }, { platform: "docker" }, "o")).toThrow(
      /disagree on o\.platform/,
    );
  });
});
