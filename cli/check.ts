// `genesys-iac check`: the policy verdict a `pulumi preview --policy-pack ./policies` would give,
// with no Pulumi CLI, vCenter or credentials. The pack runs over its gRPC Analyzer interface through
// analyzer/policy-runner.ts, the code the pack's own tests use.
import * as path from "path";
import type { PlanDocument } from "../analyzer/plan-document";
import { configuredLevels, type AnalyzerInfo, type PolicyPackConfig } from "../analyzer/analyzer-info";
import { defaultPackDir, PolicyRunner } from "../analyzer/policy-runner";
import type { PolicyReport } from "../analyzer/report";
import { SiteAnalysis } from "../analyzer/site-analysis";
import { judgeOverlapped } from "./overlap";
import { mergeDocuments } from "./plan-merge";
import { planStackSites } from "./plan-stack";
import { readPolicyConfigFile, validatePolicyConfig } from "./policy-config";
import { deployedState, loadSource, planLabel, type Source, type SourceOptions } from "./source";

/** What to judge, and with which settings of the pack. */
export interface CheckRequest {
  source: SourceOptions;
  /** The `--policy-config` file, relative to the working directory. */
  policyConfig?: string;
  /** The pack's directory (`--policy-pack`); default: the project's `policies`. */
  policyPack?: string;
  /** How long one call to the pack may take before its policy is reported hung (`--policy-timeout`). */
  policyTimeoutMs?: number;
}

export interface CheckResult {
  stack: string;
  project: string;
  /** Where the judged document came from (a plan of the stack file, or the --input file). */
  source: string;
  resources: number;
  pack: { name: string; version: string; dir: string };
  verdict: "passed" | "failed";
  counts: { mandatory: number; advisory: number; remediate: number; total: number };
  /** Policies the policy config (or the pack) turned off: every output names them, so a pass made
   * by switching policies off never reads as a clean one. */
  disabledPolicies: string[];
  /** The --input document holds no resource (a stack export of a stack never deployed, or destroyed). */
  nothingDeployed: boolean;
  report: PolicyReport;
  /** The judged document (for the diagram; not part of the JSON output). */
  document: PlanDocument;
  /** What the program logged while it was planned (shown on stderr; not part of the JSON output). */
  diagnostics: Source["diagnostics"];
}

/** The pack, started and configured for the judged stack. */
interface Connection {
  runner: PolicyRunner;
  info: AnalyzerInfo;
  /** The validated --policy-config, when one was given. */
  config?: PolicyPackConfig;
}
type Connect = (stack: string, project: string, dryRun: boolean) => Promise<Connection>;

/**
 * Sites whose analysis may be under way at once: the one the pack judges, and the next, queued, so
 * that the pack never waits for this process between two sites; each holds one site's requests.
 */
const SITES_IN_FLIGHT = 2;

/** What was judged and the verdict, before it is counted. */
interface Judged {
  source: Source;
  connection: Connection;
  report: PolicyReport;
}

/**
 * The pack's verdict. `onProgress` hears what is being done (for a progress line on a terminal).
 *
 * A stack is planned and judged one site at a time: while the pack analyzes a site, this process
 * plans the next (two processes, two cores), and neither holds more than two sites' requests
 * (SITES_IN_FLIGHT), so memory does not grow with the number of sites. analyzer/site-analysis.ts
 * says why the verdict is the one of a single AnalyzeStack over the whole stack. The pack starts
 * first, in its own process, and loads its modules while this one loads the Pulumi SDK and plans
 * the first site.
 */
export async function runCheck(
  request: CheckRequest,
  cwd: string,
  onProgress: (status: string) => void = () => undefined,
): Promise<CheckResult> {
  const configFile = request.policyConfig;
  const rawConfig = configFile !== undefined ? readPolicyConfigFile(cwd, configFile) : undefined;
  const packDir = request.policyPack ?? defaultPackDir();
  const callTimeoutMs = request.policyTimeoutMs;
  // The compiled host: the pack's `main` is JavaScript (PackNotBuiltError otherwise).
  const started = PolicyRunner.start({ packDir, callTimeoutMs, host: "compiled" }).then(
    (runner) => ({ runner }),
    (error: unknown) => ({ error }),
  );
  const connect: Connect = async (stack, project, dryRun) => {
    const s = await started;
    if ("error" in s) throw s.error;
    const info = await s.runner.getAnalyzerInfo();
    const config = rawConfig !== undefined ? validatePolicyConfig(rawConfig, info, configFile!) : undefined;
    await s.runner.configureStack({ stack, project, dryRun });
    if (config) await s.runner.configure(config);
    return { runner: s.runner, info, config };
  };
  try {
    const fromFile = "input" in request.source;
    const { source, connection, report } =
      "input" in request.source
        ? await judgeFile(request.source, cwd, connect)
        : await judgeStack(request.source, connect, onProgress);
    const { info, config } = connection;
    const count = (l: string) => report.violations.filter((v) => v.enforcementLevel === l).length;
    const levels = configuredLevels(info, config ?? {});
    return {
      stack: source.stack,
      project: source.project,
      source: source.label,
      resources: source.document.deployment.resources.length,
      pack: { name: info.name, version: info.version, dir: path.relative(cwd, packDir) || "." },
      verdict: report.blocked ? "failed" : "passed",
      counts: {
        mandatory: count("mandatory"),
        advisory: count("advisory"),
        remediate: count("remediate"),
        total: report.violations.length,
      },
      disabledPolicies: Object.keys(levels).filter((p) => levels[p] === "disabled"),
      nothingDeployed: fromFile && source.document.deployment.resources.length === 0,
      report,
      document: source.document,
      diagnostics: source.diagnostics,
    };
  } finally {
    const s = await started;
    if ("runner" in s) await s.runner.close();
  }
}

/** A saved stack export or plan, judged by what is deployed (outputs after a refresh). */
async function judgeFile(
  o: Extract<SourceOptions, { input: string }>,
  cwd: string,
  connect: Connect,
): Promise<Judged> {
  const source = await loadSource(o, cwd);
  const connection = await connect(source.stack, source.project, false);
  return { source, connection, report: await connection.runner.run(deployedState(source.document)) };
}

/** A stack's plan, judged site by site as the sites are planned. */
async function judgeStack(
  o: Extract<SourceOptions, { dir: string }>,
  connect: Connect,
  onProgress: (status: string) => void,
): Promise<Judged> {
  const { deployment, sites, runs } = await planStackSites(o.dir, o.stack);
  let planned = 0;
  let checked = 0;
  const status = () => onProgress(`${o.stack}: ${planned} of ${sites} site(s) planned, ${checked} checked`);
  status();
  let connection: Promise<Connection> | undefined;
  let analysis: SiteAnalysis | undefined;
  const documents: PlanDocument[] = [];
  const diagnostics: Source["diagnostics"] = [];
  await judgeOverlapped(
    runs,
    async (run) => {
      planned++;
      status();
      documents.push(run.document);
      diagnostics.push(...run.diagnostics);
      const c = await (connection ??= connect(o.stack, deployment.project, true));
      analysis ??= new SiteAnalysis(c.runner);
      await analysis.add(run.document);
      checked++;
      status();
    },
    SITES_IN_FLIGHT,
  );
  return {
    source: {
      document: mergeDocuments(documents),
      stack: o.stack,
      project: deployment.project,
      label: planLabel(o.stack),
      diagnostics,
    },
    connection: await connection!,
    report: analysis!.report(),
  };
}

export function checkJson(r: CheckResult): string {
  const { document: _doc, diagnostics: _diags, report, ...rest } = r;
  return JSON.stringify({ ...rest, blocked: report.blocked, violations: report.violations }, null, 2) + "\n";
}
