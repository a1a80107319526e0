// The pull-request workflows, read as GitHub reads them: who may write, what runs the pull request's
// code, which config both jobs judge with, the artifacts between the two workflows, actionlint.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as YAML from "yaml";
import { COMMENT_ARTIFACT, REPORT_ARTIFACT } from "../../cli/pr-comment";
import { GITHUB_COMMENT_LIMIT } from "../../cli/comment-budget";
import { readWorkflow, runStep, step, WORKFLOWS } from "../support/github";
import { REPO } from "../support/stacks";

/** `npm run lint`'s workflow linter, in its own process (the WebAssembly runtime stays alive). */
function lintWorkflows(dir?: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(
    process.execPath,
    [path.join(REPO, "scripts", "lint-workflows.js"), ...(dir ? [dir] : [])],
    {
      encoding: "utf8",
      timeout: 120_000,
    },
  );
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const poster = require("../../.github/scripts/post-pr-comment.js") as { COMMENT_LIMIT: number };

const check = readWorkflow("pr-check.yml");
const comment = readWorkflow("pr-check-comment.yml");
const text = (f: string) => fs.readFileSync(path.join(WORKFLOWS, f), "utf8");
const POLICY_CONFIG = "policies/policy-config.json";

/** The major version of each action current when this was written (2026-11); never older. */
const CURRENT_MAJOR: Record<string, number> = {
  "actions/checkout": 7,
  "actions/setup-node": 7,
  "actions/upload-artifact": 7,
  "actions/download-artifact": 8,
  "actions/github-script": 9,
  "pulumi/actions": 7,
};

describe("the workflows", () => {
  it("are valid YAML and pass actionlint", () => {
    expect(fs.readdirSync(WORKFLOWS).sort()).toEqual(["pr-check-comment.yml", "pr-check.yml"]);
    for (const f of fs.readdirSync(WORKFLOWS)) expect(YAML.parseDocument(text(f)).errors).toEqual([]);
    const r = lintWorkflows();
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("actionlint does find a broken workflow (the linter is real)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-actionlint-"));
    fs.writeFileSync(
      path.join(dir, "bad.yml"),
      "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: [nope]\n    steps:\n      - run: echo ${{ steps.x.outputs.y }}\n",
    );
    const r = lintWorkflows(dir);
    expect(r.stdout).toMatch(
      /^\.github\/workflows\/bad\.yml:\d+:\d+: job "a" needs job "nope" which does not exist/m,
    );
    expect(r.status).toBe(1);
  });

  it("use every action at its current major version, by major tag", () => {
    for (const wf of [check, comment])
      for (const job of Object.values(wf.jobs))
        for (const s of job.steps.filter((x) => x.uses)) {
          const m = /^([\w-]+\/[\w-]+)@v(\d+)$/.exec(s.uses!);
          expect(m).not.toBeNull();
          expect(CURRENT_MAJOR[m![1]]).toBeDefined();
          expect(Number(m![2])).toBeGreaterThanOrEqual(CURRENT_MAJOR[m![1]]);
        }
  });
});

describe("pr-check.yml: runs the pull request's code, read-only", () => {
  it("runs on pull_request with a token that can only read, and no job asks for more", () => {
    expect(Object.keys(check.on)).toEqual(["pull_request"]);
    expect(check.permissions).toEqual({ contents: "read" });
    for (const job of Object.values(check.jobs)) expect(job.permissions).toBeUndefined();
    expect(text("pr-check.yml")).not.toMatch(/pull_request_target/);
  });

  it("check: no secret, no stored git credentials, every stack planned, checked and diffed with the one config", () => {
    const job = check.jobs.check;
    expect(JSON.stringify(job)).not.toMatch(/secrets\./);
    for (const s of job.steps.filter((x) => x.uses?.startsWith("actions/checkout@")))
      expect(s.with?.["persist-credentials"]).toBe(false);
    expect(job.env?.POLICY_CONFIG).toBe(POLICY_CONFIG);
    const run = step(job, "Check and diff the head").run!;
    expect(run).toContain("for file in Pulumi.*.yaml");
    expect(run).toContain('check --stack "$stack" --policy-config "$POLICY_CONFIG"');
    expect(run).toMatch(/diff --stack "\$stack" --base "\$RUNNER_TEMP\/base\/\$stack.json"/);
  });

  it.each([
    [{ a: 0, b: 0 }, "0"],
    [{ a: 0, b: 1 }, "1"],
    [{ a: 2, b: 1 }, "2"],
    [{ a: 1, b: 3 }, "3"],
    [{ a: 3, b: 2 }, "3"],
  ])("check: exit codes %j of `check` make the job's verdict %s", (codes, failed) => {
    // The step's own script, over a stand-in for the tool that exits with the code given per stack.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-check-step-"));
    const head = path.join(work, "head");
    fs.mkdirSync(path.join(head, "bin"), { recursive: true });
    for (const stack of Object.keys(codes))
      fs.writeFileSync(path.join(head, `Pulumi.${stack}.yaml`), "config: {}\n");
    fs.writeFileSync(
      path.join(head, "bin", "genesys-iac.js"),
      `const a = process.argv.slice(2); const stack = a[a.indexOf("--stack") + 1];
       require("fs").writeFileSync(a[a.indexOf("--out") + 1], "{}");
       process.exit(a[0] === "check" ? ${JSON.stringify(codes)}[stack] : 0);`,
    );
    const output = path.join(work, "output");
    const job = check.jobs.check;
    const r = runStep(job, step(job, "Check and diff the head"), {
      workspace: work,
      env: { RUNNER_TEMP: path.join(work, "tmp"), GITHUB_OUTPUT: output },
      context: {},
    });
    expect(r.status).toBe(0);
    expect(fs.readFileSync(output, "utf8").trim()).toBe(`failed=${failed}`);
    for (const [stack, code] of Object.entries(codes))
      expect(fs.readFileSync(path.join(work, "tmp", "report", `${stack}.check.exit`), "utf8").trim()).toBe(
        String(code),
      );
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("check: the comment is an artifact made even when the check failed, and the job fails after it", () => {
    const job = check.jobs.check;
    const names = job.steps.map((s) => s.name);
    const make = step(job, "Make the comment and the full report");
    const upload = step(job, "Upload the comment (posted by pr-check-comment.yml)");
    const report = step(job, "Upload the full report");
    for (const s of [make, upload, report]) expect(s.if).toBe("always()");
    expect(make.run).toContain("node dist/cli/pr-comment.js");
    expect(make.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(upload.with?.name).toBe(COMMENT_ARTIFACT);
    expect(report.with?.name).toBe(REPORT_ARTIFACT);
    expect(String(upload.with?.path)).toMatch(/comment\.md\n.*pr-number/);
    expect(names.indexOf("Fail on a mandatory violation")).toBeGreaterThan(names.indexOf(upload.name));
    expect(job.steps.some((s) => s.uses?.startsWith("actions/github-script@"))).toBe(false);
  });

  it("preview: the real preview with the same config, only with vCenter secrets, its state folder made", () => {
    const job = check.jobs.preview;
    expect(job.env?.VSPHERE_SERVER).toBe("${{ secrets.VSPHERE_SERVER }}");
    expect(job.env?.POLICY_CONFIG).toBe(POLICY_CONFIG);
    const preview = step(job, "pulumi preview --policy-pack");
    expect(preview.if).toBe("env.VSPHERE_SERVER != ''");
    expect(preview.run).toContain('--policy-pack ./policies --policy-pack-config "$POLICY_CONFIG"');
    const run = preview.run!;
    expect(run.indexOf('mkdir -p "$state"')).toBeGreaterThan(-1);
    expect(run.indexOf('mkdir -p "$state"')).toBeLessThan(run.indexOf("pulumi login"));
    expect(run).toContain('pulumi login "${PULUMI_BACKEND_URL:-file://$state}"');
  });

  it("the one policy config exists and is the only one in the repository", () => {
    expect(fs.existsSync(path.join(REPO, POLICY_CONFIG))).toBe(true);
    expect(
      fs.readdirSync(path.join(REPO, "policies")).filter((f) => /policy-config.*\.json$/.test(f)),
    ).toEqual(["policy-config.json"]);
  });
});

describe("pr-check-comment.yml: may write, never runs the pull request's code", () => {
  const job = comment.jobs.comment;

  it("runs after pr-check completes, with the right to comment and nothing more", () => {
    expect(comment.on).toEqual({ workflow_run: { workflows: [check.name], types: ["completed"] } });
    expect(comment.permissions).toEqual({ actions: "read", contents: "read", "pull-requests": "write" });
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request'");
  });

  it("checks out only the default branch's posting script, runs no shell and installs nothing", () => {
    const checkout = job.steps.filter((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkout).toHaveLength(1);
    expect(checkout[0].with).toEqual({ "sparse-checkout": ".github/scripts", "persist-credentials": false });
    expect(job.steps.filter((s) => s.run)).toEqual([]);
    expect(JSON.stringify(job)).not.toMatch(/head_sha|head_branch|head_repository|npm |node /);
  });

  it("downloads the artifact of the run that triggered it and posts it with the tested script", () => {
    const download = job.steps.find((s) => s.uses?.startsWith("actions/download-artifact@"))!;
    expect(download.with).toMatchObject({
      name: COMMENT_ARTIFACT,
      "run-id": "${{ github.event.workflow_run.id }}",
      "github-token": "${{ github.token }}",
    });
    const post = job.steps.find((s) => s.uses?.startsWith("actions/github-script@"))!;
    expect(post.if).toBe(`steps.${download.id}.outcome == 'success'`);
    expect(String(post.with?.script)).toContain(".github/scripts/post-pr-comment.js");
    expect(post.env?.COMMENT_DIR).toBe(download.with?.path);
  });

  it("refuses a comment over the same limit the comment is fitted to", () => {
    expect(poster.COMMENT_LIMIT).toBe(GITHUB_COMMENT_LIMIT);
  });
});
