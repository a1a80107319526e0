// The plan documents' frame for the pack tests: the stack's URNs, the engine's markers (unknown
// values, secrets), a builder that parents every resource to the stack, and the rollout order the
// components declare. The lab's plans are in analyzer-vsphere-plan.ts and analyzer-docker-plan.ts.
import {
  SECRET_SIG_KEY,
  SECRET_SIG_VALUE,
  type PlanDocument,
  type PlanResource,
} from "../../analyzer/plan-document";
import { TYPE } from "../../policies/contract";
import { UNKNOWN_VALUE } from "../../internals/pulumi-sdk";

export const STACK = "lab";
export const PROJECT = "genesys-iac";
/** The engine's marker for a value unknown during preview. */
export const UNKNOWN = UNKNOWN_VALUE;
export const SECRET = { [SECRET_SIG_KEY]: SECRET_SIG_VALUE };

export function urn(typeChain: string[], name: string): string {
  return `urn:pulumi:${STACK}::${PROJECT}::${typeChain.join("$")}::${name}`;
}

/** A plan document being written: the stack first, every resource added under it in order. */
export class DocBuilder {
  readonly resources: PlanResource[] = [];
  readonly stackUrn = urn(["pulumi:pulumi:Stack"], `${PROJECT}-${STACK}`);
  constructor() {
    this.resources.push({
      urn: this.stackUrn,
      type: "pulumi:pulumi:Stack",
      custom: false,
      inputs: {},
      outputs: {},
      dependencies: [],
    });
  }
  add(
    chain: string[],
    name: string,
    inputs: Record<string, unknown>,
    extra: Partial<PlanResource> & { parentChain?: string[] } = {},
  ): { urn: string; chain: string[]; id: string } {
    const type = chain[chain.length - 1];
    const { parentChain: _pc, ...rest } = extra;
    const custom = !type.startsWith("genesys:");
    const id = custom ? `${name}-id` : "";
    const r: PlanResource = {
      urn: urn(chain, name),
      type,
      custom,
      ...(custom ? { id } : {}),
      parent: this.stackUrn,
      inputs,
      outputs: {},
      dependencies: [],
      ...rest,
    };
    this.resources.push(r);
    return { urn: r.urn, chain, id };
  }
  doc(): PlanDocument {
    return {
      version: 3,
      deployment: {
        manifest: { time: "2024-01-01T00:00:00Z", magic: "", version: "v3.270.0" },
        resources: this.resources,
      },
    };
  }
}

export const providerRef = (p: { urn: string; id: string }) => `${p.urn}::${p.id}`;

/** The rollout order the components declare: each pair's primary VM (or container) depends on its backup. */
export function withRolloutOrder(doc: PlanDocument): PlanDocument {
  const vms = doc.deployment.resources.filter((r) => r.type === TYPE.vm || r.type === TYPE.container);
  for (const r of vms) {
    if (!r.urn.endsWith("-primary")) continue;
    const backup = vms.find((b) => b.type === r.type && b.urn === r.urn.replace(/-primary$/, "-backup"));
    if (backup) r.dependencies = [...r.dependencies, backup.urn];
  }
  return doc;
}

/** A site's host component, as both platforms' components declare it: the site, the host and the
 * networks as its args, parented to the site. */
export function addHostComponent(
  b: DocBuilder,
  chain: string[],
  site: { name: string; urn: string },
  host: { name: string },
  networks: unknown,
): ReturnType<DocBuilder["add"]> {
  return b.add(chain, host.name, { site: site.name, host, networks }, { parent: site.urn });
}
