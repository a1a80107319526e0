// Which stacks the PR comment shows and how: changed or failing stacks in full, the others in one
// line, errors with what the tool said, no path of the runner.
import { buildDocuments, pullRequestOf, scrubPaths, type StackReport } from "../../cli/pr-comment";
import { PR_MARKER } from "../../cli/markdown";
import type { StackDiff } from "../../cli/diff";

const noDiff = (stack: string): StackDiff => ({
  stack,
  base: "b",
  head: "h",
  moves: [],
  rules: [],
  added: [],
  removed: [],
  changed: [],
  unchanged: 10,
  disruptions: [],
  pairs: [],
});
const diagram =
  "<details><summary>Topology</summary>\n\n```mermaid\nflowchart TB\n  a --> b\n```\n\n</details>";
const report = (stack: string, over: Partial<StackReport> = {}): StackReport => ({
  stack,
  checkExit: 0,
  checkMd: `${PR_MARKER}\n### ✅ Policy check of stack \`${stack}\`: passed\n\n${diagram}\n`,
  diffExit: 0,
  diffMd: `${PR_MARKER}\n### Changes to stack \`${stack}\`\n\nNo changes.\n`,
  diff: noDiff(stack),
  ...over,
});
const changed = (stack: string) =>
  report(stack, {
    diff: { ...noDiff(stack), added: [{ urn: "u", type: "t", name: "n" }] },
    diffMd: `${PR_MARKER}\n### Changes to stack \`${stack}\`\n\nResources: 1 to add.\n\n${diagram}\n`,
  });

describe("buildDocuments", () => {
  it("shows changed and failing stacks, names the quiet ones, one marker, each diagram once", () => {
    const failing = report("prod", {
      checkExit: 1,
      checkMd: `${PR_MARKER}\n### ❌ Policy check of stack \`prod\`: failed\n`,
    });
    const d = buildDocuments([report("dev"), changed("lab"), failing], { runUrl: "https://x/run/1" });
    expect(d.comment.split(PR_MARKER)).toHaveLength(2);
    expect(d.comment.startsWith(`${PR_MARKER}\n## genesys-iac: policy check and diff`)).toBe(true);
    expect(d.comment).toContain("### Changes to stack `lab`");
    expect(d.comment).toContain("### ❌ Policy check of stack `prod`: failed");
    expect(d.comment).not.toContain("Policy check of stack `dev`");
    expect(d.comment).toContain("No change to stack `dev`; the policy check passes.");
    expect(d.comment.match(/```mermaid/g)).toHaveLength(1); // lab's, after the change
    expect(d.comment).toContain("[the check run](https://x/run/1)");
    expect(d.cuts).toEqual([]);
    expect(d.full).toContain("Policy check of stack `dev`");
  });

  it("shows a check that stopped with what the tool said", () => {
    const broken = report("lab", {
      checkExit: 2,
      checkMd: undefined,
      checkErr: "error: genesys-iac:addpTimeout: 0 — a whole number from 1 to 60\n",
    });
    const d = buildDocuments([broken], {});
    expect(d.comment).toContain("### ⚠️ The check of stack `lab` stopped (exit 2)");
    expect(d.comment).toContain(
      "```text\nerror: genesys-iac:addpTimeout: 0 — a whole number from 1 to 60\n```",
    );
  });

  it("says so when nothing was checked", () => {
    expect(buildDocuments([], {}).comment).toContain("The check did not run to the end: see the job's log.");
  });

  it("names the pull request's commits", () => {
    const pr = pullRequestOf({
      pull_request: { number: 7, base: { ref: "main", sha: "abcdef0123" }, head: { sha: "1234567890" } },
    });
    expect(pr).toEqual({ number: 7, baseRef: "main", baseSha: "abcdef0123", headSha: "1234567890" });
    expect(buildDocuments([report("dev")], { pr }).comment).toContain(
      "Head `1234567` against the base branch `main` (`abcdef0`).",
    );
    expect(pullRequestOf({ pull_request: { number: "7; x" } })).toBeUndefined();
    expect(pullRequestOf({ workflow_run: {} })).toBeUndefined();
  });
});

describe("scrubPaths", () => {
  it("names what a path stands for, and takes out what is left of the runner's folders", () => {
    const text = "against /rt/base/lab.json; read /ws/repo/head/Pulumi.lab.yaml and /rt/report";
    expect(scrubPaths(text, [["/rt/base/lab.json", "the base branch `main`"]], ["/rt", "/ws/repo"])).toBe(
      "against the base branch `main`; read head/Pulumi.lab.yaml and report",
    );
  });
});
