// The document `genesys-iac plan --format json` writes: the shape of `pulumi stack export`
// (version 3), so that the same checks read a planned stack and a real, deployed one.

import { SECRET_SIG_KEY, SECRET_SIG_VALUE } from "../internals/pulumi-sdk";
import { REDACTED } from "../policies/contract";

/** How `pulumi stack export` marks a secret value (the SDK's own signature); plan keeps the mark
 * and drops the value, which reads as REDACTED (the contract's, which the pack reads too). */
export { REDACTED, SECRET_SIG_KEY, SECRET_SIG_VALUE };

export interface PlanResource {
  urn: string;
  type: string;
  custom: boolean;
  id?: string;
  parent?: string;
  /** `<provider urn>::<provider id>`, as in a stack export. */
  provider?: string;
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  dependencies: string[];
  propertyDependencies?: Record<string, string[]>;
  protect?: boolean;
  ignoreChanges?: string[];
}

export interface PlanDocument {
  version: 3;
  deployment: {
    manifest: { time: string; magic: string; version: string };
    secrets_providers?: { type: string; state?: unknown };
    resources: PlanResource[];
  };
}

export function isSecretValue(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === "object" && v !== null && (v as Record<string, unknown>)[SECRET_SIG_KEY] === SECRET_SIG_VALUE
  );
}

/**
 * Reads a stack-export-shaped document, rejecting anything else with a plain message. `check` sees
 * the parsed JSON first (the caller's bounds on it, such as its nesting).
 */
export function parsePlanDocument(
  text: string,
  source: string,
  check: (parsed: unknown) => void = () => undefined,
): PlanDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PlanFormatError(`${source} is not JSON: ${(e as Error).message}`);
  }
  check(doc);
  const d = doc as Partial<PlanDocument> | null;
  // `pulumi stack export` of a stack that was never deployed has a deployment without resources.
  const deployment: unknown = d?.deployment;
  if (
    d?.version === 3 &&
    typeof deployment === "object" &&
    deployment !== null &&
    !("resources" in deployment)
  )
    return {
      ...(d as PlanDocument),
      deployment: { ...(deployment as PlanDocument["deployment"]), resources: [] },
    };
  if (
    !d ||
    typeof d !== "object" ||
    d.version !== 3 ||
    !d.deployment ||
    !Array.isArray(d.deployment.resources)
  ) {
    throw new PlanFormatError(
      `${source} is not a plan or a \`pulumi stack export\` document (expected {"version": 3, "deployment": {"resources": [...]}})`,
    );
  }
  for (const [i, r] of d.deployment.resources.entries()) {
    if (!r || typeof r.urn !== "string" || typeof r.type !== "string") {
      throw new PlanFormatError(`${source}: deployment.resources[${i}] has no urn or type`);
    }
  }
  return d as PlanDocument;
}

export class PlanFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanFormatError";
  }
}
