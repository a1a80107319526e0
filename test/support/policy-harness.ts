// Policies called in process, as pulumi-policy-aws's tests do (src/tests/util.ts): a policy's own
// validate function, with the arguments the SDK would build, on a plan document. Fast (no child
// process, no gRPC), so each policy gets its own cases; the gRPC tests prove the wiring.
import type {
  Policy,
  PolicyResource,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { PlanDocument } from "../../analyzer/plan-document";
import { plannedResources, type AnalyzerResourceInput } from "../../analyzer/requests";
import { deployedState } from "../../cli/source";
import { planStack } from "../../cli/plan-stack";
import { REPO } from "./stacks";

export interface Finding {
  policy: string;
  urn: string;
  message: string;
}

/** Each setting at its schema default, then the given ones (as the engine configures a policy). */
function configFor(policy: Policy, given: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(policy.configSchema?.properties ?? {}))
    out[k] = (s as { default?: unknown }).default;
  return { ...out, ...given };
}

const typeChecks = (type: string) => ({
  isType: (t: { __pulumiType: string }) => t.__pulumiType === type,
  asType: () => undefined as never,
});

function resourceArgs(r: AnalyzerResourceInput, config: Record<string, unknown>): ResourceValidationArgs {
  return {
    urn: r.urn,
    type: r.type,
    name: r.name,
    props: r.inputs,
    opts: { protect: r.options.protect, ignoreChanges: r.options.ignoreChanges, parent: r.parent },
    provider: r.provider ? { ...r.provider, props: r.provider.properties } : undefined,
    getConfig: <T extends object>() => config as T,
    notApplicable: () => undefined as never,
    ...typeChecks(r.type),
  } as unknown as ResourceValidationArgs;
}

function stackArgs(rs: AnalyzerResourceInput[], config: Record<string, unknown>): StackValidationArgs {
  const byUrn = new Map<string, PolicyResource>();
  const resources = rs.map((r) => {
    const pr = {
      urn: r.urn,
      type: r.type,
      name: r.name,
      props: r.final,
      opts: { protect: r.options.protect, ignoreChanges: r.options.ignoreChanges, parent: r.parent },
      provider: r.provider ? { ...r.provider, props: r.provider.properties } : undefined,
      dependencies: [] as PolicyResource[],
      propertyDependencies: {} as Record<string, PolicyResource[]>,
      ...typeChecks(r.type),
    } as unknown as PolicyResource;
    byUrn.set(r.urn, pr);
    return pr;
  });
  // Links by URN, as the SDK resolves them (a URN of no resource in the stack is dropped).
  const resolve = (urns: string[]) => urns.map((u) => byUrn.get(u)).filter((x): x is PolicyResource => !!x);
  rs.forEach((r, i) => {
    const pr = resources[i] as {
      dependencies: PolicyResource[];
      propertyDependencies: Record<string, PolicyResource[]>;
      parent?: PolicyResource;
    };
    pr.dependencies = resolve(r.dependencies);
    for (const [k, urns] of Object.entries(r.propertyDependencies))
      pr.propertyDependencies[k] = resolve(urns);
    if (r.parent) pr.parent = byUrn.get(r.parent);
  });
  return {
    resources,
    getConfig: <T extends object>() => config as T,
  } as unknown as StackValidationArgs;
}

const isStack = (p: Policy): p is StackValidationPolicy => "validateStack" in p;

/** What one policy reports on a document: Analyze per resource, or AnalyzeStack once. */
export async function runPolicy(
  policy: ResourceValidationPolicy | StackValidationPolicy,
  doc: PlanDocument,
  config: Record<string, unknown> = {},
): Promise<Finding[]> {
  const cfg = configFor(policy, config);
  const rs = plannedResources(doc).all();
  const out: Finding[] = [];
  if (isStack(policy)) {
    await policy.validateStack(stackArgs(rs, cfg), (message: string, urn?: string) =>
      out.push({ policy: policy.name, urn: urn ?? "", message }),
    );
  } else {
    const validate = policy.validateResource;
    for (const r of rs)
      for (const v of Array.isArray(validate) ? validate : validate ? [validate] : [])
        await v(resourceArgs(r, cfg), (message: string) =>
          out.push({ policy: policy.name, urn: r.urn, message }),
        );
  }
  return out;
}

/** Every policy of a list on a document. */
export async function runPolicies(
  policies: readonly (ResourceValidationPolicy | StackValidationPolicy)[],
  doc: PlanDocument,
): Promise<Finding[]> {
  const all: Finding[] = [];
  for (const p of policies) all.push(...(await runPolicy(p, doc)));
  return all;
}

const plans = new Map<string, Promise<PlanDocument>>();
/** A repository stack's real plan (the program under mocks), made once per test file; a fresh copy each call. */
export function stackPlan(stack: "lab" | "dev"): Promise<PlanDocument> {
  if (!plans.has(stack))
    plans.set(
      stack,
      planStack(REPO, stack).then((p) => p.document),
    );
  return plans.get(stack)!.then((d) => JSON.parse(JSON.stringify(d)) as PlanDocument);
}

/** The lab stack (vSphere, the guide's 11 VMs on 3 hosts). */
export const labPlan = () => stackPlan("lab");

/** As `check --input` judges a stack export: inputs overlaid with the deployed outputs. */
export { deployedState };
