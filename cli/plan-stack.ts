// Plans a stack of the project. Its files and its configuration are read and checked before the
// Pulumi SDK loads (the slowest module to load), so that bad input is refused at once.
import type { Deployment } from "../model/types";
import type { Plan, SitePlans } from "./plan";
import { deploymentOf, readStackConfig, withSecretPlaceholders, type StackConfig } from "./stack-files";

/** The stack's config, validated, and then the planner (which loads the SDK). */
async function prepare(dir: string, stack: string) {
  // The guests' passwords a stack file leaves out are planned as secrets (withSecretPlaceholders).
  const cfg: StackConfig = withSecretPlaceholders(readStackConfig(dir, stack));
  const deployment: Deployment = deploymentOf(cfg);
  return { cfg, deployment, planner: await import("./plan") };
}

/** Plans `Pulumi.<stack>.yaml` of the project in `dir`. Throws ConfigError or UsageError for the user's mistakes. */
export async function planStack(
  dir: string,
  stack: string,
  onProgress?: (status: string) => void,
): Promise<Plan> {
  const { cfg, deployment, planner } = await prepare(dir, stack);
  return planner.planConfig(cfg, deployment, onProgress);
}

/** The plan of `Pulumi.<stack>.yaml` one run per site, as they come (for `check`). */
export async function planStackSites(dir: string, stack: string): Promise<SitePlans> {
  const { cfg, deployment, planner } = await prepare(dir, stack);
  return planner.planSites(cfg, deployment);
}
