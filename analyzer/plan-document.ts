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
    // On one line: Node's message quotes the text around the fault, newlines and all.
    throw new PlanFormatError(`${source} is not JSON: ${oneLine((e as Error).message)}`);
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
    const problem = fieldProblem(r as unknown as Record<string, unknown>);
    if (problem) throw new PlanFormatError(`${source}: deployment.resources[${i}].${problem}`);
  }
  return d as PlanDocument;
}

const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((e) => typeof e === "string");
const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A check of one field: what is wrong with its value (given, not null), or undefined. */
type FieldCheck = (v: unknown, key: string) => string | undefined;
const must =
  (what: string, ok: (v: unknown) => boolean): FieldCheck =>
  (v, key) =>
    ok(v) ? undefined : `${key} is ${kindOf(v)}, not ${what}`;
const URNS = "a list of URN strings";

/**
 * What each field of a resource that is read must be, as `pulumi stack export` writes it
 * (apitype.ResourceV3). A field that is absent or null is left out, as the CLI's own export leaves
 * it; any other kind of value would make the requests or the policies fail on it later, so it is
 * refused here, naming it.
 */
const FIELDS: Record<string, FieldCheck> = {
  id: must("a string", (v) => typeof v === "string"),
  parent: must("a URN string", (v) => typeof v === "string"),
  provider: must("a string `<provider URN>::<provider id>`", (v) => typeof v === "string"),
  custom: must("true or false", (v) => typeof v === "boolean"),
  protect: must("true or false", (v) => typeof v === "boolean"),
  inputs: must("an object of properties", isMap),
  outputs: must("an object of properties", isMap),
  dependencies: must(URNS, isStrings),
  ignoreChanges: must("a list of property paths (strings)", isStrings),
  propertyDependencies: (v, key) => {
    if (!isMap(v)) return `${key} is ${kindOf(v)}, not an object mapping each property to ${URNS}`;
    const bad = Object.keys(v).find((k) => !isStrings(v[k]));
    return bad === undefined ? undefined : `${key}.${bad} is ${kindOf(v[bad])}, not ${URNS}`;
  },
};

/** The first field of `r` that is not what it must be, or undefined. */
function fieldProblem(r: Record<string, unknown>): string | undefined {
  for (const [key, check] of Object.entries(FIELDS)) {
    const v = r[key];
    const problem = v === undefined || v === null ? undefined : check(v, key);
    if (problem) return problem;
  }
  return undefined;
}

/** A value's kind for a message; never the value itself, which may be a secret. */
function kindOf(v: unknown): string {
  if (Array.isArray(v))
    return v.every((e) => typeof e === "string") ? "a list" : "a list holding a non-string";
  if (isMap(v)) return "an object";
  return typeof v === "string" ? "a string" : `a ${typeof v}`;
}

/** A message on one line: each run of whitespace holding a line break becomes one space. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ");
}

export class PlanFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanFormatError";
  }
}
