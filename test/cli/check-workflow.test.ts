// The pull-request workflow: valid YAML with the jobs and steps the PR check relies on.
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { PR_MARKER } from "../../cli/markdown";
import { REPO } from "../support/stacks";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

const file = path.join(REPO, ".github", "workflows", "pr-check.yml");
const wf = YAML.parse(fs.readFileSync(file, "utf8")) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; env?: Record<string, string> }>;
};
const runs = (steps: Step[]) => steps.map((s) => s.run ?? "").join("\n");

describe(".github/workflows/pr-check.yml", () => {
  it("parses as YAML, runs on pull requests, may write PR comments", () => {
    const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"));
    expect(doc.errors).toEqual([]);
    expect(Object.keys(wf.on)).toEqual(["pull_request"]);
    expect(wf.permissions["pull-requests"]).toBe("write");
    expect(Object.keys(wf.jobs)).toEqual(["check", "preview"]);
  });

  it("pins every action by major version", () => {
    for (const job of Object.values(wf.jobs))
      for (const s of job.steps) if (s.uses) expect(s.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
  });

  it("check: npm ci, plans the base, checks and diffs the head for dev and lab, one comment, fails after it", () => {
    const steps = wf.jobs.check.steps;
    const script = runs(steps);
    expect(steps.filter((s) => s.uses?.startsWith("actions/checkout@")).map((s) => s.with?.path)).toEqual([
      "head",
      "base",
    ]);
    expect(script).toContain("npm ci");
    expect(script).toMatch(/for stack in dev lab/);
    expect(script).toContain('plan --stack "$stack" --format json --out');
    expect(script).toContain('check --stack "$stack" --format markdown');
    expect(script).toContain('diff --stack "$stack" --base');
    const post = steps.findIndex((s) => s.uses?.startsWith("actions/github-script@"));
    const fail = steps.findIndex((s) => s.name === "Fail on a mandatory violation");
    expect(post).toBeGreaterThan(0);
    expect(fail).toBeGreaterThan(post);
    expect(steps[post].if).toContain("always()");
    const js = String(steps[post].with?.script);
    expect(js).toContain(PR_MARKER);
    expect(js).toContain("updateComment");
    expect(js).toContain("createComment");
    expect(steps[fail].run).toContain("exit 1");
  });

  it("preview: the real pulumi preview with the pack, only when vCenter secrets are set", () => {
    const job = wf.jobs.preview;
    expect(job.env?.VSPHERE_SERVER).toBe("${{ secrets.VSPHERE_SERVER }}");
    const preview = job.steps.find((s) => s.run?.includes("pulumi preview"))!;
    expect(preview.if).toBe("env.VSPHERE_SERVER != ''");
    expect(preview.run).toContain(
      "--policy-pack ./policies --policy-pack-config ./policies/policy-config.example.json",
    );
    expect(job.steps.some((s) => s.uses?.startsWith("pulumi/actions@"))).toBe(true);
  });
});
