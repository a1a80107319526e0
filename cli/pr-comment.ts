// Builds the pull-request comment of .github/workflows/pr-check.yml from what its check step wrote,
// and the full report for the job summary and the artifact:
//
//   node dist/cli/pr-comment.js --report DIR --out DIR [--run-url URL] [--replace FROM=TO ...]
//
// --report DIR holds, per stack, the exit code, output and stderr of `check --format markdown`
// (<stack>.check.exit|md|err) and of `diff` (<stack>.diff.exit|md|json|err). --out DIR receives
// comment.md (within GitHub's limit), full-report.md, summary.md (within the job summary's limit)
// and pr-number (from the pull_request event at GITHUB_EVENT_PATH), which the comment workflow reads.
// The comment shows the stacks whose plan changed or whose check did not pass, each topology diagram
// once, and no path of the runner: --replace names what a path stands for, and what is left of
// RUNNER_TEMP or GITHUB_WORKSPACE is taken out.
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { fitComment, GITHUB_COMMENT_LIMIT, splitBlocks, type CommentPart } from "./comment-budget";
import { isEmpty, type StackDiff } from "./diff";
import { code, PR_MARKER } from "./markdown";

/** GitHub's limit on a step's job summary, in bytes. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Artifact names, shared with the workflows (a test holds them to the YAML). */
export const COMMENT_ARTIFACT = "pr-check-comment";
export const REPORT_ARTIFACT = "pr-check-report";

export interface StackReport {
  stack: string;
  checkExit: number | undefined;
  checkMd?: string;
  checkErr?: string;
  diffExit: number | undefined;
  diffMd?: string;
  diff?: StackDiff;
  diffErr?: string;
}

export interface PullRequestInfo {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
}

function readIf(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
}

/** The per-stack files of the report folder. */
export function readReports(dir: string): StackReport[] {
  if (!fs.existsSync(dir)) return [];
  const stacks = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".check.exit"))
    .map((f) => f.slice(0, -".check.exit".length))
    .sort();
  const exit = (f: string) => {
    const t = readIf(path.join(dir, f))?.trim();
    return t !== undefined && /^\d+$/.test(t) ? Number(t) : undefined;
  };
  return stacks.map((stack) => {
    const json = readIf(path.join(dir, `${stack}.diff.json`));
    let diff: StackDiff | undefined;
    try {
      diff = json ? (JSON.parse(json) as StackDiff) : undefined;
    } catch {
      diff = undefined;
    }
    return {
      stack,
      checkExit: exit(`${stack}.check.exit`),
      checkMd: readIf(path.join(dir, `${stack}.check.md`)),
      checkErr: readIf(path.join(dir, `${stack}.check.err`)),
      diffExit: exit(`${stack}.diff.exit`),
      diffMd: readIf(path.join(dir, `${stack}.diff.md`)),
      diff,
      diffErr: readIf(path.join(dir, `${stack}.diff.err`)),
    };
  });
}

/** The pull request of a pull_request event payload. */
export function pullRequestOf(event: unknown): PullRequestInfo | undefined {
  type Ref = { ref?: unknown; sha?: unknown } | undefined;
  const pr = (event as { pull_request?: { number?: unknown; base?: Ref; head?: Ref } } | undefined)
    ?.pull_request;
  if (!pr || typeof pr.number !== "number" || !Number.isSafeInteger(pr.number) || pr.number <= 0)
    return undefined;
  return {
    number: pr.number,
    baseRef: String(pr.base?.ref ?? ""),
    baseSha: String(pr.base?.sha ?? ""),
    headSha: String(pr.head?.sha ?? ""),
  };
}

/** Replaces each FROM by its TO (longest first), then what is left of the runner's own folders. */
export function scrubPaths(text: string, replace: [string, string][], runnerDirs: string[]): string {
  let out = text;
  for (const [from, to] of [...replace].sort((a, b) => b[0].length - a[0].length))
    if (from) out = out.split(from).join(to);
  for (const dir of runnerDirs.filter((d) => d.length > 1).sort((a, b) => b.length - a.length)) {
    out = out.split(`${dir}/`).join("");
    out = out.split(dir).join(".");
  }
  return out;
}

const changed = (r: StackReport) => r.diffExit !== 0 || !r.diff || !isEmpty(r.diff);
const passed = (r: StackReport) => r.checkExit === 0;
const withoutMarker = (md: string) =>
  md
    .split("\n")
    .filter((l) => l.trim() !== PR_MARKER)
    .join("\n")
    .trim();
const hasDiagram = (md: string | undefined) => !!md && splitBlocks(md).some((b) => b.kind === "diagram");
const withoutDiagrams = (md: string) =>
  splitBlocks(md)
    .filter((b) => b.kind !== "diagram")
    .flatMap((b) => b.lines)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");

function errorPart(
  stack: string,
  what: "check" | "diff",
  exit: number | undefined,
  err: string | undefined,
): string {
  const lines = (err ?? "").trim().split("\n").filter(Boolean).slice(0, 20);
  const out = [
    `### ⚠️ The ${what} of stack ${code(stack)} stopped (${exit === undefined ? "it did not finish" : `exit ${exit}`})`,
  ];
  out.push("", lines.length > 0 ? "It said:" : "See the job's log.");
  if (lines.length > 0) out.push("", "```text", ...lines, "```");
  return out.join("\n");
}

/** The parts of one stack: its check, then its changes, each diagram once (the one after the change). */
export function stackParts(r: StackReport): CommentPart[] {
  const parts: CommentPart[] = [];
  const diffShown = r.diffExit === 0 && r.diffMd !== undefined;
  if (r.checkExit !== undefined && r.checkExit <= 1 && r.checkMd !== undefined) {
    const md = withoutMarker(r.checkMd);
    parts.push({
      title: `the policy check of stack ${code(r.stack)}`,
      markdown: diffShown && hasDiagram(r.diffMd) ? withoutDiagrams(md) : md,
    });
  } else {
    parts.push({
      title: `the policy check of stack ${code(r.stack)}`,
      markdown: errorPart(r.stack, "check", r.checkExit, r.checkErr),
    });
  }
  if (diffShown)
    parts.push({ title: `the changes to stack ${code(r.stack)}`, markdown: withoutMarker(r.diffMd!) });
  else
    parts.push({
      title: `the changes to stack ${code(r.stack)}`,
      markdown: errorPart(r.stack, "diff", r.diffExit, r.diffErr),
    });
  return parts;
}

export interface Documents {
  comment: string;
  cuts: string[];
  full: string;
  summary: string;
}

/** The comment (changed or failing stacks only, within GitHub's limit), the full report and the job summary. */
export function buildDocuments(
  reports: StackReport[],
  opts: { pr?: PullRequestInfo; runUrl?: string; limit?: number },
): Documents {
  const title = "## genesys-iac: policy check and diff";
  const against = opts.pr
    ? `Head ${code(opts.pr.headSha.slice(0, 7))} against the base branch ${code(opts.pr.baseRef)} (${code(opts.pr.baseSha.slice(0, 7))}).`
    : "";
  const head = [PR_MARKER, title, "", against].join("\n");
  const where = opts.runUrl
    ? `The full report (every stack, every diagram) is in the job summary of [the check run](${opts.runUrl}) and in its artifact ${code(REPORT_ARTIFACT)}.`
    : `The full report (every stack, every diagram) is in the job summary and in the artifact ${code(REPORT_ARTIFACT)}.`;
  if (reports.length === 0) {
    const body = [head, "The check did not run to the end: see the job's log.", where].join("\n\n") + "\n";
    return { comment: body, cuts: [], full: body, summary: body };
  }
  const shown = reports.filter((r) => changed(r) || !passed(r));
  const quiet = reports.filter((r) => !shown.includes(r));
  const quietLine =
    quiet.length > 0
      ? `No change to ${quiet.map((r) => `stack ${code(r.stack)}`).join(", ")}; the policy check passes.`
      : "";
  const foot = (cuts: string[]) =>
    [
      quietLine,
      where,
      cuts.length > 0
        ? `This comment is shortened to fit GitHub's limit of ${GITHUB_COMMENT_LIMIT.toLocaleString("en-US")} characters; cut: ${cuts.join("; ")}.`
        : "",
    ]
      .filter(Boolean)
      .join("\n\n");
  const fitted = fitComment(head, shown.flatMap(stackParts), foot, opts.limit ?? GITHUB_COMMENT_LIMIT);
  const allParts = reports.flatMap(stackParts);
  const full = fitComment(head, allParts, () => "", Number.MAX_SAFE_INTEGER).body;
  const summary = fitComment(
    head,
    allParts,
    (cuts) =>
      cuts.length > 0
        ? `Shortened to fit the job summary's limit; cut: ${cuts.join("; ")}. All of it is in the artifact ${code(REPORT_ARTIFACT)}.`
        : "",
    JOB_SUMMARY_LIMIT_BYTES,
    (s) => Buffer.byteLength(s, "utf8"),
  ).body;
  return { comment: fitted.body, cuts: fitted.cuts, full, summary };
}

export function main(argv: string[], env: NodeJS.ProcessEnv): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      report: { type: "string" },
      out: { type: "string" },
      "run-url": { type: "string" },
      replace: { type: "string", multiple: true },
    },
    strict: true,
  });
  if (!values.report || !values.out) {
    process.stderr.write(
      "usage: pr-comment --report DIR --out DIR [--run-url URL] [--replace FROM=TO ...]\n",
    );
    return 2;
  }
  const replace = (values.replace ?? []).map((r): [string, string] => {
    const i = r.indexOf("=");
    return i < 0 ? [r, ""] : [r.slice(0, i), r.slice(i + 1)];
  });
  const eventFile = env.GITHUB_EVENT_PATH;
  const pr =
    eventFile && fs.existsSync(eventFile)
      ? pullRequestOf(JSON.parse(fs.readFileSync(eventFile, "utf8")))
      : undefined;
  // Paths are replaced before the comment is fitted, so that its length is the length posted.
  const scrub = (t: string | undefined) =>
    t === undefined ? undefined : scrubPaths(t, replace, [env.RUNNER_TEMP ?? "", env.GITHUB_WORKSPACE ?? ""]);
  const reports = readReports(values.report).map((r) => ({
    ...r,
    checkMd: scrub(r.checkMd),
    checkErr: scrub(r.checkErr),
    diffMd: scrub(r.diffMd),
    diffErr: scrub(r.diffErr),
  }));
  const docs = buildDocuments(reports, { pr, runUrl: values["run-url"] });
  fs.mkdirSync(values.out, { recursive: true });
  fs.writeFileSync(path.join(values.out, "comment.md"), docs.comment);
  fs.writeFileSync(path.join(values.out, "full-report.md"), docs.full);
  fs.writeFileSync(path.join(values.out, "summary.md"), docs.summary);
  if (pr) fs.writeFileSync(path.join(values.out, "pr-number"), `${pr.number}\n`);
  process.stdout.write(
    `comment: ${docs.comment.length} characters (limit ${GITHUB_COMMENT_LIMIT})` +
      (docs.cuts.length > 0 ? `; cut: ${docs.cuts.join("; ")}` : "") +
      (pr ? `; pull request #${pr.number}` : "; no pull_request event: no pr-number") +
      "\n",
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2), process.env);
