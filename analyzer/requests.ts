// Turns a plan document (the shape of `pulumi stack export`) into the requests the Pulumi CLI sends a
// policy pack: one Analyze per resource (its inputs, as the engine sends before each step) and one
// AnalyzeStack (every resource's final properties: outputs when it has some, else its inputs, as a
// preview does for resources not created yet; components carry their args as inputs).
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import {
  isSecretValue,
  REDACTED,
  SECRET_SIG_KEY,
  SECRET_SIG_VALUE,
  type PlanDocument,
  type PlanResource,
} from "./plan-document";

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

function struct(v: Record<string, unknown>): Struct {
  return Struct.fromJavaScript(v as Parameters<typeof Struct.fromJavaScript>[0]);
}

function options(r: AnalyzerResourceInput): pb.AnalyzerResourceOptions {
  const o = new pb.AnalyzerResourceOptions();
  o.setProtect(r.options.protect);
  o.setIgnorechangesList(r.options.ignoreChanges);
  if (r.options.deleteBeforeReplace !== undefined) {
    o.setDeletebeforereplacedefined(true);
    o.setDeletebeforereplace(r.options.deleteBeforeReplace);
  }
  if (r.options.parent) o.setParent(r.options.parent);
  return o;
}

function provider(r: AnalyzerResourceInput): pb.AnalyzerProviderResource | undefined {
  if (!r.provider) return undefined;
  const p = new pb.AnalyzerProviderResource();
  p.setUrn(r.provider.urn);
  p.setType(r.provider.type);
  p.setName(r.provider.name);
  p.setProperties(struct(r.provider.properties));
  return p;
}

export function toAnalyzeRequest(r: AnalyzerResourceInput): pb.AnalyzeRequest {
  const req = new pb.AnalyzeRequest();
  req.setUrn(r.urn);
  req.setType(r.type);
  req.setName(r.name);
  req.setProperties(struct(r.inputs));
  req.setOptions(options(r));
  const p = provider(r);
  if (p) req.setProvider(p);
  return req;
}

export function toAnalyzeStackRequest(resources: Iterable<AnalyzerResourceInput>): pb.AnalyzeStackRequest {
  const req = new pb.AnalyzeStackRequest();
  req.setResourcesList(
    Array.from(resources, (r) => {
      const res = new pb.AnalyzerResource();
      res.setUrn(r.urn);
      res.setType(r.type);
      res.setName(r.name);
      res.setProperties(struct(r.final));
      res.setOptions(options(r));
      const p = provider(r);
      if (p) res.setProvider(p);
      if (r.parent) res.setParent(r.parent);
      res.setDependenciesList(r.dependencies);
      const deps = res.getPropertydependenciesMap();
      for (const [k, urns] of Object.entries(r.propertyDependencies)) {
        const d = new pb.AnalyzerPropertyDependencies();
        d.setUrnsList(urns);
        deps.set(k, d);
      }
      return res;
    }),
  );
  return req;
}
