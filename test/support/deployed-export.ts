// A plan turned into what `pulumi stack export` gives of the same stack once deployed and
// refreshed: vCenter's ids (vcenter-ids.ts), the outputs a refresh writes (refresh-outputs.ts),
// secrets encrypted by a passphrase secrets provider, `created`/`modified` timestamps, the CLI's
// manifest, and the drift found by the refresh. Everything derives from the plan and fixed seeds,
// so the same plan gives the same bytes.
import { createHash } from "crypto";
import {
  isSecretValue,
  SECRET_SIG_KEY,
  SECRET_SIG_VALUE,
  type PlanDocument,
  type PlanResource,
} from "../../analyzer/plan-document";
import { version as VSPHERE_PLUGIN } from "../../sdks/vsphere/package.json";
import { drift, named } from "./export-shapes";
import { refreshedOutputs } from "./refresh-outputs";
import { seededBytes, withVcenterIds } from "./vcenter-ids";

/** A change made in vCenter that the refresh wrote into the resource's outputs (its inputs stay). */
export interface Drift {
  type: string;
  name: string;
  key: string;
  value: unknown;
}

export interface Deployment {
  /** The Pulumi CLI that wrote the state (`manifest.version`). */
  cliVersion: string;
  /** When `pulumi up` created the first resource; each next one a few seconds later. */
  createdAt: string;
  /** When `pulumi refresh` ran: the `modified` of what it found drifted, and the manifest's time. */
  refreshedAt: string;
  drifts: readonly Drift[];
}

/** A resource as the state stores it: the plan's fields and the engine's timestamps. */
export type StateResource = PlanResource & { created: string; modified: string };

const b64 = (seed: string, n: number) => seededBytes(seed, n).toString("base64");

/**
 * A secret as the passphrase provider stores it: AES-256-GCM, `v1:<nonce>:<ciphertext and tag>`,
 * base64. The bytes here are derived from where the secret is, never from its value: the file
 * cannot give the value away.
 */
function ciphertext(seed: string, plainLength: number): Record<string, string> {
  return {
    [SECRET_SIG_KEY]: SECRET_SIG_VALUE,
    ciphertext: `v1:${b64(`nonce:${seed}`, 12)}:${b64(`sealed:${seed}`, plainLength + 16)}`,
  };
}

/** Every secret of `v` encrypted; `declared` is the input at the same place (how long the value is). */
function encrypted(v: unknown, at: string, declared: unknown): unknown {
  if (isSecretValue(v))
    return ciphertext(
      at,
      declared === undefined || isSecretValue(declared) ? 24 : JSON.stringify(declared).length,
    );
  if (Array.isArray(v)) return v.map((e, i) => encrypted(e, `${at}[${i}]`, undefined));
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(
      Object.entries(v).map(([k, e]) => [k, encrypted(e, `${at}.${k}`, (declared as never)?.[k])]),
    );
  return v;
}

/** A timestamp as Go's RFC 3339 with nanoseconds prints it (the state's), microseconds shown. */
function stamp(at: string, plusSeconds: number, seed: string): string {
  const t = new Date(Date.parse(at) + plusSeconds * 1000).toISOString().slice(0, 19);
  return `${t}.${String(seededBytes(seed, 4).readUInt32BE() % 1_000_000).padStart(6, "0")}Z`;
}

/** `v` with its objects' keys in order: the state holds properties as Go maps, which JSON sorts. */
function sortedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (typeof v !== "object" || v === null) return v;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, sortedKeys(o[k])]),
  );
}

/** The state's field order (the CLI's ResourceV3 struct); property maps sorted. */
function stateResource(r: PlanResource, created: string, modified: string): StateResource {
  const secretsOf = (side: "inputs" | "outputs", props: Record<string, unknown>) =>
    sortedKeys(encrypted(props, `${r.urn}#${side}`, side === "outputs" ? r.inputs : undefined)) as Record<
      string,
      unknown
    >;
  return {
    urn: r.urn,
    custom: r.custom,
    ...(r.id !== undefined ? { id: r.id } : {}),
    type: r.type,
    inputs: secretsOf("inputs", r.inputs),
    outputs: secretsOf("outputs", r.outputs),
    ...(r.parent ? { parent: r.parent } : {}),
    ...(r.protect ? { protect: true } : {}),
    dependencies: r.dependencies ?? [],
    ...(r.provider ? { provider: r.provider } : {}),
    ...(r.propertyDependencies
      ? { propertyDependencies: sortedKeys(r.propertyDependencies) as Record<string, string[]> }
      : {}),
    ...(r.ignoreChanges ? { ignoreChanges: r.ignoreChanges } : {}),
    created,
    modified,
  };
}

/** A provider instance records its plugin's version among its inputs (the SDK's package version). */
function withProviderVersion(r: PlanResource): PlanResource {
  if (r.type !== "pulumi:providers:vsphere") return r;
  const version = VSPHERE_PLUGIN;
  return { ...r, inputs: { ...r.inputs, version }, outputs: { ...r.outputs, version } };
}

/** The plan as its stack's export after `pulumi up` and a `pulumi refresh` that found `d.drifts`. */
export function deployedExport(plan: PlanDocument, d: Deployment): PlanDocument {
  let doc = refreshedOutputs(withVcenterIds(plan), d.createdAt);
  const drifted = new Set<string>();
  for (const x of d.drifts) {
    const r = named(doc, x.type, `::${x.name}`);
    doc = drift(doc, r, x.key, x.value);
    // A VM's configuration change moves its changeVersion to when it was made (before the refresh).
    if ("changeVersion" in r.outputs)
      doc = drift(doc, r, "changeVersion", stamp(d.refreshedAt, -3600, r.urn));
    drifted.add(r.urn);
  }
  const resources = doc.deployment.resources.map((r, i) => {
    const created = stamp(d.createdAt, 7 * i, `created:${r.urn}`);
    const modified = drifted.has(r.urn) ? stamp(d.refreshedAt, i, `modified:${r.urn}`) : created;
    return stateResource(withProviderVersion(r), created, modified);
  });
  // The passphrase provider's state: its salt, and "pulumi" encrypted with the derived key.
  const salt = `v1:${b64("salt", 8)}:v1:${b64("salt-nonce", 12)}:${b64("salt-check", 6 + 16)}`;
  return {
    version: 3,
    deployment: {
      manifest: {
        time: stamp(d.refreshedAt, resources.length, "manifest"),
        magic: createHash("sha256").update(d.cliVersion).digest("hex"),
        version: d.cliVersion,
      },
      secrets_providers: { type: "passphrase", state: { salt } },
      resources,
    },
  };
}

/** The document as `pulumi stack export` prints it: JSON indented by four spaces. */
export function exportText(doc: PlanDocument): string {
  return `${JSON.stringify(doc, null, 4)}\n`;
}
