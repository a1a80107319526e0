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
// The same per-Struct record also keeps one deserialized copy of the properties, frozen to the last
// nested value, that the policies read through `plain()` (normalize/values.ts) instead of each
// copying its own, and a memo of what the pack derives from them (`perRequest`: the normalized
// resource, a stack's view), so that what the pack computes per resource or per AnalyzeStack is
// computed once per request rather than once per policy. Frozen, these are shared between policies
// without any of them being able to change what another sees (a write throws). The SDK's own copy
// per policy, behind its proxy, is unchanged (a policy reading `args.props` still gets its own).
//
// Each policy's copy carries one hidden symbol property, whose value leads to that record: one
// `defineProperty` per policy and resource (a descriptor of `value` alone is non-enumerable,
// non-writable and non-configurable), where two with spread descriptors cost about 3x as much.
//
// If a future SDK moves that function, `installSecretMarks` returns false, `secretPathsOf` returns
// undefined, and the password policy falls back to what it can judge without the marks.

import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";

const MARK = Symbol.for("genesys-vmware.decoded-props");
const WRAPPED = Symbol.for("genesys-vmware.secret-marks-installed");

interface StructLike {
  toJavaScript(): Record<string, unknown>;
}
type Deserialize = ((s: StructLike, proxySecrets: boolean) => object) & { [WRAPPED]?: true };

/** What the pack keeps per Struct, that is per resource of one request. */
interface Decoded {
  /** Top-level keys whose wire value carried the secret signature. */
  secrets: ReadonlySet<string>;
  /** The properties as the SDK deserializes them, deeply frozen; undefined when they hold anything
   * but JSON data (an asset or archive object, which is not frozen): then nothing is shared. */
  shared?: Readonly<Record<string, unknown>>;
  /** Values derived from the properties, by what derived them (see perRequest). */
  memo: Map<unknown, unknown>;
}

/** The mark on each policy's copy: the record of its Struct, and the copy itself. */
interface Mark {
  decoded: Decoded;
  source: Record<string, unknown>;
}

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

/**
 * Freezes plain objects and arrays to the last nested value, and the values held in Maps and Sets
 * (which themselves stay mutable: they are typed read-only where the pack shares them). A value
 * already frozen is taken as done. Returns false at the first object of any other class (the SDK
 * makes assets and archives as such), having frozen some of what came before it.
 */
export function deepFreeze(v: unknown): boolean {
  if (typeof v !== "object" || v === null || Object.isFrozen(v)) return true;
  if (v instanceof Map) return [...v.values()].every(deepFreeze);
  if (v instanceof Set) return [...v].every(deepFreeze);
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return false;
  for (const k of Object.keys(v)) if (!deepFreeze((v as Record<string, unknown>)[k])) return false;
  Object.freeze(v);
  return true;
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
  const decoded = new WeakMap<StructLike, { facade: StructLike; record: Decoded }>();
  const wrapped: Deserialize = (struct, proxySecrets) => {
    let d = decoded.get(struct);
    if (!d) {
      const plain = struct.toJavaScript();
      const facade = { toJavaScript: () => plain };
      const shared = original(facade, false) as Record<string, unknown>;
      const record: Decoded = { secrets: secretKeys(plain), memo: new Map() };
      if (deepFreeze(shared)) record.shared = shared;
      d = { facade, record };
      decoded.set(struct, d);
    }
    const result = original(d.facade, proxySecrets);
    try {
      const mark: Mark = { decoded: d.record, source: result as Record<string, unknown> };
      Object.defineProperty(result, MARK, { value: mark });
    } catch {
      // Marks are best effort; the policies never depend on them for anything but the password.
    }
    return result;
  };
  wrapped[WRAPPED] = true;
  mod.deserializeProperties = wrapped;
  return true;
}

/** The mark of a props object (or of the SDK's proxy around it: the proxy has no trap for property
 * descriptors, so this reads nothing through it). */
function markOf(props: unknown): Mark | undefined {
  if (typeof props !== "object" || props === null) return undefined;
  const desc = Object.getOwnPropertyDescriptor(props, MARK);
  return typeof desc?.value === "object" ? (desc.value as Mark) : undefined;
}

/** The secret keys recorded for a props object, or undefined when no marks were recorded. */
export function secretPathsOf(props: unknown): ReadonlySet<string> | undefined {
  return markOf(props)?.decoded.secrets;
}

/**
 * The object the SDK deserialized for this policy, when `props` is it or the SDK's unknown-checking
 * proxy around it; else undefined. Copying from it costs a quarter of copying through the proxy.
 */
export function deserializedSource(props: object): Record<string, unknown> | undefined {
  return markOf(props)?.source;
}

/** The deeply frozen properties every policy may share (see Decoded.shared), when there are. */
export function sharedProps(props: object): Readonly<Record<string, unknown>> | undefined {
  return markOf(props)?.decoded.shared;
}

/**
 * What `derive` returns for the resource whose properties are `props`, computed once per Struct
 * (a resource of one request) and shared by every policy that asks with the same `key`: `derive`
 * must read nothing but that request, and return plain data that `deepFreeze` freezes, since it is
 * shared. Computed each time (nothing kept) when the props carry no mark or no shared copy (a test
 * calling a policy with plain objects, an asset among the values) or when the value cannot be
 * frozen.
 */
export function perRequest<T>(props: unknown, key: unknown, derive: () => T): T {
  const decoded = markOf(props)?.decoded;
  if (!decoded?.shared) return derive();
  if (decoded.memo.has(key)) return decoded.memo.get(key) as T;
  const value = derive();
  if (deepFreeze(value)) decoded.memo.set(key, value);
  return value;
}
