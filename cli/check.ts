// `genesys-iac check`: the policy verdict a `pulumi preview --policy-pack ./policies` would give,
// with no Pulumi CLI, vCenter or credentials. The pack runs over its gRPC Analyzer interface through
// analyzer/policy-runner.ts, the code the pack's own tests use.
import * as path from "path";
import type { PlanDocument } from "../analyzer/plan-document";
import { configuredLevels, defaultPackDir, PolicyRunner } from "../analyzer/policy-runner";
import type { PolicyReport } from "../analyzer/report";
import { readPolicyConfigFile, validatePolicyConfig } from "./policy-config";
import { collectNow } from "./heap";
import { deployedState, loadSource, type Source, type SourceOptions } from "./source";

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

export async function runCheck(request: CheckRequest, cwd: string): Promise<CheckResult> {
  const configFile = request.policyConfig;
  const rawConfig = configFile !== undefined ? readPolicyConfigFile(cwd, configFile) : undefined;
  const packDir = request.policyPack ?? defaultPackDir();
  const callTimeoutMs = request.policyTimeoutMs;
  // The pack loads its modules in its own process while this one plans the stack.
  const started = PolicyRunner.start({ packDir, callTimeoutMs }).then(
    (runner) => ({ runner }),
    (error: unknown) => ({ error }),
  );
  try {
    const source = await loadSource(request.source, cwd);
    // What planning left behind is garbage now; clear it before the analysis builds its requests.
    collectNow();
    const s = await started;
    if ("error" in s) throw s.error;
    const runner = s.runner;
    const info = await runner.getAnalyzerInfo();
    const config = rawConfig !== undefined ? validatePolicyConfig(rawConfig, info, configFile!) : undefined;
    const fromFile = "input" in request.source;
    await runner.configureStack({ stack: source.stack, project: source.project, dryRun: !fromFile });
    if (config) await runner.configure(config);
    // A saved stack export is judged by what is deployed (outputs after a refresh).
    const report = await runner.run(fromFile ? deployedState(source.document) : source.document);
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

export function checkJson(r: CheckResult): string {
  const { document: _doc, diagnostics: _diags, report, ...rest } = r;
  return JSON.stringify({ ...rest, blocked: report.blocked, violations: report.violations }, null, 2) + "\n";
}
