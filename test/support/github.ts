// What the pull-request workflows' tests need of GitHub: the workflow files, their `${{ }}`
// expressions evaluated against a recorded event, a step's script run as the runner runs it, and a
// fake of the REST client that actions/github-script hands a script.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { REPO } from "./stacks";

export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  "working-directory"?: string;
  "continue-on-error"?: boolean;
}

export interface Job {
  if?: string;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  steps: Step[];
}

export interface Workflow {
  name: string;
  on: Record<string, any>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

export const WORKFLOWS = path.join(REPO, ".github", "workflows");

export function readWorkflow(file: string): Workflow {
  return YAML.parse(fs.readFileSync(path.join(WORKFLOWS, file), "utf8")) as Workflow;
}

export function readEvent(name: string): any {
  return JSON.parse(fs.readFileSync(path.join(REPO, "test", "fixtures", "github", name), "utf8"));
}

export function step(job: Job, name: string): Step {
  const s = job.steps.find((x) => x.name === name);
  if (!s) throw new Error(`no step named "${name}"`);
  return s;
}

/** `${{ a.b.c }}` property paths replaced from `context`; anything else is an error here. */
export function evaluate(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    if (!/^[\w-]+(\.[\w-]+)*$/.test(expr)) throw new Error(`expression not handled here: ${expr}`);
    let v: any = context;
    for (const k of expr.split(".")) v = v?.[k];
    if (v === undefined || v === null) throw new Error(`${expr} is not in the recorded context`);
    return String(v);
  });
}

/** Runs a step's `run` script with bash as the runner does (`bash --noprofile --norc -eo pipefail`). */
export function runStep(
  job: Job,
  s: Step,
  opts: { workspace: string; env: Record<string, string>; context: Record<string, unknown> },
): { status: number | null; stdout: string; stderr: string } {
  if (!s.run) throw new Error(`step "${s.name}" has no script`);
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  for (const [k, v] of Object.entries({ ...job.env, ...s.env })) env[k] = evaluate(String(v), opts.context);
  const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", s.run], {
    cwd: path.join(opts.workspace, s["working-directory"] ?? "."),
    env,
    encoding: "utf8",
    timeout: 600_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

/** The part of Octokit that .github/scripts/post-pr-comment.js uses, over an in-memory PR. */
export function fakeGithub(pulls: Record<number, any>, comments: Record<number, FakeComment[]> = {}) {
  const calls: { method: string; args: any }[] = [];
  let nextId = 1000;
  const rest = {
    pulls: {
      get: async (args: any) => {
        calls.push({ method: "pulls.get", args });
        const pr = pulls[args.pull_number];
        if (!pr) throw Object.assign(new Error("Not Found"), { status: 404 });
        return { data: pr };
      },
    },
    issues: {
      listComments: async (args: any) => {
        calls.push({ method: "issues.listComments", args });
        return { data: comments[args.issue_number] ?? [] };
      },
      createComment: async (args: any) => {
        calls.push({ method: "issues.createComment", args });
        const c = { id: nextId++, body: args.body, user: { login: "github-actions[bot]", type: "Bot" } };
        (comments[args.issue_number] ??= []).push(c);
        return { data: c };
      },
      updateComment: async (args: any) => {
        calls.push({ method: "issues.updateComment", args });
        for (const list of Object.values(comments))
          for (const c of list) if (c.id === args.comment_id) c.body = args.body;
        return { data: {} };
      },
    },
  };
  const github = {
    rest,
    paginate: async (fn: (a: any) => Promise<{ data: unknown[] }>, args: any) => (await fn(args)).data,
  };
  const failures: string[] = [];
  const core = { info: () => undefined, setFailed: (m: string) => failures.push(m) };
  return { github, core, calls, comments, failures };
}

/** The github-script context of a recorded workflow_run event. */
export function workflowRunContext(event: any) {
  const [owner, repo] = String(event.repository.full_name).split("/");
  return { eventName: "workflow_run", payload: event, repo: { owner, repo } };
}
