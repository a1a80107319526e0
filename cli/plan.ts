// `genesys-iac plan`: what a stack declares, without the Pulumi CLI, vCenter or Docker: the
// program runs under Pulumi's mocks with deterministic answers for ids and data sources.
import * as pulumi from "@pulumi/pulumi";
import { PlanDocument } from "../analyzer/plan-document";
import { loadDeployment } from "../model/config";
import { ConfigError } from "../model/errors";
import { Deployment } from "../model/types";
import { main } from "../program/main";
import { Diagnostic, ProgramError, runUnderMocks } from "./mock-engine";
import { StackConfig, readStackConfig } from "./stack-files";

export interface Plan {
  deployment: Deployment;
  document: PlanDocument;
  outputs: Record<string, unknown>;
  /** What the program logged; the CLI shows these on stderr, as the Pulumi CLI shows diagnostics. */
  diagnostics: Diagnostic[];
}

/** Plans `Pulumi.<stack>.yaml` of the project in `dir`. Throws ConfigError or UsageError for the user's mistakes. */
export async function planStack(dir: string, stack: string): Promise<Plan> {
  return planConfig(readStackConfig(dir, stack));
}

export async function planConfig(cfg: StackConfig): Promise<Plan> {
  // Validate first, with the same function the program uses, so a config mistake surfaces as
  // the list of problems (and the program below registers nothing).
  const deployment = loadDeployment({ config: cfg.config, project: cfg.project, stack: cfg.stack });
  try {
    const { document, outputs, diagnostics } = await runUnderMocks({ ...cfg, program: main });
    return { deployment, document, outputs, diagnostics };
  } catch (e) {
    // The program's own validation reports a ConfigError as a RunError; keep it a user error.
    const cause = e instanceof ProgramError ? e.cause : e;
    if (cause instanceof pulumi.RunError)
      throw new ConfigError([{ key: "(program)", value: undefined, allowed: cause.message }]);
    throw cause;
  }
}
