// Renders one component under Pulumi's mocks (pulumi.runtime.setMocks, through the plan's mock
// engine, which records each registration's parent and registered outputs) and reads it back.
import type { PlanResource } from "../../analyzer/plan-document";
import { parseUrn } from "../../analyzer/requests";
import { runUnderMocks } from "../../cli/mock-engine";
import { loadDeployment } from "../../model/config";
import type { Deployment } from "../../model/types";
import { stackConfig } from "../support/stacks";

export function model(stack: "lab" | "dev"): Deployment {
  const cfg = stackConfig(stack);
  return loadDeployment({ ...cfg });
}

export interface Rendered {
  resources: PlanResource[];
  /** The one resource of this type. */
  one(type: string): PlanResource;
  /** The direct children of a resource, as `type name`. */
  children(parent: PlanResource): PlanResource[];
}

export const nameOf = (r: PlanResource) => parseUrn(r.urn).name;

export async function render(build: () => void): Promise<Rendered> {
  const run = await runUnderMocks({
    project: "genesys-iac",
    stack: "test",
    config: {},
    secretKeys: [],
    program: async () => {
      build();
      return {};
    },
  });
  const resources = run.document.deployment.resources;
  return {
    resources,
    one(type) {
      const found = resources.filter((r) => r.type === type);
      if (found.length !== 1) throw new Error(`${found.length} resources of type ${type}`);
      return found[0];
    },
    children: (parent) => resources.filter((r) => r.parent === parent.urn),
  };
}

/** Every child's name is the component's name or starts with it: unique per component instance. */
export function expectNamesDerived(children: PlanResource[], componentName: string): void {
  for (const c of children)
    expect(nameOf(c) === componentName || nameOf(c).startsWith(`${componentName}-`)).toBe(true);
}
