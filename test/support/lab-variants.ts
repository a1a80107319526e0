// The lab stack with one site key changed: the shapes the day-0 tests plan, load and break.
import { loadDeployment } from "../../model/config";
import { ConfigError } from "../../model/errors";
import { Deployment } from "../../model/types";
import { StackConfig } from "../../cli/stack-files";
import { labConfigWith, labSites, stackConfig } from "./stacks";

export type SiteMutation = (site: Record<string, any>) => void;

/** The lab's config with its one site changed by `mutate`. */
export function labSiteConfig(mutate: SiteMutation): Record<string, string> {
  const sites = labSites();
  mutate(sites[0] as Record<string, any>);
  return labConfigWith({ "genesys-iac:sites": sites });
}

/** The lab stack as the CLI reads it, with its site changed: what `planConfig` takes. */
export function labStackWith(mutate: SiteMutation): StackConfig {
  return { ...stackConfig("lab"), config: labSiteConfig(mutate) };
}

/** The lab on one distributed switch: the guide's NICs, VM traffic and vMotion as port groups. */
export const distributed: SiteMutation = (site) => {
  site.networks.kind = "distributed";
  delete site.networks.vmTraffic.vswitch;
  delete site.networks.vmotion.vswitch;
};

export function loadLab(mutate: SiteMutation): Deployment {
  return loadDeployment({
    config: labSiteConfig(mutate),
    stack: "lab",
    secretKeys: stackConfig("lab").secretKeys,
  });
}

/** The problems a changed lab config produces, as `key: allowed` lines. */
export function labProblems(mutate: SiteMutation): string[] {
  try {
    loadLab(mutate);
  } catch (e) {
    if (e instanceof ConfigError) return e.issues.map((i) => `${i.key}: ${i.allowed}`);
    throw e;
  }
  throw new Error("expected a ConfigError, the config was accepted");
}
