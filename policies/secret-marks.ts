// Which properties arrived as secrets.
//
// The engine sends secrets to a policy pack wrapped in the secret signature, but @pulumi/policy
// unwraps them before any policy runs (deserialize.js, `proxySecrets = false` for validation), so a
// policy cannot tell a secret password from a plain-text one. This module wraps the SDK's
// `deserializeProperties` once, at pack load: it calls the original unchanged and, beside its
// result, records (as a hidden, read-only symbol property) the top-level keys whose wire value
// carried the secret signature. The values the policies see are not changed.
//
// The same wrapper decodes each protobuf Struct once. The SDK's server deserializes a resource's
// properties again for every policy (server.js: in its loop over the policies, for Analyze and for
// each resource of AnalyzeStack), each time walking the Struct with `toJavaScript()`; with a few
// dozen policies that walk was a fifth of the pack's CPU. The plain decoded object is kept per Struct
// (the Struct lives as long as its request) and handed to the SDK's own `deserializeProperties`
// behind a Struct-like facade; that function copies every object and array it returns, so no two
// policies share a mutable value, as before.
//
// If a future SDK moves that function, `installSecretMarks` returns false, `secretPathsOf` returns
// undefined, and the password policy falls back to what it can judge without the marks.

import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";

const SECRET_PATHS = Symbol.for("genesys-vmware.secret-paths");
const WRAPPED = Symbol.for("genesys-vmware.secret-marks-installed");
const SOURCE = Symbol.for("genesys-vmware.props-source");

interface StructLike {
  toJavaScript(): Record<string, unknown>;
}
type Deserialize = ((s: StructLike, proxySecrets: boolean) => object) & { [WRAPPED]?: true };

function isSecretWire(v: unknown): boolean {
  return (
    typeof v === "object" && v !== null && (v as Record<string, unknown>)[specialSigKey] === specialSecretSig
  );
}

/** Top-level keys holding a secret anywhere inside their value. */
function secretKeys(raw: Record<string, unknown>): Set<string> {
  const found = new Set<string>();
  const visit = (v: unknown): boolean => {
    if (isSecretWire(v)) return true;
    if (Array.isArray(v)) return v.some(visit);
    if (typeof v === "object" && v !== null) return Object.values(v).some(visit);
    return false;
  };
  for (const [k, v] of Object.entries(raw)) if (visit(v)) found.add(k);
  return found;
}

export function installSecretMarks(): boolean {
  let mod: { deserializeProperties?: Deserialize };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require("@pulumi/policy/deserialize");
  } catch {
    return false;
  }
  const original = mod.deserializeProperties;
  if (typeof original !== "function") return false;
  if (original[WRAPPED]) return true;
  const decoded = new WeakMap<StructLike, { plain: Record<string, unknown>; secrets: Set<string> }>();
  const wrapped: Deserialize = (struct, proxySecrets) => {
    let d = decoded.get(struct);
    if (!d) {
      const plain = struct.toJavaScript();
      d = { plain, secrets: secretKeys(plain) };
      decoded.set(struct, d);
    }
    const { plain, secrets } = d;
    const result = original({ toJavaScript: () => plain }, proxySecrets);
    try {
      const hidden = { enumerable: false, writable: false, configurable: false };
      Object.defineProperty(result, SECRET_PATHS, { ...hidden, value: secrets });
      Object.defineProperty(result, SOURCE, { ...hidden, value: result });
    } catch {
      // Marks are best effort; the policies never depend on them for anything but the password.
    }
    return result;
  };
  wrapped[WRAPPED] = true;
  mod.deserializeProperties = wrapped;
  return true;
}

/** The secret keys recorded for a props object, or undefined when no marks were recorded. */
export function secretPathsOf(props: unknown): ReadonlySet<string> | undefined {
  if (typeof props !== "object" || props === null) return undefined;
  const desc = Object.getOwnPropertyDescriptor(props, SECRET_PATHS);
  return desc?.value instanceof Set ? (desc.value as Set<string>) : undefined;
}

/**
 * The object the SDK deserialized, when `props` is it or the SDK's unknown-checking proxy around it
 * (the proxy has no trap for property descriptors, so this reads nothing through it); else
 * undefined. Copying from it costs a quarter of copying through the proxy, once per policy for every
 * resource.
 */
export function deserializedSource(props: object): Record<string, unknown> | undefined {
  const desc = Object.getOwnPropertyDescriptor(props, SOURCE);
  return typeof desc?.value === "object" ? (desc.value as Record<string, unknown>) : undefined;
}
