// The posting script of pr-check-comment.yml treats the artifact of a pull request's run as
// untrusted data: it posts only to the pull request that run was for, and only its own comment.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fakeGithub, readEvent, workflowRunContext } from "../support/github";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postPrComment, COMMENT_LIMIT } = require("../../.github/scripts/post-pr-comment.js");

const MARKER = "<!-- genesys-iac:pr-check -->";
const event = readEvent("workflow_run.fork.json");
const headSha = event.workflow_run.head_sha;
const openPr = (n: number, over: Record<string, unknown> = {}) => ({
  number: n,
  state: "open",
  head: { sha: headSha, repo: { full_name: "contributor/genesys-iac" } },
  ...over,
});

function artifact(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-artifact-"));
  for (const [f, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), t);
  return dir;
}
const good = () => artifact({ "comment.md": `${MARKER}\n## report\n`, "pr-number": "42\n" });

async function post(dir: string, pulls: Record<number, any>, ctx: any = workflowRunContext(event)) {
  const gh = fakeGithub(pulls);
  const result = await postPrComment({ github: gh.github, context: ctx, core: gh.core, dir });
  return { result, gh, writes: gh.calls.filter((c) => /create|update/.test(c.method)) };
}

describe("post-pr-comment.js", () => {
  it("comments on the pull request of the run (a fork's: workflow_run.pull_requests is empty)", async () => {
    expect(event.workflow_run.pull_requests).toEqual([]);
    const { result, writes } = await post(good(), { 42: openPr(42) });
    expect(result).toMatchObject({ action: "created", prNumber: 42 });
    expect(writes).toEqual([
      {
        method: "issues.createComment",
        args: { owner: "example-org", repo: "genesys-iac", issue_number: 42, body: `${MARKER}\n## report\n` },
      },
    ]);
  });

  it.each([
    ["another pull request's number", { "pr-number": "41\n" }, /#41 is at 1111111, the run was for 5f2c1e0/],
    ["a number that is not one", { "pr-number": "42; echo owned" }, /pr-number is not a pull request number/],
    ["no number", { "pr-number": undefined }, /the artifact has no pr-number/],
    ["a comment without the marker", { "comment.md": "## report\n" }, /does not start with its marker line/],
    [
      "a comment over GitHub's limit",
      { "comment.md": `${MARKER}\n${"x".repeat(COMMENT_LIMIT)}` },
      /over GitHub's limit of 65536/,
    ],
  ])("refuses %s, posting nothing", async (_what, change, message) => {
    const files: Record<string, string> = { "comment.md": `${MARKER}\n## report\n`, "pr-number": "42\n" };
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) delete files[k];
      else files[k] = v;
    }
    const pulls = {
      42: openPr(42),
      41: openPr(41, { head: { sha: "1111111", repo: { full_name: "other/genesys-iac" } } }),
    };
    const { result, writes, gh } = await post(artifact(files), pulls);
    expect(result.action).toBe("refused");
    expect(writes).toEqual([]);
    expect(gh.failures.join("\n")).toMatch(message);
  });

  it("refuses a closed pull request, and one whose head came from another repository", async () => {
    const closed = await post(good(), { 42: openPr(42, { state: "closed" }) });
    expect(closed.result).toMatchObject({ action: "refused", reason: "pull request #42 is closed" });
    const other = await post(good(), {
      42: openPr(42, { head: { sha: headSha, repo: { full_name: "mallory/genesys-iac" } } }),
    });
    expect(other.result.reason).toMatch(
      /comes from mallory\/genesys-iac, the run from contributor\/genesys-iac/,
    );
    expect([...closed.writes, ...other.writes]).toEqual([]);
  });

  it("acts only on a workflow_run of a pull_request", async () => {
    const push = { ...event, workflow_run: { ...event.workflow_run, event: "push" } };
    expect((await post(good(), { 42: openPr(42) }, workflowRunContext(push))).result.reason).toMatch(
      /push event/,
    );
    const direct = { ...workflowRunContext(event), eventName: "pull_request" };
    expect((await post(good(), { 42: openPr(42) }, direct)).result.reason).toBe("not a workflow_run event");
  });

  it("updates its own comment, never a person's comment that quotes the marker", async () => {
    const gh = fakeGithub(
      { 42: openPr(42) },
      {
        42: [
          { id: 1, body: `${MARKER}\nquoted`, user: { login: "contributor", type: "User" } },
          { id: 2, body: `${MARKER}\nold report`, user: { login: "github-actions[bot]", type: "Bot" } },
        ],
      },
    );
    const r = await postPrComment({
      github: gh.github,
      context: workflowRunContext(event),
      core: gh.core,
      dir: good(),
    });
    expect(r).toEqual({ action: "updated", prNumber: 42, commentId: 2 });
    expect(gh.comments[42].map((c) => c.body)).toEqual([`${MARKER}\nquoted`, `${MARKER}\n## report\n`]);
  });

  it("lets an error of GitHub's API fail the step (it is not a refusal)", async () => {
    await expect(post(good(), {})).rejects.toThrow("Not Found");
  });
});
