// `genesys-iac plan`: what a stack declares, without the Pulumi CLI, vCenter or Docker: the
// program runs under Pulumi's mocks with deterministic answers for ids and data sources.
//
// Why once per site, then merged: the Pulumi SDK keeps every Output of a run alive until the run
// ends (all resources are declared before any registration completes), so one run of a 50-site
// stack held about 500 MB; one site at a time holds one site's worth, with a collection between
// runs. This is sound because the program makes each site a subtree of its own: the runs share
// only the root stack (whose outputs are maps keyed by site) and the vCenter provider, and
// plan-merge.ts fails loudly if two runs ever disagree on a shared resource. The split of the
// config itself (which key holds the sites) is the model's: `configPerSite`.
import * as pulumi from "@pulumi/pulumi";
import { PlanDocument } from "../analyzer/plan-document";
import { configPerSite } from "../model/config";
import { ConfigError } from "../model/errors";
import { Deployment } from "../model/types";
import { collectorOnGrowth, PLANNER_BUDGET_BYTES } from "../internals/heap";
import { main } from "../program/main";
import { Diagnostic, MockRun, ProgramError, runUnderMocks } from "./mock-engine";
import { mergeDocuments, mergeOutputs } from "./plan-merge";
import { redactAny, redactDocument } from "./redact";
import { StackConfig, deploymentOf, withSecretPlaceholders } from "./stack-files";

export interface Plan {
  deployment: Deployment;
  document: PlanDocument;
  outputs: Record<string, unknown>;
  /** What the program logged; the CLI shows these on stderr, as the Pulumi CLI shows diagnostics. */
  diagnostics: Diagnostic[];
}

/**
 * Plans a stack's config; `deployment` is its model when the caller validated it already.
 * `onProgress` hears how many sites are planned (for a progress line on a terminal).
 */
export async function planConfig(
  given: StackConfig,
  deployment?: Deployment,
  onProgress: (status: string) => void = () => undefined,
): Promise<Plan> {
  const sites = planSites(given, deployment);
  const runs: MockRun[] = [];
  onProgress(`${given.stack}: 0 of ${sites.sites} site(s) planned`);
  for await (const run of sites.runs) {
    runs.push(run);
    onProgress(`${given.stack}: ${runs.length} of ${sites.sites} site(s) planned`);
  }
  return {
    deployment: sites.deployment,
    document: mergeDocuments(runs.map((r) => r.document)),
    outputs: redactAny(runs.map((r) => r.outputs).reduce((a, b) => mergeOutputs(a, b, "stack outputs"))),
    diagnostics: runs.flatMap((r) => r.diagnostics),
  };
}

/** A stack's plan as it comes, one run per site. */
export interface SitePlans {
  deployment: Deployment;
  /** How many runs `runs` yields. */
  sites: number;
  runs: AsyncGenerator<MockRun>;
}

/**
 * The stack's plan one run per site (see the top of this file), as they come: `check` judges each
 * site while the next is planned. The config is validated first, with the same function the
 * program uses, so a config mistake surfaces as the list of problems before any run (and the
 * program registers nothing). Each run's document is redacted: the program hands a plain-text
 * password to the provider as given (the pack must see it to fail it); a plan keeps a marker in its
 * place, never the value.
 */
export function planSites(given: StackConfig, deployment?: Deployment): SitePlans {
  const cfg = withSecretPlaceholders(given);
  const model = deployment ?? deploymentOf(cfg);
  const configs = configPerSite(cfg.config, cfg.project);
  async function* runs(): AsyncGenerator<MockRun> {
    const collect = collectorOnGrowth(PLANNER_BUDGET_BYTES);
    for (const config of configs) {
      const run = await runProgram({ ...cfg, config });
      yield { ...run, document: redactDocument(run.document) };
      collect();
    }
  }
  return { deployment: model, sites: configs.length, runs: runs() };
}

async function runProgram(cfg: StackConfig): Promise<MockRun> {
  try {
    return await runUnderMocks({ ...cfg, program: main });
  } catch (e) {
    // The program's own validation reports a ConfigError as a RunError; keep it a user error.
    const cause = e instanceof ProgramError ? e.cause : e;
    if (cause instanceof pulumi.RunError)
      throw new ConfigError([{ key: "(program)", value: undefined, allowed: cause.message }]);
    throw cause;
  }
}
