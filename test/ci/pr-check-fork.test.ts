// The fork path of the pull-request check, end to end: the `check` job's own step scripts run as the
// runner runs them, on a recorded pull_request event from a fork, over a head and a base checkout;
// then pr-check-comment.yml's posting script on the recorded workflow_run event that follows, with
// an in-memory GitHub. The head has a 15-site stack with one change and an unchanged dev stack.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as YAML from "yaml";
import { GITHUB_COMMENT_LIMIT } from "../../cli/comment-budget";
import { buildDocuments, readReports } from "../../cli/pr-comment";
import { PR_MARKER } from "../../cli/markdown";
import { fakeGithub, readEvent, readWorkflow, runStep, step, workflowRunContext } from "../support/github";
import { REPO, siteCopy } from "../support/stacks";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postPrComment } = require("../../.github/scripts/post-pr-comment.js");

const pullRequest = readEvent("pull_request.fork.json");
const workflowRun = readEvent("workflow_run.fork.json");
const job = readWorkflow("pr-check.yml").jobs.check;
const SITES = 15;

/** The lab stack copied to `SITES` sites; `more` MCPs in the seventh. */
function bigStack(moreMcp: number): string {
  const lab = YAML.parse(fs.readFileSync(path.join(REPO, "Pulumi.lab.yaml"), "utf8"));
  const site = lab.config["genesys-iac:sites"][0];
  lab.config["genesys-iac:sites"] = Array.from({ length: SITES }, (_, i) => {
    // Hosts, addresses and computer names of its own, as each site of one stack has them.
    const s = siteCopy(JSON.parse(JSON.stringify(site)), `s${String(i + 1).padStart(2, "0")}`, i + 1);
    s.datacenter = `DC-${i + 1}`;
    if (i === 6) s.components.mcp.count += moreMcp;
    return s;
  });
  return YAML.stringify(lab);
}

/** A checkout: the project's files, the stacks given, and the built tool (linked). */
function checkout(dir: string, stacks: Record<string, string>) {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(REPO, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
  for (const [name, text] of Object.entries(stacks))
    fs.writeFileSync(path.join(dir, `Pulumi.${name}.yaml`), text);
  for (const f of ["bin", "dist", "policies", "node_modules", "package.json", ".nvmrc"])
    fs.symlinkSync(path.join(REPO, f), path.join(dir, f));
}

describe("pr-check on a pull request from a fork, then pr-check-comment", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-pr-check-"));
  const workspace = path.join(work, "workspace");
  const runnerTemp = path.join(work, "runner-temp");
  const eventPath = path.join(work, "event.json");
  const output = path.join(work, "github-output");
  const summary = path.join(work, "step-summary");
  const context = {
    github: {
      event: pullRequest,
      server_url: "https://github.com",
      repository: "example-org/genesys-iac",
      run_id: "9876543210",
    },
    runner: { temp: runnerTemp },
  };
  const env = {
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
  };
  const dev = fs.readFileSync(path.join(REPO, "Pulumi.dev.yaml"), "utf8");
  let comment = "";

  beforeAll(() => {
    fs.mkdirSync(runnerTemp, { recursive: true });
    fs.writeFileSync(eventPath, JSON.stringify(pullRequest));
    for (const f of [output, summary]) fs.writeFileSync(f, "");
    checkout(path.join(workspace, "head"), { big: bigStack(1), dev });
    checkout(path.join(workspace, "base"), { big: bigStack(0), dev });
    for (const name of [
      "Plan the base branch",
      "Check and diff the head",
      "Make the comment and the full report",
    ]) {
      const r = runStep(job, step(job, name), { workspace, env, context });
      if (r.status !== 0) throw new Error(`step "${name}" failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    comment = fs.readFileSync(path.join(runnerTemp, "comment", "comment.md"), "utf8");
  }, 900_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("passes both stacks with the one policy config, and says so to the fail step", () => {
    expect(fs.readFileSync(output, "utf8")).toContain("failed=0");
    for (const stack of ["big", "dev"])
      expect(fs.readFileSync(path.join(runnerTemp, "report", `${stack}.check.exit`), "utf8").trim()).toBe(
        "0",
      );
  });

  it("makes a comment of the changed stack only, within GitHub's limit", () => {
    expect(comment.split("\n")[0]).toBe(PR_MARKER);
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment).toContain("### Changes to stack `big`");
    expect(comment).toContain("Policy check of stack `big`");
    expect(comment).not.toContain("Changes to stack `dev`");
    expect(comment).toContain("No change to stack `dev`; the policy check passes.");
    expect(comment).toContain(
      "[the check run](https://github.com/example-org/genesys-iac/actions/runs/9876543210)",
    );
  });

  it("shows each stack's diagram at most once, and says what was cut to fit", () => {
    expect((comment.match(/```mermaid/g) ?? []).length).toBeLessThanOrEqual(1);
    const cut = /shortened to fit GitHub's limit of 65,536 characters; cut: (.*)\.$/m.exec(comment);
    const full = fs.readFileSync(path.join(runnerTemp, "comment", "full-report.md"), "utf8");
    if (full.length > GITHUB_COMMENT_LIMIT) expect(cut).not.toBeNull();
    if (cut) expect(cut[1]).toContain("the diagram of");
  });

  it("cuts this real report diagram first when the limit is smaller", () => {
    const reports = readReports(path.join(runnerTemp, "report"));
    const small = buildDocuments(reports, { limit: 12_000 });
    expect(small.comment.length).toBeLessThanOrEqual(12_000);
    expect(small.cuts[0]).toBe("the diagram of the changes to stack `big`");
    expect(small.comment).not.toContain("```mermaid");
    expect(small.comment).toContain("### Changes to stack `big`");
    expect(small.full).toContain("```mermaid");
  });

  it("names no path of the runner: the base plan is called the base branch", () => {
    for (const f of ["comment.md", "full-report.md", "summary.md"]) {
      const text = fs.readFileSync(path.join(runnerTemp, "comment", f), "utf8");
      expect(text).not.toContain(runnerTemp);
      expect(text).not.toContain(workspace);
      expect(text).not.toContain(os.tmpdir() + "/");
    }
    expect(comment).toContain("against the base branch `main`");
  });

  it("writes the job summary and the pull request's number beside the comment", () => {
    expect(fs.readFileSync(summary, "utf8")).toContain("## genesys-iac: policy check and diff");
    expect(fs.readFileSync(path.join(runnerTemp, "comment", "pr-number"), "utf8")).toBe("42\n");
    const upload = step(job, "Upload the comment (posted by pr-check-comment.yml)");
    const paths = String(upload.with?.path)
      .trim()
      .split("\n")
      .map((p) => p.trim().replace("${{ runner.temp }}", runnerTemp));
    for (const p of paths) expect(fs.existsSync(p)).toBe(true);
  });

  it("is posted once by pr-check-comment, then updated on the next push", async () => {
    const artifact = path.join(runnerTemp, "comment"); // download-artifact lays the files out flat
    const pr = {
      number: 42,
      state: "open",
      head: { sha: workflowRun.workflow_run.head_sha, repo: { full_name: "contributor/genesys-iac" } },
    };
    const gh = fakeGithub(
      { 42: pr },
      {
        42: [
          { id: 7, body: `${PR_MARKER}\nquoted by a person`, user: { login: "contributor", type: "User" } },
        ],
      },
    );
    const ctx = workflowRunContext(workflowRun);
    expect(
      await postPrComment({ github: gh.github, context: ctx, core: gh.core, dir: artifact }),
    ).toMatchObject({ action: "created", prNumber: 42 });
    const again = await postPrComment({ github: gh.github, context: ctx, core: gh.core, dir: artifact });
    expect(again).toMatchObject({ action: "updated", prNumber: 42 });
    expect(gh.failures).toEqual([]);
    expect(gh.comments[42].map((c) => c.body)).toEqual([`${PR_MARKER}\nquoted by a person`, comment]);
  });
});
