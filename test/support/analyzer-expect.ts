// Assertions on pack results shared by the pack test files.
import type { PlanDocument } from "../../analyzer/plan-document";
import type { PolicyRunner } from "../../analyzer/policy-runner";
import type { Violation } from "../../analyzer/report";

/** One line per violation, readable in a failed expectation. */
export function summary(vs: readonly Violation[]): string[] {
  return vs.map((v) => `${v.policyName} [${v.enforcementLevel}] ${v.urn.split("::").pop()}: ${v.message}`);
}

export function packExpectations(runner: () => PolicyRunner) {
  const run = async (doc: PlanDocument) => (await runner().run(doc)).violations;
  /** Asserts the only violations are of one policy at one level, and returns them. */
  const only = async (
    doc: PlanDocument,
    policy: string,
    level: "mandatory" | "advisory",
  ): Promise<Violation[]> => {
    const vs = await run(doc);
    expect(summary(vs.filter((v) => v.policyName !== policy))).toEqual([]);
    const mine = vs.filter((v) => v.policyName === policy);
    expect(mine.length).toBeGreaterThan(0);
    for (const v of mine) expect(v.enforcementLevel).toBe(level);
    return mine;
  };
  return { run, only };
}
