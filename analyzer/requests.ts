// Turns a plan document (the shape of `pulumi stack export`) into the requests the Pulumi CLI sends a
// policy pack: one Analyze per resource (its inputs, as the engine sends before each step) and one
// AnalyzeStack (every resource's final properties: outputs when it has some, else its inputs, as a
// preview does for resources not created yet; components carry their args as inputs).
import {
  isSecretValue,
  REDACTED,
  SECRET_SIG_KEY,
  SECRET_SIG_VALUE,
  type PlanDocument,
  type PlanResource,
} from "./plan-document";
import { ProtoWriter, writeStruct } from "./wire";

/** A resource as the analyzer protocol describes it, before protobuf encoding. */
export interface AnalyzerResourceInput {
  urn: string;
  type: string;
  name: string;
  /** Properties for Analyze (the inputs). */
  inputs: Record<string, unknown>;
  /** Properties for AnalyzeStack (outputs, else inputs). */
  final: Record<string, unknown>;
  parent?: string;
  provider?: { urn: string; type: string; name: string; properties: Record<string, unknown> };
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  options: { protect: boolean; ignoreChanges: string[]; deleteBeforeReplace?: boolean; parent?: string };
}

/** The type and name a URN carries (`urn:pulumi:stack::project::parent$type::name`). */
export function parseUrn(urn: string): { type: string; name: string } {
  const parts = urn.split("::");
  const typeChain = parts[2] ?? "";
  return { type: typeChain.split("$").pop() ?? typeChain, name: parts.slice(3).join("::") };
}

/** A stack export's provider reference `<provider urn>::<provider id>` -> the provider URN. */
export function providerUrnOf(ref: string): string {
  const i = ref.lastIndexOf("::");
  return i > 0 && ref.startsWith("urn:") && ref.slice(0, i).split("::").length >= 4 ? ref.slice(0, i) : ref;
}

/** Plan values -> wire values: secrets become the RPC secret object around a placeholder. */
export function toWire(v: unknown): unknown {
  if (isSecretValue(v)) return { [SECRET_SIG_KEY]: SECRET_SIG_VALUE, value: REDACTED };
  if (Array.isArray(v)) return v.map((e) => (e === undefined ? null : toWire(e)));
  if (typeof v === "object" && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, e] of Object.entries(v)) if (e !== undefined) out[k] = toWire(e);
    return out;
  }
  return v;
}

export function planToResources(doc: PlanDocument): AnalyzerResourceInput[] {
  return plannedResources(doc).all();
}

/**
 * The outputs, where one is a secret as a whole only because a secret is inside it (the engine marks
 * an output secret when its input held one: a VM's `clone` holds the guest passwords), read from the
 * input, which keeps the secret in its place and the rest visible. The engine would hand a policy
 * the decrypted value; a plan or export has no key, so this is the closest it can show.
 */
function withDeclaredSecrets(r: PlanResource): Record<string, unknown> {
  const outputs = r.outputs ?? {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(outputs)) {
    const declared = r.inputs?.[k];
    out[k] = isSecretValue(v) && declared !== undefined && !isSecretValue(declared) ? declared : v;
  }
  return out;
}

/** The plan's resources, each turned into an analyzer input only when asked for. */
export function plannedResources(doc: PlanDocument) {
  const byUrn = new Map(doc.deployment.resources.map((r) => [r.urn, r]));
  const resources = doc.deployment.resources.filter((r) => r.type !== "pulumi:pulumi:Stack");
  return {
    length: resources.length,
    urn: (i: number) => resources[i].urn,
    resourceInput: (i: number) => toResourceInput(resources[i], byUrn),
    all: () => resources.map((r) => toResourceInput(r, byUrn)),
    /** One at a time: each input is garbage once its request message is built. */
    *each(): Generator<AnalyzerResourceInput> {
      for (const r of resources) yield toResourceInput(r, byUrn);
    },
  };
}

function toResourceInput(r: PlanResource, byUrn: ReadonlyMap<string, PlanResource>): AnalyzerResourceInput {
  const inputs = (toWire(r.inputs ?? {}) as Record<string, unknown>) ?? {};
  const outputs = toWire(withDeclaredSecrets(r)) as Record<string, unknown>;
  let provider: AnalyzerResourceInput["provider"];
  if (r.provider) {
    const urn = providerUrnOf(r.provider);
    const p = byUrn.get(urn);
    const parsed = parseUrn(urn);
    provider = {
      urn,
      type: p?.type ?? parsed.type,
      name: parsed.name,
      properties: toWire(p?.inputs ?? {}) as Record<string, unknown>,
    };
  }
  return {
    urn: r.urn,
    type: r.type,
    name: parseUrn(r.urn).name,
    inputs,
    final: Object.keys(outputs).length > 0 ? outputs : inputs,
    parent: r.parent,
    provider,
    dependencies: r.dependencies ?? [],
    propertyDependencies: r.propertyDependencies ?? {},
    options: { protect: r.protect === true, ignoreChanges: r.ignoreChanges ?? [], parent: r.parent },
  };
}

function writeOptions(w: ProtoWriter, field: number, r: AnalyzerResourceInput): void {
  // pulumirpc.AnalyzerResourceOptions
  w.message(field, () => {
    if (r.options.protect) w.bool(1, true);
    for (const c of r.options.ignoreChanges) w.string(2, c);
    if (r.options.deleteBeforeReplace !== undefined) {
      if (r.options.deleteBeforeReplace) w.bool(3, true);
      w.bool(4, true);
    }
    if (r.options.parent) w.string(8, r.options.parent);
  });
}

function writeProvider(w: ProtoWriter, field: number, r: AnalyzerResourceInput): void {
  const p = r.provider;
  if (!p) return;
  // pulumirpc.AnalyzerProviderResource
  w.message(field, () => {
    if (p.type) w.string(1, p.type);
    writeStruct(w, 2, p.properties);
    if (p.urn) w.string(3, p.urn);
    if (p.name) w.string(4, p.name);
  });
}

/**
 * Fields 1-6, which `AnalyzeRequest` and `AnalyzerResource` share (type, properties, URN, name,
 * options, provider): `properties` are the inputs for Analyze and the final ones for AnalyzeStack.
 */
function writeResourceFields(
  w: ProtoWriter,
  r: AnalyzerResourceInput,
  properties: Record<string, unknown>,
): void {
  if (r.type) w.string(1, r.type);
  writeStruct(w, 2, properties);
  if (r.urn) w.string(3, r.urn);
  if (r.name) w.string(4, r.name);
  writeOptions(w, 5, r);
  writeProvider(w, 6, r);
}

/** A `pulumirpc.AnalyzeRequest`, encoded (analyzer/wire.ts says why not through google-protobuf). */
export function encodeAnalyzeRequest(r: AnalyzerResourceInput): Buffer {
  return ProtoWriter.encode((w) => writeResourceFields(w, r, r.inputs));
}

/** A `pulumirpc.AnalyzeStackRequest` of these resources (their final properties), encoded. */
export function encodeAnalyzeStackRequest(resources: Iterable<AnalyzerResourceInput>): Buffer {
  const all = Array.from(resources);
  return ProtoWriter.encode((w) => {
    for (const r of all)
      // pulumirpc.AnalyzerResource
      w.message(1, () => {
        writeResourceFields(w, r, r.final);
        if (r.parent) w.string(7, r.parent);
        for (const d of r.dependencies) w.string(8, d);
        for (const k of Object.keys(r.propertyDependencies).sort())
          w.message(9, () => {
            w.string(1, k);
            w.message(2, () => r.propertyDependencies[k].forEach((u) => w.string(1, u)));
          });
      });
  });
}
