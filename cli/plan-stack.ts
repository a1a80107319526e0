// Plans a stack of the project. Its files and its configuration are read and checked before the
// Pulumi SDK loads (the slowest module to load), so that bad input is refused at once.
import type { Plan, SitePlans } from "./plan";
import { deploymentOf, readStackConfig, withSecretPlaceholders } from "./stack-files";

/** Plans `Pulumi.<stack>.yaml` of the project in `dir`. Throws ConfigError or UsageError for the user's mistakes. */
export async function planStack(
  dir: string,
  stack: string,
  onProgress?: (status: string) => void,
): Promise<Plan> {
  // The guests' passwords a stack file leaves out are planned as secrets (withSecretPlaceholders).
  const cfg = withSecretPlaceholders(readStackConfig(dir, stack));
  const deployment = deploymentOf(cfg);
  const { planConfig } = await import("./plan");
  return planConfig(cfg, deployment, onProgress);
}

/** The plan of `Pulumi.<stack>.yaml` one run per site, as they come (for `check`). */
export async function planStackSites(dir: string, stack: string): Promise<SitePlans> {
  const cfg = withSecretPlaceholders(readStackConfig(dir, stack));
  const deployment = deploymentOf(cfg);
  const { planSites } = await import("./plan");
  return planSites(cfg, deployment);
}
