// The benchmark's pack floor (bench/noop-pack): a pack of plain JavaScript on the repository's
// @pulumi/policy that `check --policy-pack` serves like ours, with a resource policy and a stack
// policy that read every resource's properties and report nothing.
import * as path from "path";
import { PolicyRunner } from "../../analyzer/policy-runner";
import { runCli } from "../support/project";
import { REPO } from "../support/stacks";

const PACK = path.join(REPO, "bench", "noop-pack");

it("is served as it is, and declares one advisory resource policy and one advisory stack policy", async () => {
  const runner = await PolicyRunner.start({ packDir: PACK, host: "compiled" });
  try {
    const info = await runner.getAnalyzerInfo();
    expect(info.name).toBe("genesys-iac-bench-noop");
    expect(info.policies.map((p) => [p.name, p.enforcementLevel, p.kind])).toEqual([
      ["noop-resource", "advisory", "resource"],
      ["noop-stack", "advisory", "stack"],
    ]);
  } finally {
    await runner.close();
  }
});

it("judges every resource of the lab stack and reports nothing", async () => {
  const r = await runCli(["check", "--stack", "lab", "--policy-pack", PACK]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("genesys-iac-bench-noop@v0.1.0 (local: bench/noop-pack)");
  expect(r.stdout).toMatch(/Summary: 0 mandatory, 0 advisory violations in \d{2,} resources: PASSED/);
});
